import { describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { sourceFromFile } from './source-from-rows';
import { leadingGoals, mapCaps, summarizeStrategyMap } from './summarize-map';

const large = makeRoadmapFile(7, {
  competitors: 30,
  assessors: 4,
  goals: 12,
  channels: 20,
  kpis: 60,
  actualsPerKpi: 20,
  phases: 10,
  touchpoints: 200,
  roles: 6,
  people: 60,
  competencies: 30,
  modules: 12,
  goLive: true,
});

describe('summarizeStrategyMap', () => {
  it('caps every section of a large roadmap and counts the rest', () => {
    const map = summarizeStrategyMap(sourceFromFile(large), '2026-12-31');
    expect(map.goals.items).toHaveLength(mapCaps.goals);
    expect(map.goals.more).toBe(12 - mapCaps.goals);
    expect(map.kpis.items).toHaveLength(mapCaps.kpis);
    expect(map.kpis.more).toBe(60 - mapCaps.kpis);
    expect(map.journey.phases).toHaveLength(mapCaps.phases);
    expect(map.journey.morePhases).toBe(10 - mapCaps.phases);
    expect(map.journey.touchpointCount).toBe(200);
    for (const phase of map.journey.phases) {
      expect(phase.touchpoints.length).toBeLessThanOrEqual(mapCaps.touchpointsPerPhase);
      expect(phase.touchpoints.length + phase.moreTouchpoints).toBe(20);
    }
    expect(map.people.roles).toHaveLength(mapCaps.roles);
    expect(map.people.moreRoles).toBe(6 - mapCaps.roles);
    expect(map.people.modules).toHaveLength(mapCaps.modules);
    expect(map.people.peopleCount).toBe(60);
    const inUse = large.rows.channels.filter((channel) => channel.status === 'in-use').length;
    expect(map.channels.inUse.length + map.channels.moreInUse).toBe(inUse);
  });

  it('gives each goal on the map the room’s dots from the dot-vote, added over the voters', () => {
    const file = makeRoadmapFile(21, { goals: 2, voters: 4 });
    const expected = (goalId: string) =>
      file.rows.goalVotes
        .filter((vote) => vote.optionId === goalId)
        .reduce((total, vote) => total + vote.dots, 0);
    const map = summarizeStrategyMap(sourceFromFile(file), '2026-12-31');
    expect(map.goals.items.map((goal) => goal.dots)).toEqual(
      map.goals.items.map((goal) => expected(goal.id)),
    );
    expect(map.goals.items.reduce((total, goal) => total + goal.dots, 0)).toBe(12);
  });

  it('counts every KPI status, not only the shown cards', () => {
    const map = summarizeStrategyMap(sourceFromFile(large), '2026-12-31');
    const total = Object.values(map.kpis.counts).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(60);
  });

  it('orders planned channels by their first launch date, undated last', () => {
    const map = summarizeStrategyMap(sourceFromFile(large), '2026-12-31');
    const dates = map.channels.planned.map((channel) => channel.firstDate ?? '9999');
    expect(dates).toEqual([...dates].sort());
    expect(map.channels.planned.some((channel) => channel.fullDate !== null)).toBe(true);
  });

  it('reads own scores against the best competitor and the go-live readiness', () => {
    const map = summarizeStrategyMap(sourceFromFile(large), '2026-12-31');
    expect(map.standing.points).toHaveLength(31);
    expect(map.standing.points.filter((point) => point.isOwn)).toHaveLength(1);
    expect(map.standing.summary.digital.best).not.toBeNull();
    expect(map.goLive.date).toBe('2027-09-01');
    expect(map.goLive.applicable).toBeGreaterThanOrEqual(9);
    expect(map.goLive.percent).toBe(Math.round((map.goLive.done / map.goLive.applicable) * 100));
  });

  it('shows an empty roadmap as empty sections with every stage still to do', () => {
    const empty = makeRoadmapFile(3);
    const map = summarizeStrategyMap(sourceFromFile(empty), '2026-12-31');
    expect(map.goals.items).toEqual([]);
    expect(map.kpis.items).toEqual([]);
    expect(map.journey.phases).toEqual([]);
    expect(map.people.percent).toBeNull();
    expect(map.goLive).toMatchObject({ date: null, percent: 0 });
    expect(map.incompleteStages).toEqual([
      'starting-point',
      'goals',
      'channels',
      'kpis',
      'journey',
      'training',
      'go-live',
    ]);
  });
});

describe('leadingGoals', () => {
  it('puts high priority first, then the nearest deadline', () => {
    const [a, b, c] = makeRoadmapFile(1, { goals: 3 }).rows.goals;
    const goals = [
      { ...a!, priority: 'low' as const, deadline: '2026-01-01' },
      { ...b!, priority: 'high' as const, deadline: '2027-06-01' },
      { ...c!, priority: 'high' as const, deadline: '2027-01-01' },
    ];
    expect(leadingGoals(goals).map((goal) => goal.id)).toEqual([c!.id, b!.id, a!.id]);
  });
});
