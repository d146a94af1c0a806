import { describe, expect, it } from 'vitest';
import { enStages, itStages } from '../../../test/stage-catalogs';
import { buildSampleRoadmapFile } from '../../roadmaps/model/sample-roadmap';
import { sampleTextsFrom } from '../../roadmaps/model/sample-texts';
import type { Kpi } from '../../kpis/model/kpi';
import { isJourneyStageComplete, journeyPhaseSchema, touchpointSchema } from './journey';
import { sampleJourneyRows } from './sample-journey';

const textsOf = (catalog: typeof enStages | typeof itStages) =>
  sampleTextsFrom((section) => catalog[section]);

describe('sample journey', () => {
  it.each([
    ['English', enStages],
    ['Italian', itStages],
  ] as const)(
    'is a complete six-phase journey in %s, on the sample’s own channels',
    (_, catalog) => {
      const file = buildSampleRoadmapFile(textsOf(catalog), new Date('2026-11-20T10:00:00Z'));
      const { journeyPhases, touchpoints, channels } = file.rows;
      expect(journeyPhases).toHaveLength(6);
      for (const phase of journeyPhases) journeyPhaseSchema.parse(phase);
      for (const touchpoint of touchpoints) touchpointSchema.parse(touchpoint);
      expect(isJourneyStageComplete(journeyPhases, touchpoints)).toBe(true);
      const channelIds = new Set(channels.map((channel) => channel.id));
      for (const touchpoint of touchpoints)
        if (touchpoint.channelId !== null) expect(channelIds.has(touchpoint.channelId)).toBe(true);
      expect(
        touchpoints.filter((touchpoint) => touchpoint.channelId !== null).length,
      ).toBeGreaterThan(10);
      // The worst moment is at the airport, the fourth phase.
      const worst = Math.min(...journeyPhases.map((phase) => phase.emotion ?? 0));
      expect(journeyPhases[3]?.emotion).toBe(worst);
    },
  );

  it('links touchpoints to the sample’s KPIs by catalogue entry when stage 4 has them', () => {
    const file = buildSampleRoadmapFile(textsOf(enStages));
    const context = {
      row: (id: string) => ({
        id: `sample-${id}`,
        roadmapId: 'sample-roadmap',
        createdAt: file.exportedAt,
        updatedAt: file.exportedAt,
      }),
      today: '2026-11-20',
      workshop: '2026-11-06',
      goals: file.rows.goals,
      channels: file.rows.channels,
    };
    const kpi = { id: 'sample-kpi-csat', catalogKey: 'csat', name: 'CSAT' } as Kpi;
    const { touchpoints } = sampleJourneyRows(context, [kpi], enStages.sampleJourney);
    expect(touchpoints.filter((touchpoint) => touchpoint.kpiId === kpi.id).length).toBe(2);
    const without = sampleJourneyRows(context, [], enStages.sampleJourney);
    expect(without.touchpoints.every((touchpoint) => touchpoint.kpiId === null)).toBe(true);
  });
});
