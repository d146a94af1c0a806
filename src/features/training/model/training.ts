import { z } from 'zod';
import {
  calendarDateSchema,
  idSchema,
  roadmapRowShape,
  textSchema,
} from '../../../lib/schema-primitives';

/** Technical skills run the tools; behavioural skills run the conversation. */
export const competencyFamilies = ['technical', 'behavioural'] as const;
export type CompetencyFamily = (typeof competencyFamilies)[number];

/** The method's competencies; names and descriptions live in the language catalogs. */
export const competencyCatalog = {
  technical: [
    'service-platform',
    'social-messaging-tools',
    'knowledge-base-writing',
    'kpi-reading',
    'channel-routing',
    'data-privacy',
  ],
  behavioural: [
    'written-tone',
    'public-conversations',
    'live-chat-phases',
    'de-escalation',
    'consistent-answers',
    'empathy-in-writing',
  ],
} as const satisfies Record<CompetencyFamily, readonly string[]>;
export type CompetencyCatalogKey = (typeof competencyCatalog)[CompetencyFamily][number];
export const competencyCatalogKeys = [
  ...competencyCatalog.technical,
  ...competencyCatalog.behavioural,
] as const;

export function competencyFamilyOf(key: CompetencyCatalogKey): CompetencyFamily {
  return (competencyCatalog.technical as readonly string[]).includes(key)
    ? 'technical'
    : 'behavioural';
}

export const levelMin = 1;
export const levelMax = 5;
const levelSchema = z.number().int().min(levelMin).max(levelMax);

/** A job in the digital service team, e.g. "digital front-line agent". */
export const trainingRoleFieldsSchema = z.strictObject({
  name: textSchema(120).min(1, 'validation.required'),
  description: textSchema(500),
});
export const trainingRoleSchema = z.strictObject({
  ...roadmapRowShape,
  ...trainingRoleFieldsSchema.shape,
  position: z.number().int().min(0),
});
export type TrainingRole = z.infer<typeof trainingRoleSchema>;

/** Someone in a role; only a name is kept. */
export const trainingPersonSchema = z.strictObject({
  ...roadmapRowShape,
  roleId: idSchema,
  name: textSchema(120).min(1, 'validation.required'),
  position: z.number().int().min(0),
});
export type TrainingPerson = z.infer<typeof trainingPersonSchema>;

export const competencyFieldsSchema = z.strictObject({
  catalogKey: z.enum(competencyCatalogKeys).nullable(),
  family: z.enum(competencyFamilies),
  name: textSchema(120).min(1, 'validation.required'),
  description: textSchema(500),
});
export type CompetencyFields = z.infer<typeof competencyFieldsSchema>;
export const competencySchema = z.strictObject({
  ...roadmapRowShape,
  ...competencyFieldsSchema.shape,
  position: z.number().int().min(0),
});
export type Competency = z.infer<typeof competencySchema>;

/**
 * One level on the 1-5 scale. "required" levels belong to roles; "current" levels belong to a
 * role (the team's level as a whole) or to a person. One row per holder, competency and kind.
 */
export const levelKinds = ['required', 'current'] as const;
export type LevelKind = (typeof levelKinds)[number];
export const competencyLevelSchema = z.strictObject({
  ...roadmapRowShape,
  kind: z.enum(levelKinds),
  /** A role id, or (for current levels only) a person id. */
  holderId: idSchema,
  competencyId: idSchema,
  level: levelSchema,
});
export type CompetencyLevel = z.infer<typeof competencyLevelSchema>;

export const moduleFormats = ['classroom', 'e-learning', 'coaching', 'shadowing'] as const;
export type ModuleFormat = (typeof moduleFormats)[number];
export const moduleStatuses = ['planned', 'scheduled', 'in-progress', 'done'] as const;
export type ModuleStatus = (typeof moduleStatuses)[number];

export const trainingModuleFieldsSchema = z.strictObject({
  title: textSchema(160).min(1, 'validation.required'),
  family: z.enum(competencyFamilies),
  competencyIds: z.array(idSchema).max(500),
  /** Roles attending; empty means every role. */
  roleIds: z.array(idSchema).max(500),
  format: z.enum(moduleFormats),
  hours: z.number().finite().min(0).max(10_000).nullable(),
  startDate: calendarDateSchema.nullable(),
  endDate: calendarDateSchema.nullable(),
  trainer: textSchema(120),
  status: z.enum(moduleStatuses),
});
export type TrainingModuleFields = z.infer<typeof trainingModuleFieldsSchema>;

/** A module cannot end before it starts: refused where it is typed and where it is imported. */
function endsAfterStart(module: Pick<TrainingModuleFields, 'startDate' | 'endDate'>): boolean {
  return !module.startDate || !module.endDate || module.endDate >= module.startDate;
}
const endAfterStartRule = { message: 'validation.endBeforeStart', path: ['endDate'] };

export const trainingModuleFieldsChecked = trainingModuleFieldsSchema.refine(
  endsAfterStart,
  endAfterStartRule,
);

export const trainingModuleSchema = z
  .strictObject({
    ...roadmapRowShape,
    ...trainingModuleFieldsSchema.shape,
    position: z.number().int().min(0),
  })
  .refine(endsAfterStart, endAfterStartRule);
export type TrainingModule = z.infer<typeof trainingModuleSchema>;
