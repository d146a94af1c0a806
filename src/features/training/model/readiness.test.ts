import { describe, expect, it } from 'vitest';
import { isTrainingStageComplete, trainingReadiness } from './readiness';

const level = (
  kind: 'required' | 'current',
  holderId: string,
  competencyId: string,
  value: number,
) => ({
  kind,
  holderId,
  competencyId,
  level: value,
});

describe('training readiness', () => {
  const roles = [{ id: 'agent' }, { id: 'manager' }];
  const competencies = [{ id: 'tone' }, { id: 'tool' }];

  it('counts each person against their role’s required levels, unassessed as not met', () => {
    const readiness = trainingReadiness({
      roles,
      people: [
        { id: 'ada', roleId: 'agent' },
        { id: 'bo', roleId: 'agent' },
      ],
      competencies,
      levels: [
        level('required', 'agent', 'tone', 4),
        level('required', 'agent', 'tool', 3),
        level('current', 'ada', 'tone', 4),
        level('current', 'ada', 'tool', 2),
        level('current', 'bo', 'tone', 5),
        // Bo's tool level is unknown: not met.
      ],
      modules: [{ competencyIds: ['tool'], roleIds: [] }],
    });
    expect(readiness.total).toBe(4);
    expect(readiness.met).toBe(2);
    expect(readiness.percent).toBe(50);
    expect(readiness.gaps).toEqual([
      { roleId: 'agent', competencyId: 'tool', holders: 2, covered: true },
    ]);
  });

  it('uses the role’s own current level for a role with nobody named, and for people not assessed', () => {
    const readiness = trainingReadiness({
      roles,
      people: [{ id: 'cy', roleId: 'agent' }],
      competencies,
      levels: [
        level('required', 'agent', 'tone', 3),
        level('current', 'agent', 'tone', 3),
        level('required', 'manager', 'tool', 4),
        level('current', 'manager', 'tool', 2),
      ],
      modules: [{ competencyIds: ['tool'], roleIds: ['agent'] }],
    });
    expect(readiness.cells.map((cell) => [cell.holderId, cell.current])).toEqual([
      ['cy', 3],
      ['manager', 2],
    ]);
    // The module is for agents only, so the manager's gap stays uncovered.
    expect(readiness.gaps).toEqual([
      { roleId: 'manager', competencyId: 'tool', holders: 1, covered: false },
    ]);
  });

  it('says nothing about readiness until a level is required', () => {
    expect(
      trainingReadiness({ roles, people: [], competencies, levels: [], modules: [] }).percent,
    ).toBeNull();
  });

  it('is complete when every role requires something and every gap has a module', () => {
    const levels = [level('required', 'agent', 'tone', 4), level('required', 'manager', 'tone', 2)];
    const input = { roles, people: [], competencies, levels, modules: [] };
    expect(isTrainingStageComplete(roles, levels, trainingReadiness(input))).toBe(false);
    const covered = trainingReadiness({
      ...input,
      modules: [{ competencyIds: ['tone'], roleIds: [] }],
    });
    expect(isTrainingStageComplete(roles, levels, covered)).toBe(true);
    expect(isTrainingStageComplete(roles, levels.slice(0, 1), covered)).toBe(false);
    expect(isTrainingStageComplete([], [], covered)).toBe(false);
  });
});
