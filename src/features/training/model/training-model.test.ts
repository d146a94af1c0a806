import { describe, expect, it } from 'vitest';
import { gapBand, heatMapRows, readinessByRole } from './heat-map';
import { moduleFormSchema, newModuleFields, toModuleFormValues } from './module-form';
import { trainingReadiness } from './readiness';
import { trainingSchedule } from './schedule';
import { trainingWarnings } from './training-warnings';

const roles = [{ id: 'agent' }, { id: 'manager' }];
const people = [
  { id: 'giulia', roleId: 'agent' },
  { id: 'marco', roleId: 'agent' },
];
const competencies = [{ id: 'tone' }, { id: 'kpi' }];
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
const levels = [
  level('required', 'agent', 'tone', 4),
  level('current', 'giulia', 'tone', 4),
  level('current', 'marco', 'tone', 1),
  level('required', 'manager', 'kpi', 3),
];
const modules = [{ competencyIds: ['kpi'], roleIds: [] }];
const readiness = trainingReadiness({ roles, people, competencies, levels, modules });

describe('gap heat map', () => {
  it('bands gaps by size', () => {
    expect(gapBand(null, 3)).toBe('not-required');
    expect(gapBand(3, null)).toBe('unassessed');
    expect(gapBand(3, 5)).toBe('met');
    expect(gapBand(4, 3)).toBe('gap-1');
    expect(gapBand(4, 2)).toBe('gap-2');
    expect(gapBand(5, 1)).toBe('gap-3');
  });

  it('has a row per person, or per role with nobody named, and marks uncovered gaps', () => {
    const rows = heatMapRows({ view: 'people', roles, people, competencies, modules, readiness });
    expect(rows.map((row) => [row.id, row.kind])).toEqual([
      ['giulia', 'person'],
      ['marco', 'person'],
      ['manager', 'role'],
    ]);
    expect(rows[0]?.cells[0]).toMatchObject({ band: 'met', current: 4, required: 4 });
    expect(rows[1]?.cells[0]).toMatchObject({ band: 'gap-3', isUncovered: true });
    expect(rows[1]?.cells[1]?.band).toBe('not-required');
    // The manager's KPI gap is taught by a module open to every role.
    expect(rows[2]?.cells[1]).toMatchObject({ band: 'unassessed', isUncovered: false });
  });

  it('summarises a role by its weakest holder', () => {
    const rows = heatMapRows({ view: 'roles', roles, people, competencies, modules, readiness });
    expect(rows.map((row) => row.id)).toEqual(['agent', 'manager']);
    expect(rows[0]?.cells[0]).toMatchObject({ current: 1, met: 1, holders: 2, band: 'gap-3' });
  });

  it('counts readiness per role', () => {
    const byRole = readinessByRole(readiness);
    expect(byRole.get('agent')).toEqual({ met: 1, total: 2, percent: 50 });
    expect(byRole.get('manager')).toEqual({ met: 0, total: 1, percent: 0 });
  });
});

describe('training warnings', () => {
  it('lists uncovered gaps, a missing behavioural module and modules ending after go-live', () => {
    const plan = [
      { id: 'm1', title: 'Platform', family: 'technical' as const, endDate: '2027-10-01' },
      { id: 'm2', title: 'Reports', family: 'technical' as const, endDate: '2027-08-01' },
    ];
    const warnings = trainingWarnings(readiness, plan, '2027-09-01');
    expect(warnings.uncoveredGaps).toEqual([{ roleId: 'agent', competencyId: 'tone', holders: 1 }]);
    expect(warnings.hasNoBehaviouralModule).toBe(true);
    expect(warnings.endingAfterGoLive.map((module) => module.id)).toEqual(['m1']);
    expect(trainingWarnings(readiness, plan, null).endingAfterGoLive).toEqual([]);
    expect(trainingWarnings(readiness, [], null).hasNoBehaviouralModule).toBe(false);
  });
});

describe('training schedule', () => {
  const module = (id: string, startDate: string | null, endDate: string | null) => ({
    id,
    title: id,
    family: 'technical' as const,
    status: 'planned' as const,
    startDate,
    endDate,
  });

  it('spans whole months from the first date to the last, today and go-live included', () => {
    const schedule = trainingSchedule(
      [module('a', '2027-02-10', '2027-02-20'), module('b', null, '2027-03-01')],
      '2027-01-15',
      '2027-04-10',
    );
    expect(schedule.axis?.start).toBe('2027-01-01');
    expect(schedule.axis?.end).toBe('2027-05-01');
    expect(schedule.axis?.months.map((month) => month.date)).toEqual([
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
    ]);
    expect(schedule.unscheduled.map((row) => row.id)).toEqual(['b']);
    const bar = schedule.bars[0]!;
    expect(bar.x).toBeCloseTo(40 / 120);
    expect(bar.width).toBeCloseTo(11 / 120);
    expect(schedule.today).toBeCloseTo(14 / 120);
    expect(schedule.goLive).toBeCloseTo(99 / 120);
  });

  it('draws nothing without a dated module', () => {
    expect(trainingSchedule([module('a', null, null)], '2027-01-15', null).axis).toBeNull();
  });
});

describe('module form', () => {
  it('reads hours with a comma and empty dates as not set', () => {
    const values = { ...toModuleFormValues(newModuleFields(), 'it'), title: 'Tone', hours: '7,5' };
    expect(moduleFormSchema('it').parse(values)).toMatchObject({ hours: 7.5, startDate: null });
    expect(toModuleFormValues({ ...newModuleFields(), hours: 7.5 }, 'it').hours).toBe('7,5');
    expect(toModuleFormValues({ ...newModuleFields(), hours: 7.5 }, 'en').hours).toBe('7.5');
  });

  it('refuses text hours and an end before the start', () => {
    const values = toModuleFormValues({ ...newModuleFields(), title: 'Tone' }, 'en');
    const issues = (hours: string) =>
      moduleFormSchema('en')
        .safeParse({ ...values, hours })
        .error?.issues.map((issue) => issue.message);
    expect(issues('ten')).toEqual(['validation.number.malformed']);
    expect(issues('-2')).toEqual(['validation.number.negative']);
    expect(issues('7,5')).toEqual(['validation.number.ambiguous']);
    expect(moduleFormSchema('en').safeParse({ ...values, hours: '20,000' }).success).toBe(false);
    const dates = { ...values, startDate: '2027-03-10', endDate: '2027-03-01' };
    const result = moduleFormSchema('en').safeParse(dates);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['endDate']);
  });
});
