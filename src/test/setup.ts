import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { stages } from '../app/stages';
import { registerStages } from '../core/stage-registry';

// The app registers its stages at start; every test runs against the same list.
registerStages(stages);
