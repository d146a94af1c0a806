import { z } from 'zod';
import {
  calendarDateSchema,
  idSchema,
  roadmapRowShape,
  textSchema,
} from '../../../lib/schema-primitives';

/** The KPI catalogue of the method; names and definitions live in the language catalogs. */
export const kpiCatalogKeys = [
  'contacts-per-channel',
  'deflection',
  'cost-per-contact',
  'first-response-time',
  'handling-time',
  'first-contact-resolution',
  'csat',
  'nps',
  'customer-effort',
  'churn',
  'service-level',
  'helpful-share',
  'contacts-per-agent-hour',
] as const;
export type KpiCatalogKey = (typeof kpiCatalogKeys)[number];

export const kpiDirections = ['higher', 'lower'] as const;
export type KpiDirection = (typeof kpiDirections)[number];

export const measurementFrequencies = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export type MeasurementFrequency = (typeof measurementFrequencies)[number];

const optionalNumber = z.number().finite().nullable();

/** The fields a user edits; the form, the file and the database share them. */
export const kpiFieldsSchema = z.strictObject({
  catalogKey: z.enum(kpiCatalogKeys).nullable(),
  name: textSchema(120).min(1, 'validation.required'),
  definition: textSchema(1000),
  unit: textSchema(40),
  /** Which way is better: "higher" for CSAT, "lower" for cost per contact. */
  direction: z.enum(kpiDirections),
  /** Stage-2 goals this KPI serves. */
  goalIds: z.array(idSchema).max(200),
  /** Stage-3 channels this KPI covers; empty means "all channels". */
  channelIds: z.array(idSchema).max(500),
  baseline: optionalNumber,
  /** When the baseline was measured: the start of the path to the target. */
  baselineDate: calendarDateSchema.nullable(),
  target: optionalNumber,
  targetDate: calendarDateSchema.nullable(),
  frequency: z.enum(measurementFrequencies),
  source: textSchema(200),
  owner: textSchema(120),
});
export type KpiFields = z.infer<typeof kpiFieldsSchema>;

export const kpiSchema = z.strictObject({
  ...roadmapRowShape,
  ...kpiFieldsSchema.shape,
  position: z.number().int().min(0),
});
export type Kpi = z.infer<typeof kpiSchema>;

/** One actual value of a KPI on a date; a KPI has at most one value per date. */
export const measurementSchema = z.strictObject({
  ...roadmapRowShape,
  kpiId: idSchema,
  date: calendarDateSchema,
  value: z.number().finite(),
  note: textSchema(500),
});
export type Measurement = z.infer<typeof measurementSchema>;

/** A KPI counts for a goal's completion once it has both ends of its path. */
export function hasBaselineAndTarget(kpi: Pick<Kpi, 'baseline' | 'target'>): boolean {
  return kpi.baseline !== null && kpi.target !== null;
}

/** Stage 4 is complete when every goal has at least one KPI with a baseline and a target. */
export function isKpisStageComplete(
  goals: readonly { id: string }[],
  kpis: readonly Pick<Kpi, 'goalIds' | 'baseline' | 'target'>[],
): boolean {
  if (goals.length === 0) return false;
  return goals.every((goal) =>
    kpis.some((kpi) => kpi.goalIds.includes(goal.id) && hasBaselineAndTarget(kpi)),
  );
}
