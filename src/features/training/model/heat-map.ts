import { isGap, moduleCovers, type TrainingReadiness } from './readiness';
import type { Competency, TrainingModule, TrainingPerson, TrainingRole } from './training';

/** How far a holder is from the required level; drives the colour and the pattern together. */
export type GapBand = 'met' | 'gap-1' | 'gap-2' | 'gap-3' | 'unassessed' | 'not-required';

export interface HeatCell {
  competencyId: string;
  required: number | null;
  /** The holder's level; for a role row, the lowest among its holders. */
  current: number | null;
  band: GapBand;
  /** A gap that no module teaches to this role. */
  isUncovered: boolean;
  /** For a role row: holders at or above the required level, out of all holders. */
  met: number;
  holders: number;
}

export interface HeatRow {
  /** A person, or a role (a role row in the roles view, or a role with nobody named). */
  id: string;
  roleId: string;
  kind: 'role' | 'person';
  cells: HeatCell[];
}

export type HeatMapView = 'roles' | 'people';

export function gapBand(required: number | null, current: number | null): GapBand {
  if (required === null) return 'not-required';
  if (current === null) return 'unassessed';
  const gap = required - current;
  if (gap <= 0) return 'met';
  if (gap === 1) return 'gap-1';
  if (gap === 2) return 'gap-2';
  return 'gap-3';
}

/**
 * The heat map's rows, from the readiness cells: one row per person (or role with nobody named),
 * or one row per role summarising its holders by their weakest level, so a role looks ready only
 * when everyone in it is.
 */
export function heatMapRows(input: {
  view: HeatMapView;
  roles: readonly Pick<TrainingRole, 'id'>[];
  people: readonly Pick<TrainingPerson, 'id' | 'roleId'>[];
  competencies: readonly Pick<Competency, 'id'>[];
  modules: readonly Pick<TrainingModule, 'competencyIds' | 'roleIds'>[];
  readiness: Pick<TrainingReadiness, 'cells'>;
}): HeatRow[] {
  const { view, roles, people, competencies, modules, readiness } = input;
  const byHolder = new Map<string, Map<string, (typeof readiness.cells)[number]>>();
  const byRole = new Map<string, Map<string, (typeof readiness.cells)[number][]>>();
  for (const cell of readiness.cells) {
    const holder = byHolder.get(cell.holderId) ?? new Map();
    holder.set(cell.competencyId, cell);
    byHolder.set(cell.holderId, holder);
    const role = byRole.get(cell.roleId) ?? new Map();
    role.set(cell.competencyId, [...(role.get(cell.competencyId) ?? []), cell]);
    byRole.set(cell.roleId, role);
  }
  const coverage = new Map<string, boolean>();
  const isCovered = (roleId: string, competencyId: string) => {
    const key = `${roleId}|${competencyId}`;
    let covered = coverage.get(key);
    if (covered === undefined) {
      covered = modules.some((module) => moduleCovers(module, roleId, competencyId));
      coverage.set(key, covered);
    }
    return covered;
  };
  const rowFor = (id: string, roleId: string, kind: HeatRow['kind']): HeatRow => ({
    id,
    roleId,
    kind,
    cells: competencies.map((competency) => {
      const cells =
        view === 'roles'
          ? (byRole.get(roleId)?.get(competency.id) ?? [])
          : [byHolder.get(id)?.get(competency.id)].filter((cell) => cell !== undefined);
      const first = cells[0];
      if (!first)
        return {
          competencyId: competency.id,
          required: null,
          current: null,
          band: 'not-required',
          isUncovered: false,
          met: 0,
          holders: 0,
        } satisfies HeatCell;
      const currents = cells.map((cell) => cell.current);
      const current = currents.includes(null) ? null : Math.min(...(currents as number[]));
      const met = cells.filter((cell) => !isGap(cell)).length;
      const band = gapBand(first.required, current);
      return {
        competencyId: competency.id,
        required: first.required,
        current,
        band,
        isUncovered: band !== 'met' && !isCovered(roleId, competency.id),
        met,
        holders: cells.length,
      };
    }),
  });
  if (view === 'roles') return roles.map((role) => rowFor(role.id, role.id, 'role'));
  const peopleByRole = new Map<string, Pick<TrainingPerson, 'id' | 'roleId'>[]>();
  for (const person of people)
    peopleByRole.set(person.roleId, [...(peopleByRole.get(person.roleId) ?? []), person]);
  return roles.flatMap((role) => {
    const members = peopleByRole.get(role.id);
    return members
      ? members.map((person) => rowFor(person.id, role.id, 'person'))
      : [rowFor(role.id, role.id, 'role')];
  });
}

/** Readiness of each role: its requirements met, out of all (people times required levels). */
export function readinessByRole(
  readiness: Pick<TrainingReadiness, 'cells'>,
): Map<string, { met: number; total: number; percent: number }> {
  const totals = new Map<string, { met: number; total: number; percent: number }>();
  for (const cell of readiness.cells) {
    const entry = totals.get(cell.roleId) ?? { met: 0, total: 0, percent: 0 };
    entry.total += 1;
    if (!isGap(cell)) entry.met += 1;
    totals.set(cell.roleId, entry);
  }
  for (const entry of totals.values()) entry.percent = Math.round((entry.met / entry.total) * 100);
  return totals;
}
