import type { StageSlug } from '../../../lib/stages';
import type { Channel } from '../../channels';
import type { Goal } from '../../goals';
import type { Kpi } from '../../kpis';
import {
  readinessCatalogKeys,
  type ReadinessAnswer,
  type ReadinessCatalogKey,
  type ReadinessItem,
  type Rollout,
} from './go-live';

/** What the earlier stages say, as far as the checklist needs it. */
export interface ChecklistEvidence {
  goals: readonly Pick<Goal, 'id' | 'benefit'>[];
  kpis: readonly Pick<Kpi, 'id' | 'goalIds' | 'baseline'>[];
  /** KPIs with at least one actual value recorded. */
  kpisWithValues: ReadonlySet<string>;
  channels: readonly Pick<Channel, 'id' | 'status' | 'humanTouch'>[];
  rollouts: readonly Pick<Rollout, 'channelId' | 'fullDate'>[];
  /** Stage-6 readiness in percent, null when no level is required yet. */
  trainingPercent: number | null;
}

/** Where each method item is answered; items without a stage are the team's call. */
export const readinessItemStage: Record<ReadinessCatalogKey, StageSlug | null> = {
  'goals-benefits': 'goals',
  'kpi-baselines': 'kpis',
  monitoring: 'kpis',
  'channels-configured': 'go-live',
  'human-contact': 'channels',
  'knowledge-content': null,
  'team-trained': 'training',
  'tone-of-voice': null,
  'escalation-rules': null,
};

/** true or false when the earlier stages can tell, null when they cannot. */
export function automaticAnswer(
  key: ReadinessCatalogKey,
  evidence: ChecklistEvidence,
): boolean | null {
  switch (key) {
    case 'goals-benefits':
      return (
        evidence.goals.length > 0 && evidence.goals.every((goal) => goal.benefit.trim() !== '')
      );
    case 'kpi-baselines':
      return (
        evidence.goals.length > 0 &&
        evidence.goals.every((goal) =>
          evidence.kpis.some((kpi) => kpi.goalIds.includes(goal.id) && kpi.baseline !== null),
        )
      );
    case 'monitoring':
      return (
        evidence.kpis.length > 0 &&
        evidence.kpis.every((kpi) => evidence.kpisWithValues.has(kpi.id))
      );
    case 'channels-configured': {
      const planned = evidence.channels.filter((channel) => channel.status === 'planned');
      const launched = new Set(
        evidence.rollouts.filter((rollout) => rollout.fullDate).map((rollout) => rollout.channelId),
      );
      return planned.length > 0 && planned.every((channel) => launched.has(channel.id));
    }
    case 'human-contact':
      return evidence.channels.some(
        (channel) =>
          channel.humanTouch && (channel.status === 'in-use' || channel.status === 'planned'),
      );
    case 'team-trained':
      return evidence.trainingPercent === null ? null : evidence.trainingPercent === 100;
    default:
      return null;
  }
}

export interface ChecklistEntry {
  /** The stored row, when the team touched this entry. */
  itemId: string | null;
  catalogKey: ReadinessCatalogKey | null;
  /** The team's own label; empty for method items (their label is in the catalogs). */
  label: string;
  answer: ReadinessAnswer;
  note: string;
  automatic: boolean | null;
  stage: StageSlug | null;
  done: boolean;
  applicable: boolean;
}

export interface Checklist {
  entries: ChecklistEntry[];
  done: number;
  applicable: number;
  /** Done items among the applicable ones, as a whole percentage; null when none apply. */
  percent: number | null;
}

/** The method's items first (in method order), then the team's own, with the answers applied. */
export function readinessChecklist(
  items: readonly ReadinessItem[],
  evidence: ChecklistEvidence,
): Checklist {
  const byKey = new Map(
    items.filter((item) => item.catalogKey !== null).map((item) => [item.catalogKey, item]),
  );
  const entries: ChecklistEntry[] = [
    ...readinessCatalogKeys.map((key) => {
      const item = byKey.get(key);
      return {
        itemId: item?.id ?? null,
        catalogKey: key,
        label: '',
        answer: item?.answer ?? 'auto',
        note: item?.note ?? '',
        automatic: automaticAnswer(key, evidence),
        stage: readinessItemStage[key],
      };
    }),
    ...items
      .filter((item) => item.catalogKey === null)
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        itemId: item.id,
        catalogKey: null,
        label: item.label,
        answer: item.answer,
        note: item.note,
        automatic: null,
        stage: null,
      })),
  ].map((entry) => ({
    ...entry,
    done: entry.answer === 'done' || (entry.answer === 'auto' && entry.automatic === true),
    applicable: entry.answer !== 'not-applicable',
  }));
  const applicable = entries.filter((entry) => entry.applicable).length;
  const done = entries.filter((entry) => entry.applicable && entry.done).length;
  return {
    entries,
    done,
    applicable,
    percent: applicable === 0 ? null : Math.round((done / applicable) * 100),
  };
}
