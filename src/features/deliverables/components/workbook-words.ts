import type { TFunction, i18n } from 'i18next';
import type { WorkbookWords } from '../model/workbook';

/** Where a stored key's words are, by `<table>.<field>` (or by field, for every table). */
const valueKeys: Record<string, string> = {
  'subjects.kind': 'deliverables.kinds',
  'subjects.offeredChannels': 'channelCatalogue',
  'channels.catalogKey': 'channelCatalogue',
  'channels.status': 'channels.status',
  'channels.interaction': 'channels.interaction',
  'goals.direction': 'goals.directions',
  'goals.priority': 'goals.priorities',
  'kpis.direction': 'kpis.directions',
  'kpis.frequency': 'kpis.frequencies',
  'touchpoints.device': 'journey.devices',
  'competencies.family': 'training.family',
  'trainingModules.family': 'training.family',
  'trainingModules.format': 'training.modules.formatOption',
  'trainingModules.status': 'training.modules.statusOption',
  'competencyLevels.kind': 'training.levels',
  'readinessItems.answer': 'goLive.checklist.state',
  theme: 'startingPoint.themesShort',
};

/** The workbook's words in the UI language, from the catalogs the stages already carry. */
export function workbookWords(t: TFunction, i18next: i18n): WorkbookWords {
  // The catalogs are typed key by key; these keys are built from stored values, so look them up
  // loosely and keep the value itself when there are no words for it.
  const words = (key: string): string | undefined =>
    i18next.exists(key) ? (t as (key: string) => string)(key) : undefined;
  return {
    roadmapSheet: t('deliverables.roadmapSheet'),
    table: (table) => words(`deliverables.sheets.${table}`) ?? table,
    field: (field) => words(`fileFields.${field}`) ?? field,
    value: (table, field, value) => {
      if (table === 'stageNotes' && field === 'stage') return words(`stages.${value}.title`);
      if (table === 'readinessItems' && field === 'catalogKey')
        return words(`readinessCatalog.${value}.label`);
      const prefix = valueKeys[`${table}.${field}`] ?? valueKeys[field];
      return prefix ? words(`${prefix}.${value}`) : undefined;
    },
  };
}
