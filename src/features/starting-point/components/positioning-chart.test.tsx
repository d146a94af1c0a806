import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../../i18n/i18n';
import { withFrameWidth } from '../../../test/frame-width';
import { renderWithProviders, resetForComponentTest } from '../../../test/render';
import type { PositionPoint } from '../model/scoring';
import { PositioningChart } from './positioning-chart';

const points: PositionPoint[] = [
  { subjectId: 'own', name: 'Libeccio Air', isOwn: true, digital: 2.5, culture: 3.75 },
  { subjectId: 'a', name: 'Grecale Volo', isOwn: false, digital: 5, culture: 1 },
  { subjectId: 'b', name: 'Scirocco Air', isOwn: false, digital: 1, culture: 5 },
];

const drawing = () => document.querySelector('svg.positioning-chart')!;
const point = (name: string) => drawing().querySelector(`[data-point="${name}"]`)!;

describe('PositioningChart', () => {
  beforeEach(resetForComponentTest);
  afterEach(() => vi.unstubAllGlobals());

  it('places every subject by its scores, 1 at the bottom left and 5 at the top right', () => {
    withFrameWidth(600);
    renderWithProviders(<PositioningChart points={points} />);
    const low = point('Grecale Volo').querySelector('circle')!;
    const high = point('Scirocco Air').querySelector('circle')!;
    // Digital competence across: Grecale Volo (5) right of Scirocco Air (1).
    expect(Number(low.getAttribute('cx'))).toBeGreaterThan(Number(high.getAttribute('cx')) + 300);
    // Service culture up: Scirocco Air (5) above Grecale Volo (1).
    expect(Number(high.getAttribute('cy'))).toBeLessThan(Number(low.getAttribute('cy')) - 200);
    // The own company is the diamond; every subject is named.
    expect(point('Libeccio Air').querySelector('path')).not.toBeNull();
    expect(point('Grecale Volo').querySelector('path')).toBeNull();
    for (const { name } of points) expect(screen.getByText(name)).toBeInTheDocument();
    expect(drawing()).toHaveAttribute('aria-hidden', 'true');
  });

  it('keeps every name inside the drawing, beside its point', () => {
    withFrameWidth(420);
    renderWithProviders(<PositioningChart points={points} />);
    for (const { name } of points) {
      const label = drawing().querySelector(`[data-point-label="${name}"]`)!;
      const x = Number(label.getAttribute('x'));
      expect(x, name).toBeGreaterThanOrEqual(0);
      expect(x, name).toBeLessThan(420);
    }
  });

  it('gives each point its scores in the language of the page', async () => {
    withFrameWidth(600);
    renderWithProviders(<PositioningChart points={points} />);
    expect(point('Libeccio Air').querySelector('title')).toHaveTextContent(
      'Libeccio Air: digital channels 2.5, service culture 3.8',
    );
    await act(() => changeLanguage('it'));
    expect(point('Libeccio Air').querySelector('title')).toHaveTextContent(
      'Libeccio Air: canali digitali 2,5, cultura del servizio 3,8',
    );
  });

  it('draws nothing until its frame has a width', () => {
    withFrameWidth(0);
    renderWithProviders(<PositioningChart points={points} />);
    expect(screen.getByText(/^Positioning/)).toBeInTheDocument();
    expect(document.querySelector('svg')).toBeNull();
  });
});
