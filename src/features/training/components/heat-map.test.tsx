import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawAllEvent } from '../../../components/ui/when-visible';
import { renderWithProviders, resetForComponentTest } from '../../../test/render';
import type { HeatRow } from '../model/heat-map';
import type { Competency } from '../model/training';
import { HeatMap } from './heat-map';

beforeEach(resetForComponentTest);
afterEach(() => vi.unstubAllGlobals());

const label = 'Gaps between current and required levels';
const stamp = '2026-01-01T00:00:00.000Z';
const competencies: Competency[] = ['Listening', 'Writing', 'Tools'].map((name, index) => ({
  id: `competency-${index}`,
  roadmapId: 'roadmap',
  createdAt: stamp,
  updatedAt: stamp,
  name,
  description: '',
  catalogKey: null,
  family: 'technical',
  position: index,
}));

function peopleRows(count: number): { rows: HeatRow[]; names: Map<string, string> } {
  const rows = Array.from({ length: count }, (_, index): HeatRow => ({
    id: `person-${index}`,
    roleId: 'role-0',
    kind: 'person',
    cells: competencies.map((competency) => ({
      competencyId: competency.id,
      required: 3,
      current: 2,
      band: 'gap-1',
      isUncovered: false,
      met: 0,
      holders: 1,
    })),
  }));
  const names = new Map([
    ['role-0', 'Agent'],
    ...rows.map((row, index) => [row.id, `Person ${index + 1}`] as const),
  ]);
  return { rows, names };
}

/** A next paint that never comes, so only the screen, focus or the signals draw more rows. */
function withoutNextPaint() {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => {});
}

function renderHeatMap(count: number) {
  const { rows, names } = peopleRows(count);
  const view = renderWithProviders(
    <>
      <h3 id="heat-title">Gap heat map</h3>
      <HeatMap
        rows={rows}
        competencies={competencies}
        names={names}
        label={label}
        headingId="heat-title"
      />
    </>,
  );
  const table = screen.getByRole('table', { name: label });
  const bodyRows = () => within(table).getAllByRole('row').slice(1);
  return { ...view, table, bodyRows };
}

describe('the heat map', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the first rows of a long table and says how many rows it has in all', () => {
    withoutNextPaint();
    const { table, bodyRows } = renderHeatMap(60);

    expect(table).toHaveAttribute('aria-rowcount', '61');
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(bodyRows().length).toBeLessThan(60);
    expect(within(table).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
    expect(bodyRows()[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(bodyRows()[0]!).getByRole('rowheader')).toHaveTextContent('Person 1');
  });

  it('fills the screen with rows in its first frame, and no more', () => {
    withoutNextPaint();
    // Rows 50 px tall from the top of a 768 px window: 16 of them reach past its bottom.
    vi.spyOn(HTMLTableRowElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLTableRowElement,
    ) {
      const top = (Number(this.getAttribute('aria-rowindex')) - 1) * 50;
      return DOMRect.fromRect({ x: 0, y: top, width: 800, height: 50 });
    });
    const { bodyRows } = renderHeatMap(60);

    expect(bodyRows().at(-1)!.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(768);
    expect(bodyRows().length).toBeLessThan(30);
  });

  it('draws every row at once when the page is printed or made a PDF', () => {
    withoutNextPaint();
    const { bodyRows } = renderHeatMap(60);
    act(() => {
      window.dispatchEvent(new Event(drawAllEvent));
    });

    expect(bodyRows()).toHaveLength(60);
    expect(bodyRows().at(-1)).toHaveAttribute('aria-rowindex', '61');
    expect(within(bodyRows().at(-1)!).getByRole('rowheader')).toHaveTextContent('Person 60');
  });

  it('draws every row before printing', () => {
    withoutNextPaint();
    const { bodyRows } = renderHeatMap(60);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });

    expect(bodyRows()).toHaveLength(60);
  });

  it('is reached by keyboard, and arriving there draws every row', async () => {
    withoutNextPaint();
    const { user, bodyRows } = renderHeatMap(60);
    await user.tab();

    expect(screen.getByRole('region', { name: 'Gap heat map' })).toHaveFocus();
    expect(bodyRows()).toHaveLength(60);
  });

  it('draws the remaining rows by itself after the first ones show', async () => {
    const { bodyRows } = renderHeatMap(60);

    // A busy machine can take more than waitFor's default second to draw the rest.
    await vi.waitFor(() => expect(bodyRows()).toHaveLength(60), { timeout: 5000 });
    expect(within(bodyRows()[59]!).getAllByRole('cell')[0]).toHaveAccessibleName(
      'current 2, required 3: 1 level short.',
    );
  });

  it('draws a short table whole at once', () => {
    withoutNextPaint();
    const { table, bodyRows } = renderHeatMap(6);

    expect(table).toHaveAttribute('aria-rowcount', '7');
    expect(bodyRows()).toHaveLength(6);
  });
});
