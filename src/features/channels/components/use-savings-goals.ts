import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useNavigate } from 'react-router';
import { useToast } from '../../../components/ui/toasts';
import { isoDay } from '../../../lib/dates';
import { describeStorageError } from '../../../lib/storage-errors';
import { goalQueries, useSetGoalTargets, type GoalTargets } from '../../goals';
import { goalDraft } from '../../goals';
import type { Channel } from '../model/channel';
import type { SavingsResult } from '../model/savings';
import {
  defaultSavingsGoalDeadline,
  savingsGoalChanges,
  savingsGoalTargets,
} from '../model/savings-goals';
import { formatNumber } from '../../../core/numbers';
import type { SavingsGoalsRequest } from './savings-goals-dialog';

/**
 * "Use as goal target": shows what the plan's numbers would do to stage 2's "lower cost per
 * interaction" and "fewer calls" goals (each target before and after, the goals it would create
 * and their deadline) and, once confirmed, updates the roadmap's goal of that kind (other fields
 * kept) or creates one with the catalogue's words and the yearly saving as its benefit.
 */
export function useSavingsGoals(roadmapId: string) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const goals = useQuery(goalQueries.list(roadmapId));
  // Every goal it touches changes in one write: one Undo takes all of it back.
  const setTargets = useSetGoalTargets(roadmapId);
  const [request, setRequest] = useState<(SavingsGoalsRequest & { benefit: string }) | null>(null);

  /** Opens the confirmation, or says why there is nothing to set. */
  const ask = (result: SavingsResult, channels: readonly Channel[]) => {
    const targets = savingsGoalTargets(result, channels);
    if (!targets.lowerCost && !targets.fewerCalls) {
      showToast({ message: t('savings.noGoalChange'), tone: 'error' });
      return;
    }
    const changes = savingsGoalChanges(targets, goals.data ?? []);
    if (changes.length === 0) {
      showToast({ message: t('savings.goalsAlreadySet') });
      return;
    }
    const today = isoDay();
    setRequest({
      changes,
      today,
      deadline: defaultSavingsGoalDeadline(today),
      benefit: t('savings.goalBenefit', {
        saving: formatNumber(result.yearlySaving, i18n.language, 'money'),
      }),
    });
  };

  const confirm = async (deadline: string) => {
    if (!request) return;
    const targets: GoalTargets = { updates: [], creates: [] };
    for (const { catalogKey, goal, baseline, target } of request.changes) {
      if (goal) {
        targets.updates.push({
          goalId: goal.id,
          fields: { baseline, target, direction: 'decrease' },
        });
      } else {
        const texts = {
          title: t(`goalCatalogue.${catalogKey}.title`),
          description: t(`goalCatalogue.${catalogKey}.description`),
          unit: t(`goalCatalogue.${catalogKey}.unit`),
        };
        targets.creates.push({
          ...goalDraft(catalogKey, texts, request.today),
          baseline,
          target,
          deadline,
          benefit: request.benefit,
        });
      }
    }
    let titles: string[];
    try {
      titles = await setTargets.mutateAsync(targets);
    } catch (error) {
      const problem = describeStorageError(error);
      const translate = t as unknown as (key: string, values?: unknown) => string;
      showToast({
        message: `${t('savings.goalFailed')} ${translate(problem.key, problem.values)}`,
        tone: 'error',
      });
      return;
    }
    setRequest(null);
    showToast({
      message: t('savings.goalsSet', { goals: titles.map((title) => `“${title}”`).join(', ') }),
      action: {
        label: t('savings.openGoals'),
        onAction: () => void navigate(`/roadmaps/${encodeURIComponent(roadmapId)}/goals`),
      },
      duration: 10_000,
    });
  };

  return {
    ask,
    request,
    confirm,
    cancel: () => setRequest(null),
    isBusy: setTargets.isPending || goals.isPending,
  };
}
