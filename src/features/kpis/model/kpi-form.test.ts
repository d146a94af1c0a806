import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { kpiFormSchema, toKpiFormValues } from './kpi-form';

const kpi = makeRoadmapFile(5, { goals: 1, kpis: 1 }).rows.kpis[0]!;

describe('kpiFormSchema', () => {
  it('round-trips a stored KPI (even a stored row with ids) through the form', () => {
    const parsed = kpiFormSchema.safeParse(toKpiFormValues(kpi, 'it'));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.baseline).toBe(kpi.baseline);
    expect(parsed.data?.goalIds).toEqual(kpi.goalIds);
  });

  it('reads decimal commas, empties as "not set", and refuses a target on the wrong side', () => {
    const values = { ...toKpiFormValues(kpi, 'en'), direction: 'higher' as const };
    const good = kpiFormSchema.parse({ ...values, baseline: '70,5', target: '', targetDate: '' });
    expect(good).toMatchObject({ baseline: 70.5, target: null, targetDate: null });
    const wrong = kpiFormSchema.safeParse({ ...values, baseline: '70', target: '60' });
    expect(wrong.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['target', 'validation.targetAboveBaseline'],
    ]);
    const early = kpiFormSchema.safeParse({
      ...values,
      baselineDate: '2026-06-01',
      targetDate: '2026-01-01',
    });
    expect(early.error?.issues[0]?.path).toEqual(['targetDate']);
    expect(kpiFormSchema.safeParse({ ...values, baseline: '38,000' }).success).toBe(false);
  });
});
