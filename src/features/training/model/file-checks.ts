import type { ReportFileIssue, RoadmapRows } from '../../../core/stage-descriptor';

/** Levels, people and modules point at roles and competencies of this file. */
export function checkTrainingFile(rows: RoadmapRows, issue: ReportFileIssue): void {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((row) => row.id));
  const roleIds = ids(rows.trainingRoles);
  const personIds = ids(rows.trainingPeople);
  const competencyIds = ids(rows.competencies);
  rows.trainingPeople.forEach((person, index) => {
    if (!roleIds.has(person.roleId))
      issue('validation.unknownReference', ['trainingPeople', index, 'roleId']);
  });
  const levelKeys = new Set<string>();
  rows.competencyLevels.forEach((level, index) => {
    if (!competencyIds.has(level.competencyId))
      issue('validation.unknownReference', ['competencyLevels', index, 'competencyId']);
    const holderKnown =
      roleIds.has(level.holderId) || (level.kind === 'current' && personIds.has(level.holderId));
    if (!holderKnown) issue('validation.levelHolder', ['competencyLevels', index, 'holderId']);
    const key = `${level.holderId}|${level.competencyId}|${level.kind}`;
    if (levelKeys.has(key)) issue('validation.duplicateLevel', ['competencyLevels', index]);
    levelKeys.add(key);
  });
  rows.trainingModules.forEach((module, index) => {
    module.competencyIds.forEach((id, at) => {
      if (!competencyIds.has(id))
        issue('validation.unknownReference', ['trainingModules', index, 'competencyIds', at]);
    });
    module.roleIds.forEach((id, at) => {
      if (!roleIds.has(id))
        issue('validation.unknownReference', ['trainingModules', index, 'roleIds', at]);
    });
  });
}
