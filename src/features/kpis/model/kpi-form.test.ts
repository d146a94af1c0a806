import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { kpiFormSchema, toKpiFormValues } from './kpi-form';

const kpi = makeRoadmapFile(5, { goals: 1, kpis: 1 }).rows.kpis[0]!;

describe('kpiFormSchema', () => {
  it('round-trips a stored KPI (even a stored row with ids) through the form', () => {
    const parsed = kpiFormSchema('it').safeParse(toKpiFormValues(kpi, 'it'));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.baseline).toBe(kpi.baseline);
    expect(parsed.data?.goalIds).toEqual(kpi.goalIds);
  });

  it('reads decimal commas in Italian, empties as "not set", and refuses a target on the wrong side', () => {
    const values = { ...toKpiFormValues(kpi, 'it'), direction: 'higher' as const };
    const good = kpiFormSchema('it').parse({
      ...values,
      baseline: '70,5',
      target: '',
      targetDate: '',
    });
    expect(good).toMatchObject({ baseline: 70.5, target: null, targetDate: null });
    const wrong = kpiFormSchema('it').safeParse({ ...values, baseline: '70', target: '60' });
    expect(wrong.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['target', 'validation.targetAboveBaseline'],
    ]);
    const early = kpiFormSchema('it').safeParse({
      ...values,
      baselineDate: '2026-06-01',
      targetDate: '2026-01-01',
    });
    expect(early.error?.issues[0]?.path).toEqual(['targetDate']);
    expect(kpiFormSchema('it').parse({ ...values, baseline: '38.000', target: '' }).baseline).toBe(
      38_000,
    );
    expect(kpiFormSchema('en').parse({ ...values, baseline: '38,000', target: '' }).baseline).toBe(
      38_000,
    );
    expect(kpiFormSchema('it').safeParse({ ...values, baseline: '38,0,0' }).success).toBe(false);
  });
});
