import { describe, expect, it } from 'vitest';
import { enStages, itStages } from '../../../test/stage-catalogs';
import { buildSampleRoadmapFile } from '../../roadmaps/model/sample-roadmap';
import { sampleTextsFrom } from '../../roadmaps/model/sample-texts';
import { isKpisStageComplete } from './kpi';
import { kpiStatus } from './kpi-status';

const texts = (catalog: typeof enStages | typeof itStages) =>
  sampleTextsFrom((section) => catalog[section]);

describe('the sample KPIs', () => {
  it.each(['2026-01-01', '2026-03-31', '2026-11-22', '2027-02-28'])(
    'tell the same story whatever the day (%s): five on track, one at risk, one off, one overdue',
    (day) => {
      const now = new Date(`${day}T12:00:00Z`);
      const file = buildSampleRoadmapFile(texts(enStages), now);
      const { kpis, measurements } = file.rows;
      expect(kpis).toHaveLength(8);
      expect(measurements).toHaveLength(96);
      const statuses = kpis.map((kpi) => {
        const values = measurements.filter((row) => row.kpiId === kpi.id);
        const latest = values.reduce((a, b) => (a.date > b.date ? a : b));
        return kpiStatus(kpi, latest, day).status;
      });
      expect(statuses).toEqual([
        'on-track',
        'at-risk',
        'on-track',
        'off-track',
        'on-track',
        'on-track',
        'overdue',
        'on-track',
      ]);
      expect(isKpisStageComplete(file.rows.goals, kpis)).toBe(true);
      // The latest value of a current KPI is from last month.
      expect(measurements.every((row) => row.date < day)).toBe(true);
    },
  );

  it('exists in Italian with the same numbers', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const en = buildSampleRoadmapFile(texts(enStages), now).rows;
    const it = buildSampleRoadmapFile(texts(itStages), now).rows;
    expect(it.kpis.map((kpi) => kpi.name)).toContain('Chiamate al call center');
    expect(it.measurements.map((row) => row.value)).toEqual(
      en.measurements.map((row) => row.value),
    );
  });
});
