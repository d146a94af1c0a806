import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withFrameWidth } from '../../../test/frame-width';
import { renderWithProviders, resetForComponentTest } from '../../../test/render';
import { ThemeBarsChart, type ThemeBars } from './theme-bars-chart';

const bars: ThemeBars = [
  { name: 'Libeccio Air', isOwn: true, digital: 2, culture: 4 },
  {
    name: 'Compagnia Aerea Regionale del Mediterraneo Occidentale',
    isOwn: false,
    digital: 5,
    culture: null,
  },
];

const rects = (name: string) =>
  [...document.querySelectorAll(`[data-bars="${name}"] rect`)].map((rect) =>
    Number(rect.getAttribute('width')),
  );

describe('ThemeBarsChart', () => {
  beforeEach(resetForComponentTest);
  afterEach(() => vi.unstubAllGlobals());

  it('draws each mean as a bar as long as its score, and no bar for a theme not scored', () => {
    withFrameWidth(600);
    renderWithProviders(<ThemeBarsChart bars={bars} />);
    const [digital, culture] = rects('Libeccio Air');
    expect(culture! / digital!).toBeCloseTo(2, 5);
    const long = 'Compagnia Aerea Regionale del Mediterraneo Occidentale';
    expect(rects(long)).toHaveLength(1);
    expect(rects(long)[0]! / digital!).toBeCloseTo(2.5, 5);
  });

  it('wraps a long name on at most two lines and names the themes in a legend', () => {
    withFrameWidth(600);
    renderWithProviders(<ThemeBarsChart bars={bars} />);
    const long = document.querySelector(
      '[data-bars="Compagnia Aerea Regionale del Mediterraneo Occidentale"] text',
    )!;
    expect(long.querySelectorAll('tspan')).toHaveLength(2);
    expect(screen.getByRole('list')).toHaveTextContent('Digital channelsService culture');
  });
});
