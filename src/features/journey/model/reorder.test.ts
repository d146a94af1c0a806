import { describe, expect, it } from 'vitest';
import { changedRows, movePhase, moveTouchpoint, renumber } from './reorder';

const phases = [
  { id: 'a', position: 0 },
  { id: 'b', position: 1 },
  { id: 'c', position: 3 },
];
const order = (rows: { id: string; position: number }[]) =>
  [...rows].sort((x, y) => x.position - y.position).map((row) => row.id);

const touchpoints = [
  { id: 't1', phaseId: 'p1', position: 0 },
  { id: 't2', phaseId: 'p1', position: 1 },
  { id: 't3', phaseId: 'p1', position: 2 },
  { id: 'u1', phaseId: 'p2', position: 0 },
  { id: 'u2', phaseId: 'p2', position: 5 },
];
const inPhase = (rows: typeof touchpoints, phaseId: string) =>
  order(rows.filter((row) => row.phaseId === phaseId));

describe('movePhase', () => {
  it('moves a phase and renumbers every phase densely', () => {
    const moved = movePhase(phases, 'c', 0);
    expect(order(moved)).toEqual(['c', 'a', 'b']);
    expect(moved.map((phase) => phase.position).sort()).toEqual([0, 1, 2]);
  });

  it('clamps the target to the ends and ignores an unknown phase', () => {
    expect(order(movePhase(phases, 'a', 99))).toEqual(['b', 'c', 'a']);
    expect(order(movePhase(phases, 'b', -3))).toEqual(['b', 'a', 'c']);
    expect(movePhase(phases, 'nope', 0).map((phase) => phase.position)).toEqual([0, 1, 2]);
  });
});

describe('moveTouchpoint', () => {
  it('reorders within a phase', () => {
    const moved = moveTouchpoint(touchpoints, 't3', 'p1', 0);
    expect(inPhase(moved, 'p1')).toEqual(['t3', 't1', 't2']);
    expect(inPhase(moved, 'p2')).toEqual(['u1', 'u2']);
    // Untouched phases are not rewritten, even with a gap in their positions.
    expect(moved.find((row) => row.id === 'u2')?.position).toBe(5);
  });

  it('moves to another phase, closing the gap it leaves and renumbering the target', () => {
    const moved = moveTouchpoint(touchpoints, 't2', 'p2', 1);
    expect(inPhase(moved, 'p1')).toEqual(['t1', 't3']);
    expect(inPhase(moved, 'p2')).toEqual(['u1', 't2', 'u2']);
    expect(
      moved
        .filter((row) => row.phaseId === 'p2')
        .map((row) => row.position)
        .sort(),
    ).toEqual([0, 1, 2]);
    expect(moved.find((row) => row.id === 't3')?.position).toBe(1);
  });

  it('moves into an empty phase and to the end when the index is too large', () => {
    expect(inPhase(moveTouchpoint(touchpoints, 't1', 'p3', 4), 'p3')).toEqual(['t1']);
    expect(inPhase(moveTouchpoint(touchpoints, 't1', 'p1', 40), 'p1')).toEqual(['t2', 't3', 't1']);
  });
});

describe('changedRows', () => {
  it('lists only the rows a move has to write', () => {
    const moved = moveTouchpoint(touchpoints, 't3', 'p1', 1);
    expect(changedRows(touchpoints, moved).map((row) => row.id)).toEqual(['t2', 't3']);
    expect(changedRows(phases, renumber(phases)).map((row) => row.id)).toEqual(['c']);
  });
});
