import { describe, expect, it } from 'vitest';
import { papers } from '../model/paper';
import { mapLayouts } from './map-theme';
import { printBox } from './use-print-paper';

const mmPerUnit = (paper: 'a4' | 'a3') => printBox[paper].width / mapLayouts[paper].size.width;

describe('the map layouts', () => {
  it('print every sheet at the same millimetres a unit, so A3 has the same type size as A4', () => {
    expect(mmPerUnit('a3')).toBeCloseTo(mmPerUnit('a4'), 4);
    for (const paper of papers) {
      const { size } = mapLayouts[paper];
      // The drawing keeps the page box's √2 shape, so it fills the box without stretching.
      expect(size.width / size.height).toBeCloseTo(
        printBox[paper].width / printBox[paper].height,
        2,
      );
    }
  });

  it('keep the columns and bands inside the page, in order, on every sheet', () => {
    for (const paper of papers) {
      const { size, grid } = mapLayouts[paper];
      expect(grid.stand.x).toBe(grid.margin);
      expect(grid.stand.x + grid.stand.width).toBeLessThan(grid.means.x);
      expect(grid.means.x + grid.means.width).toBeLessThan(grid.go.x);
      expect(grid.go.x + grid.go.width).toBeLessThanOrEqual(size.width - grid.margin);
      expect(grid.bodyBottom).toBeLessThan(grid.bandTop);
      // The footer's rule sits 42 units above the page's foot.
      expect(grid.bandBottom).toBeLessThanOrEqual(size.height - 42);
    }
  });

  it('hold as many goals and KPI cards as their caps, at full size', () => {
    for (const paper of papers) {
      const { grid, caps, kpisPerRow } = mapLayouts[paper];
      // A goal card of 120 units or more gives its title two lines (see map-goals.tsx).
      const goalHeight = (grid.bodyBottom - grid.bodyTop - 22 - (caps.goals - 1) * 10) / caps.goals;
      expect(goalHeight).toBeGreaterThanOrEqual(120);
      // KPI cards are 70 units high, 10 apart, under a 44-unit banner.
      const kpiRows = Math.ceil(caps.kpis / kpisPerRow);
      expect(grid.bandTop + 44 + kpiRows * 80 - 10).toBeLessThanOrEqual(grid.bandBottom);
    }
  });
});
