import { addDays, addMonths } from '../../../lib/calendar';
import type { SampleContext } from '../../../core/sample-context';
import {
  competencyFamilyOf,
  type Competency,
  type CompetencyCatalogKey,
  type CompetencyLevel,
  type ModuleFormat,
  type ModuleStatus,
  type TrainingModule,
  type TrainingPerson,
  type TrainingRole,
} from './training';

/** Sample texts for stage 6, from the language catalog (`sampleTraining`). */
export interface SampleTrainingTexts {
  roles: readonly { name: string; description: string }[];
  /** Six names, in the role order of `samplePeople`. */
  people: readonly string[];
  modules: readonly { title: string; trainer: string }[];
  /** Names and descriptions of the method's competencies, from the catalog. */
  competencies: Record<CompetencyCatalogKey, { name: string; description: string }>;
}

const sampleCompetencies: CompetencyCatalogKey[] = [
  'service-platform',
  'social-messaging-tools',
  'knowledge-base-writing',
  'kpi-reading',
  'written-tone',
  'public-conversations',
  'live-chat-phases',
  'de-escalation',
  'consistent-answers',
];

/**
 * Required level per role (agent, social media specialist, manager) and competency, in the
 * order above; 0 means not required.
 */
const requiredLevels: number[][] = [
  [4, 2, 3, 0, 4, 2, 4, 4, 4],
  [3, 5, 2, 2, 5, 5, 2, 4, 4],
  [3, 3, 3, 5, 3, 3, 3, 4, 4],
];

/** Role of each person, and their current levels in the order above. */
const samplePeople: { role: number; levels: number[] }[] = [
  { role: 0, levels: [3, 2, 2, 1, 3, 2, 2, 3, 3] },
  { role: 0, levels: [4, 2, 3, 2, 4, 2, 3, 3, 4] },
  { role: 0, levels: [2, 1, 2, 1, 3, 2, 2, 2, 3] },
  { role: 1, levels: [3, 4, 2, 2, 4, 3, 2, 3, 4] },
  { role: 1, levels: [2, 5, 2, 2, 5, 4, 2, 4, 3] },
  { role: 2, levels: [3, 3, 3, 4, 3, 3, 3, 3, 4] },
];

/** Modules in the order of the texts: family, competencies, roles, format, hours, timing, status. */
const sampleModules: {
  competencies: CompetencyCatalogKey[];
  roles: number[];
  format: ModuleFormat;
  hours: number;
  /** Start and end, in days after the workshop. */
  days: [number, number];
  status: ModuleStatus;
}[] = [
  {
    competencies: ['service-platform', 'social-messaging-tools'],
    roles: [0, 1],
    format: 'classroom',
    hours: 12,
    days: [1, 10],
    status: 'done',
  },
  {
    competencies: ['knowledge-base-writing', 'consistent-answers'],
    roles: [],
    format: 'e-learning',
    hours: 6,
    days: [9, 60],
    status: 'in-progress',
  },
  {
    competencies: ['written-tone', 'live-chat-phases', 'de-escalation'],
    roles: [0],
    format: 'classroom',
    hours: 16,
    days: [45, 75],
    status: 'scheduled',
  },
  {
    competencies: ['public-conversations', 'written-tone', 'de-escalation'],
    roles: [1, 2],
    format: 'coaching',
    hours: 8,
    days: [70, 120],
    status: 'planned',
  },
  {
    competencies: ['kpi-reading'],
    roles: [2],
    format: 'shadowing',
    hours: 4,
    days: [100, 130],
    status: 'planned',
  },
];

/** The airline's digital team: three roles, six people, nine competencies, five modules. */
export function sampleTrainingRows(context: SampleContext, texts: SampleTrainingTexts) {
  const trainingRoles: TrainingRole[] = texts.roles.map((role, index) => ({
    ...context.row(`role-${index}`),
    name: role.name,
    description: role.description,
    position: index,
  }));
  const trainingPeople: TrainingPerson[] = samplePeople.flatMap((person, index) => {
    const role = trainingRoles[person.role];
    const name = texts.people[index];
    if (!role || !name) return [];
    return [{ ...context.row(`person-${index}`), roleId: role.id, name, position: index }];
  });
  const competencies: Competency[] = sampleCompetencies.map((key, index) => ({
    ...context.row(`competency-${key}`),
    catalogKey: key,
    family: competencyFamilyOf(key),
    name: texts.competencies[key].name,
    description: texts.competencies[key].description,
    position: index,
  }));
  const level = (kind: CompetencyLevel['kind'], holderId: string, index: number, value: number) =>
    value === 0
      ? []
      : [
          {
            ...context.row(`level-${kind}-${holderId}-${index}`),
            kind,
            holderId,
            competencyId: competencies[index]!.id,
            level: value,
          },
        ];
  const competencyLevels: CompetencyLevel[] = [
    ...trainingRoles.flatMap((role, roleIndex) =>
      (requiredLevels[roleIndex] ?? []).flatMap((value, index) =>
        level('required', role.id, index, value),
      ),
    ),
    ...trainingPeople.flatMap((person, personIndex) =>
      (samplePeople[personIndex]?.levels ?? []).flatMap((value, index) =>
        level('current', person.id, index, value),
      ),
    ),
  ];
  const competencyId = (key: CompetencyCatalogKey) => `sample-competency-${key}`;
  const trainingModules: TrainingModule[] = sampleModules.flatMap((shape, index) => {
    const text = texts.modules[index];
    if (!text) return [];
    return [
      {
        ...context.row(`module-${index}`),
        title: text.title,
        family: competencyFamilyOf(shape.competencies[0]!),
        competencyIds: shape.competencies.map(competencyId),
        roleIds: shape.roles.flatMap((role) => trainingRoles[role]?.id ?? []),
        format: shape.format,
        hours: shape.hours,
        startDate: addDays(context.workshop, shape.days[0]),
        endDate: addDays(context.workshop, shape.days[1]),
        trainer: text.trainer,
        status: shape.status,
        position: index,
      },
    ];
  });
  return { trainingRoles, trainingPeople, competencies, competencyLevels, trainingModules };
}

/** The go-live date of the sample, which the modules above all end before. */
export function sampleGoLiveDate(workshop: string): string {
  return addMonths(workshop, 6);
}
