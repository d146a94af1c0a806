import type { StageFigures } from '../../../core/roadmap';
import type {
  Competency,
  CompetencyLevel,
  TrainingModule,
  TrainingPerson,
  TrainingRole,
} from './training';

/** One required level of one competency, for one person (or for a role with nobody named). */
export interface RequirementCell {
  roleId: string;
  /** The person, or the role itself when the role has no people. */
  holderId: string;
  competencyId: string;
  required: number;
  /** The person's level, else the role's; null when nobody has assessed it. */
  current: number | null;
}

export interface TrainingReadiness {
  cells: RequirementCell[];
  /** Cells whose current level reaches the required one. */
  met: number;
  total: number;
  /** `met / total` as a whole percentage; null until some level is required. */
  percent: number | null;
  /** Role and competency pairs with a gap, and whether a module teaches it to that role. */
  gaps: { roleId: string; competencyId: string; holders: number; covered: boolean }[];
}

export function isGap(cell: RequirementCell): boolean {
  return cell.current === null || cell.current < cell.required;
}

/** Does this module teach the competency to this role? No audience means every role. */
export function moduleCovers(
  module: Pick<TrainingModule, 'competencyIds' | 'roleIds'>,
  roleId: string,
  competencyId: string,
): boolean {
  return (
    module.competencyIds.includes(competencyId) &&
    (module.roleIds.length === 0 || module.roleIds.includes(roleId))
  );
}

/**
 * Readiness counts requirements met: a person (or a role with nobody named) at or above the
 * required level. An unassessed level counts as not met, so readiness never looks better than
 * what has been checked.
 */
export function trainingReadiness(input: {
  roles: readonly Pick<TrainingRole, 'id'>[];
  people: readonly Pick<TrainingPerson, 'id' | 'roleId'>[];
  competencies: readonly Pick<Competency, 'id'>[];
  levels: readonly Pick<CompetencyLevel, 'kind' | 'holderId' | 'competencyId' | 'level'>[];
  modules: readonly Pick<TrainingModule, 'competencyIds' | 'roleIds'>[];
}): TrainingReadiness {
  const competencyIds = new Set(input.competencies.map((competency) => competency.id));
  const key = (holderId: string, competencyId: string) => `${holderId}|${competencyId}`;
  const required = new Map<string, number>();
  const current = new Map<string, number>();
  for (const level of input.levels) {
    if (!competencyIds.has(level.competencyId)) continue;
    (level.kind === 'required' ? required : current).set(
      key(level.holderId, level.competencyId),
      level.level,
    );
  }
  const peopleByRole = new Map<string, string[]>();
  for (const person of input.people) {
    const list = peopleByRole.get(person.roleId) ?? [];
    list.push(person.id);
    peopleByRole.set(person.roleId, list);
  }
  const cells: RequirementCell[] = [];
  const gaps: TrainingReadiness['gaps'] = [];
  for (const role of input.roles) {
    const holders = peopleByRole.get(role.id) ?? [role.id];
    for (const competency of input.competencies) {
      const level = required.get(key(role.id, competency.id));
      if (level === undefined) continue;
      const roleLevel = current.get(key(role.id, competency.id)) ?? null;
      let holdersWithGap = 0;
      for (const holderId of holders) {
        const cell: RequirementCell = {
          roleId: role.id,
          holderId,
          competencyId: competency.id,
          required: level,
          current: current.get(key(holderId, competency.id)) ?? roleLevel,
        };
        cells.push(cell);
        if (isGap(cell)) holdersWithGap += 1;
      }
      if (holdersWithGap > 0) {
        gaps.push({
          roleId: role.id,
          competencyId: competency.id,
          holders: holdersWithGap,
          covered: input.modules.some((module) => moduleCovers(module, role.id, competency.id)),
        });
      }
    }
  }
  const met = cells.filter((cell) => !isGap(cell)).length;
  return {
    cells,
    met,
    total: cells.length,
    percent: cells.length === 0 ? null : Math.round((met / cells.length) * 100),
    gaps,
  };
}

/** Stage 6 is complete when every role has required levels and every gap has a module. */
export function isTrainingStageComplete(
  roles: readonly Pick<TrainingRole, 'id'>[],
  levels: readonly Pick<CompetencyLevel, 'kind' | 'holderId'>[],
  readiness: Pick<TrainingReadiness, 'gaps'>,
): boolean {
  if (roles.length === 0) return false;
  const rolesWithRequirements = new Set(
    levels.filter((level) => level.kind === 'required').map((level) => level.holderId),
  );
  return (
    roles.every((role) => rolesWithRequirements.has(role.id)) &&
    readiness.gaps.every((gap) => gap.covered)
  );
}

/** What the strategy map shows of the team's readiness. */
export interface TrainingMapFigures {
  /** Requirements met, as a whole percentage; null until some level is required. */
  percent: number | null;
  /** Gaps no module teaches yet. */
  uncoveredGaps: number;
}

/** The readiness as the figures kept with the roadmap (see ProgressRule.figures). */
export function trainingFigures(readiness: TrainingReadiness): StageFigures {
  return {
    percent: readiness.percent,
    uncoveredGaps: readiness.gaps.filter((gap) => !gap.covered).length,
  };
}

/** The readiness the map shows, from the figures kept with the roadmap; none kept reads as none. */
export function trainingMapFigures(figures: StageFigures | undefined): TrainingMapFigures {
  return { percent: figures?.percent ?? null, uncoveredGaps: figures?.uncoveredGaps ?? 0 };
}
