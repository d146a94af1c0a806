import type { ReportFileIssue, RoadmapRows } from '../../../core/stage-descriptor';

/** One own company, unique competitor names, and scores that point at rows in this file. */
export function checkStartingPointFile(rows: RoadmapRows, issue: ReportFileIssue): void {
  const ownCount = rows.subjects.filter((subject) => subject.kind === 'own').length;
  if (ownCount !== 1)
    issue(ownCount === 0 ? 'validation.ownCompanyMissing' : 'validation.ownCompanyTwice', [
      'subjects',
    ]);
  const names = new Set<string>();
  rows.subjects.forEach((subject, index) => {
    const key = subject.name.toLocaleLowerCase();
    if (names.has(key)) issue('validation.duplicateName', ['subjects', index, 'name']);
    names.add(key);
  });
  const subjectIds = new Set(rows.subjects.map((subject) => subject.id));
  const assessorIds = new Set(rows.assessors.map((assessor) => assessor.id));
  const cells = new Set<string>();
  rows.scores.forEach((score, index) => {
    if (!subjectIds.has(score.subjectId))
      issue('validation.unknownReference', ['scores', index, 'subjectId']);
    if (!assessorIds.has(score.assessorId))
      issue('validation.unknownReference', ['scores', index, 'assessorId']);
    const cell = `${score.subjectId}|${score.assessorId}|${score.theme}`;
    if (cells.has(cell)) issue('validation.duplicateScore', ['scores', index]);
    cells.add(cell);
  });
}
