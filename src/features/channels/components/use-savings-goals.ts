import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useToast } from '../../../components/ui/toasts';
import { isoDay } from '../../../lib/dates';
import { describeStorageError } from '../../../lib/storage-errors';
import { goalQueries, useSetGoalTargets, type GoalTargets } from '../../goals';
import { goalDraft } from '../../goals';
import type { Channel } from '../model/channel';
import type { SavingsResult } from '../model/savings';
import { savingsGoalTargets, type GoalTarget } from '../model/savings-goals';
import { formatNumber } from '../../../core/numbers';

type SavingsGoalKey = 'lower-cost' | 'fewer-calls';

/**
 * "Use as goal target": writes the plan's numbers into stage 2's "lower cost per interaction" and
 * "fewer calls" goals, updating the roadmap's goal of that kind (other fields kept) or creating
 * one with the catalogue's words and the yearly saving as its benefit.
 */
export function useSavingsGoals(roadmapId: string) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const goals = useQuery(goalQueries.list(roadmapId));
  // Every goal it touches changes in one write: one Undo takes all of it back.
  const setTargets = useSetGoalTargets(roadmapId);

  const apply = async (result: SavingsResult, channels: readonly Channel[]) => {
    const targets = savingsGoalTargets(result, channels);
    const work: [SavingsGoalKey, GoalTarget][] = [];
    if (targets.lowerCost) work.push(['lower-cost', targets.lowerCost]);
    if (targets.fewerCalls) work.push(['fewer-calls', targets.fewerCalls]);
    if (work.length === 0) {
      showToast({ message: t('savings.noGoalChange'), tone: 'error' });
      return;
    }
    const benefit = t('savings.goalBenefit', {
      saving: formatNumber(result.yearlySaving, i18n.language, 'money'),
    });
    const changes: GoalTargets = { updates: [], creates: [] };
    for (const [catalogKey, { baseline, target }] of work) {
      const existing = (goals.data ?? []).find((goal) => goal.catalogKey === catalogKey);
      if (existing) {
        changes.updates.push({
          goalId: existing.id,
          fields: { baseline, target, direction: 'decrease' },
        });
      } else {
        const texts = {
          title: t(`goalCatalogue.${catalogKey}.title`),
          description: t(`goalCatalogue.${catalogKey}.description`),
          unit: t(`goalCatalogue.${catalogKey}.unit`),
        };
        changes.creates.push({
          ...goalDraft(catalogKey, texts, isoDay()),
          baseline,
          target,
          benefit,
        });
      }
    }
    let titles: string[];
    try {
      titles = await setTargets.mutateAsync(changes);
    } catch (error) {
      const problem = describeStorageError(error);
      const translate = t as unknown as (key: string, values?: unknown) => string;
      showToast({
        message: `${t('savings.goalFailed')} ${translate(problem.key, problem.values)}`,
        tone: 'error',
      });
      return;
    }
    showToast({
      message: t('savings.goalsSet', { goals: titles.map((title) => `“${title}”`).join(', ') }),
      action: {
        label: t('savings.openGoals'),
        onAction: () => void navigate(`/roadmaps/${encodeURIComponent(roadmapId)}/goals`),
      },
      duration: 10_000,
    });
  };

  return { apply, isBusy: setTargets.isPending || goals.isPending };
}
