/** Moving phases and touchpoints, as pure functions: the repository writes what they return. */

interface Positioned {
  id: string;
  position: number;
}

interface PlacedTouchpoint extends Positioned {
  phaseId: string;
}

const byPosition = <T extends Positioned>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.position - b.position);

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** Positions 0, 1, 2... in the given order: gaps left by deletes or old files disappear. */
export function renumber<T extends Positioned>(rows: readonly T[]): T[] {
  return rows.map((row, position) => (row.position === position ? row : { ...row, position }));
}

/**
 * The phases after moving one to `toIndex` (clamped to the ends), renumbered densely. An unknown
 * id leaves the order as it was.
 */
export function movePhase<T extends Positioned>(
  phases: readonly T[],
  phaseId: string,
  toIndex: number,
): T[] {
  const ordered = byPosition(phases);
  const from = ordered.findIndex((phase) => phase.id === phaseId);
  if (from === -1) return renumber(ordered);
  const [moved] = ordered.splice(from, 1);
  ordered.splice(clamp(toIndex, ordered.length), 0, moved!);
  return renumber(ordered);
}

/**
 * The touchpoints after moving one to `toIndex` within `toPhaseId` (its own phase or another),
 * every phase touched renumbered densely. Touchpoints of other phases come back unchanged.
 */
export function moveTouchpoint<T extends PlacedTouchpoint>(
  touchpoints: readonly T[],
  touchpointId: string,
  toPhaseId: string,
  toIndex: number,
): T[] {
  const moving = touchpoints.find((touchpoint) => touchpoint.id === touchpointId);
  if (!moving) return [...touchpoints];
  const fromPhaseId = moving.phaseId;
  const inPhase = (phaseId: string) =>
    byPosition(
      touchpoints.filter((touchpoint) => touchpoint.phaseId === phaseId && touchpoint !== moving),
    );
  const target = inPhase(toPhaseId);
  target.splice(clamp(toIndex, target.length), 0, { ...moving, phaseId: toPhaseId });
  const changed = new Map<string, T>(renumber(target).map((row) => [row.id, row]));
  if (fromPhaseId !== toPhaseId)
    for (const row of renumber(inPhase(fromPhaseId))) changed.set(row.id, row);
  return touchpoints.map((touchpoint) => changed.get(touchpoint.id) ?? touchpoint);
}

/** The rows whose phase or position differ from before: what a move has to write. */
export function changedRows<T extends Positioned & { phaseId?: string }>(
  before: readonly T[],
  after: readonly T[],
): T[] {
  const previous = new Map(before.map((row) => [row.id, row]));
  return after.filter((row) => {
    const old = previous.get(row.id);
    return !old || old.position !== row.position || old.phaseId !== row.phaseId;
  });
}
