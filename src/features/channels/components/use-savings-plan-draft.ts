import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveTo } from '../../../core/kit/use-autosave-write';
import { saveSavingsPlanWrite } from '../api/channels-queries';
import type { SavingsPlan } from '../model/channel';
import {
  defaultFailureRate,
  defaultFailureShare,
  planDraftFrom,
  readPlanDraft,
  type PlanDraft,
  type PlanValues,
} from '../model/savings-plan-draft';

/**
 * The savings plan as being typed, saved a moment after each valid change. The last valid plan
 * drives the results, so they follow the typing without waiting for the save.
 */
export function useSavingsPlanDraft(
  roadmapId: string,
  stored: SavingsPlan | null,
  channelName: (channelId: string) => string,
) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftFrom(stored, language));
  const [lastValid, setLastValid] = useState<PlanValues>(
    () =>
      readPlanDraft(planDraftFrom(stored, language), channelName, language).plan ??
      planDraftValues(stored),
  );
  const { state, schedule, flush, isBusy } = useAutosaveTo(
    saveTarget(saveSavingsPlanWrite, roadmapId, `savings:${roadmapId}`, (plan: PlanValues) => plan),
  );
  const latest = useRef({ stored, draft, channelName, language });
  useEffect(() => {
    latest.current = { stored, draft, channelName, language };
  });
  // A stored plan from elsewhere (another tab, an undo) replaces the typed one, unless an edit is
  // on its way, the user is fixing an invalid value, or it is what was typed anyway.
  useEffect(() => {
    if (isBusy()) return;
    const { draft: typed, channelName: nameOf, language: shownIn } = latest.current;
    const current = readPlanDraft(typed, nameOf, shownIn).plan;
    const incoming = planDraftValues(latest.current.stored);
    if (current === null || JSON.stringify(current) === JSON.stringify(incoming)) return;
    setDraft(planDraftFrom(latest.current.stored, shownIn));
    setLastValid(incoming);
  }, [stored?.updatedAt, isBusy]);

  const { errors } = useMemo(
    () => readPlanDraft(draft, channelName, language),
    [draft, channelName, language],
  );
  const change = (next: PlanDraft) => {
    setDraft(next);
    const { plan } = readPlanDraft(next, channelName, language);
    if (plan) {
      setLastValid(plan);
      schedule(plan);
    }
  };
  return { draft, errors, plan: lastValid, change, state, flush };
}

function planDraftValues(stored: SavingsPlan | null): PlanValues {
  return {
    shifts: stored?.shifts ?? [],
    failureRatePercent: stored?.failureRatePercent ?? defaultFailureRate,
    failureSharePercent: stored?.failureSharePercent ?? defaultFailureShare,
  };
}
