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
    expect(map.goals.items).toHaveLength(mapCaps.a4.goals);
    expect(map.goals.more).toBe(12 - mapCaps.a4.goals);
    expect(map.kpis.items).toHaveLength(mapCaps.a4.kpis);
    expect(map.kpis.more).toBe(60 - mapCaps.a4.kpis);
    expect(map.journey.phases).toHaveLength(mapCaps.a4.phases);
    expect(map.journey.morePhases).toBe(10 - mapCaps.a4.phases);
    expect(map.journey.touchpointCount).toBe(200);
    for (const phase of map.journey.phases) {
      expect(phase.touchpoints.length).toBeLessThanOrEqual(mapCaps.a4.touchpointsPerPhase);
      expect(phase.touchpoints.length + phase.moreTouchpoints).toBe(20);
    }
    expect(map.people.roles).toHaveLength(mapCaps.a4.roles);
    expect(map.people.moreRoles).toBe(6 - mapCaps.a4.roles);
    expect(map.people.modules).toHaveLength(mapCaps.a4.modules);
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

  it('shows more of every section on A3 than on A4', () => {
    const a4 = summarizeStrategyMap(sourceFromFile(large), '2026-12-31');
    const a3 = summarizeStrategyMap(sourceFromFile(large), '2026-12-31', mapCaps.a3);
    expect(a3.goals.items).toHaveLength(mapCaps.a3.goals);
    expect(a3.goals.more).toBe(12 - mapCaps.a3.goals);
    expect(a3.kpis.items.length).toBeGreaterThan(a4.kpis.items.length);
    expect(a3.journey.phases.length).toBeGreaterThan(a4.journey.phases.length);
    expect(a3.journey.phases[0]?.touchpoints.length).toBeGreaterThan(
      a4.journey.phases[0]?.touchpoints.length ?? 0,
    );
    expect(a3.people.roles).toHaveLength(6);
    expect(a3.people.moreRoles).toBe(0);
    expect(a3.people.modules.length).toBeGreaterThan(a4.people.modules.length);
    // Whatever is shown, the counts still add up to the whole roadmap.
    expect(a3.kpis.items.length + a3.kpis.more).toBe(60);
    expect(a3.channels.planned.length + a3.channels.morePlanned).toBe(
      a4.channels.planned.length + a4.channels.morePlanned,
    );
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
