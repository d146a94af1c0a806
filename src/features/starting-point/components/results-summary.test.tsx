import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetForComponentTest } from '../../../test/render';
import type { StartingPointSummary } from '../model/scoring';
import { ResultsSummary } from './results-summary';

const leader = (subjectId: string, name: string, mean: number) => ({ subjectId, name, mean });

describe('ResultsSummary', () => {
  beforeEach(resetForComponentTest);

  it('names every competitor that ties for best', () => {
    const tied = [leader('b', 'Grecale Volo', 13 / 3), leader('c', 'Scirocco Air', 13 / 3)];
    const summary: StartingPointSummary = {
      digital: {
        own: 2,
        best: leader('a', 'Maestrale Airways', 4.5),
        leaders: [leader('a', 'Maestrale Airways', 4.5)],
        competitorAverage: 3,
        gapToBest: -2.5,
        gapToAverage: -1,
      },
      culture: {
        own: 3,
        best: tied[0]!,
        leaders: tied,
        competitorAverage: 3.5,
        gapToBest: -4 / 3,
        gapToAverage: -0.5,
      },
    };
    renderWithProviders(<ResultsSummary summary={summary} />);
    const row = screen.getByRole('row', { name: /Best competitor/ });
    expect(row).toHaveTextContent('Maestrale Airways');
    expect(row).toHaveTextContent('Grecale Volo and Scirocco Air');
  });
});
