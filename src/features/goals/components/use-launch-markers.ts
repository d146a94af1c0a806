import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { goLiveQueries } from '../../go-live';
import type { TimelineMarker } from '../model/timeline';

/**
 * The pilot and go-live dates of stage 7 as timeline markers, so the goals are seen against the
 * launch. Reads only the plan's one row through stage 7's public query.
 */
export function useLaunchMarkers(roadmapId: string): TimelineMarker[] {
  const { t } = useTranslation();
  const { data: plan } = useQuery(goLiveQueries.plan(roadmapId));
  const pilotDate = plan?.pilotDate;
  const goLiveDate = plan?.goLiveDate;
  return useMemo(
    () => [
      ...(pilotDate ? [{ date: pilotDate, label: t('goLive.markers.pilot') }] : []),
      ...(goLiveDate ? [{ date: goLiveDate, label: t('goLive.markers.goLive') }] : []),
    ],
    [pilotDate, goLiveDate, t],
  );
}
