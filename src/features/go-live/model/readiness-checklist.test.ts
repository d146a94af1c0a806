import { describe, expect, it } from 'vitest';
import type { ReadinessItem } from './go-live';
import { readinessChecklist, type ChecklistEvidence } from './readiness-checklist';

const evidence: ChecklistEvidence = {
  goals: [
    { id: 'g1', benefit: 'Agents free for complex cases' },
    { id: 'g2', benefit: '' },
  ],
  kpis: [{ id: 'k1', goalIds: ['g1', 'g2'], baseline: 40 }],
  kpisWithValues: new Set(['k1']),
  channels: [
    { id: 'phone', status: 'in-use', humanTouch: true },
    { id: 'chat', status: 'planned', humanTouch: true },
  ],
  rollouts: [{ channelId: 'chat', fullDate: null }],
  trainingPercent: 80,
};

const item = (fields: Partial<ReadinessItem>): ReadinessItem => ({
  id: 'i1',
  roadmapId: 'r1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  catalogKey: null,
  label: '',
  answer: 'auto',
  note: '',
  position: 0,
  ...fields,
});

describe('the readiness checklist', () => {
  it('answers what the earlier stages can tell and leaves the rest open', () => {
    const checklist = readinessChecklist([], evidence);
    const automatic = Object.fromEntries(
      checklist.entries.map((entry) => [entry.catalogKey, entry.automatic]),
    );
    expect(automatic).toEqual({
      'goals-benefits': false,
      'kpi-baselines': true,
      monitoring: true,
      'channels-configured': false,
      'human-contact': true,
      'knowledge-content': null,
      'team-trained': false,
      'tone-of-voice': null,
      'escalation-rules': null,
    });
    expect(checklist.done).toBe(3);
    expect(checklist.applicable).toBe(9);
    expect(checklist.percent).toBe(33);
  });

  it('lets the team’s answer win, drops what does not apply, and adds their own items', () => {
    const checklist = readinessChecklist(
      [
        item({ id: 'a', catalogKey: 'goals-benefits', answer: 'done' }),
        item({ id: 'b', catalogKey: 'monitoring', answer: 'open' }),
        item({ id: 'c', catalogKey: 'escalation-rules', answer: 'not-applicable' }),
        item({ id: 'd', label: 'Press release', answer: 'done', position: 1 }),
      ],
      evidence,
    );
    expect(checklist.entries.at(-1)).toMatchObject({ label: 'Press release', done: true });
    // goals (team), kpi baselines and human contact (automatic), press release (team).
    expect(checklist.done).toBe(4);
    expect(checklist.applicable).toBe(9);
    expect(checklist.percent).toBe(44);
  });
});
