import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useToast } from '../../../components/ui/toasts';
import { isoDay } from '../../../lib/dates';
import { describeStorageError } from '../../../lib/storage-errors';
import { goalQueries, useCreateGoal, useUpdateGoal } from '../../goals';
import { goalFieldsObject, type Goal, type GoalFields } from '../../goals';
import { goalDraft } from '../../goals';
import type { Channel } from '../model/channel';
import type { SavingsResult } from '../model/savings';
import { savingsGoalTargets, type GoalTarget } from '../model/savings-goals';
import { formatNumber } from '../../../core/numbers';

type SavingsGoalKey = 'lower-cost' | 'fewer-calls';

const fieldsOf = (goal: Goal): GoalFields =>
  Object.fromEntries(
    Object.keys(goalFieldsObject.shape).map((key) => [key, goal[key as keyof GoalFields]]),
  ) as GoalFields;

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
  const createGoal = useCreateGoal(roadmapId);
  const updateGoal = useUpdateGoal(roadmapId);

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
    const titles: string[] = [];
    try {
      for (const [catalogKey, { baseline, target }] of work) {
        const existing = (goals.data ?? []).find((goal) => goal.catalogKey === catalogKey);
        if (existing) {
          const fields = {
            ...fieldsOf(existing),
            baseline,
            target,
            direction: 'decrease' as const,
          };
          await updateGoal.mutateAsync({ goalId: existing.id, fields });
          titles.push(existing.title);
        } else {
          const texts = {
            title: t(`goalCatalogue.${catalogKey}.title`),
            description: t(`goalCatalogue.${catalogKey}.description`),
            unit: t(`goalCatalogue.${catalogKey}.unit`),
          };
          const fields = { ...goalDraft(catalogKey, texts, isoDay()), baseline, target, benefit };
          await createGoal.mutateAsync(fields);
          titles.push(texts.title);
        }
      }
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

  return { apply, isBusy: createGoal.isPending || updateGoal.isPending || goals.isPending };
}
