import { db } from '../../../db/database';
import type { ChannelKey } from '../../../lib/channel-catalogue';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress } from '../../../core/stage-progress';
import {
  journeyPhaseSchema,
  touchpointFieldsSchema,
  touchpointSchema,
  type JourneyPhase,
  type Touchpoint,
  type TouchpointFields,
} from '../model/journey';
import { changedRows, movePhase, moveTouchpoint, renumber } from '../model/reorder';

/** A stage-3 channel as the journey shows it: the name comes from the catalogue or the user. */
export interface JourneyChannel {
  id: string;
  catalogKey: ChannelKey | null;
  name: string;
}

export interface JourneyData {
  /** In map order (position). */
  phases: JourneyPhase[];
  /** Ordered by phase, then by position within the phase. */
  touchpoints: Touchpoint[];
  /** Pickers: the roadmap's channels (stage 3) and KPIs (stage 4), in their own order. */
  channels: JourneyChannel[];
  kpis: { id: string; name: string }[];
}

const phasesOf = (roadmapId: string) =>
  db.journeyPhases.where('roadmapId').equals(roadmapId).sortBy('position');

/** Everything stage 5 shows, read in one transaction so the map never mixes two moments. */
export function getJourneyData(roadmapId: string): Promise<JourneyData> {
  return db.transaction('r', [db.journeyPhases, db.touchpoints, db.channels, db.kpis], async () => {
    // Asked for together: each read is a round trip to the browser's storage process.
    const [phases, unorderedTouchpoints, channels, kpis] = await Promise.all([
      phasesOf(roadmapId),
      db.touchpoints.where('roadmapId').equals(roadmapId).toArray(),
      db.channels.where('roadmapId').equals(roadmapId).sortBy('position'),
      db.kpis.where('roadmapId').equals(roadmapId).sortBy('position'),
    ]);
    const order = new Map(phases.map((phase, index) => [phase.id, index]));
    const touchpoints = unorderedTouchpoints.sort(
      (a, b) =>
        (order.get(a.phaseId) ?? 0) - (order.get(b.phaseId) ?? 0) || a.position - b.position,
    );
    return {
      phases,
      touchpoints,
      channels: channels.map(({ id, catalogKey, name }) => ({ id, catalogKey, name })),
      kpis: kpis.map(({ id, name }) => ({ id, name })),
    };
  });
}

/**
 * Every stage-5 write: one transaction that also recomputes the stage's status, so a failed write
 * leaves neither half-moved cards nor a status the rows do not back. Channels and KPIs are read to
 * check the references a touchpoint makes.
 */
function writeJourney<T>(roadmapId: string, work: () => Promise<T>): Promise<T> {
  const tables = [...progressTables('journey'), db.channels, db.kpis];
  return db.transaction('rw', tables, async () => {
    const result = await work();
    await refreshStageProgress(roadmapId, 'journey');
    return result;
  });
}

const rowStamp = (roadmapId: string) => {
  const now = nowIso();
  return { id: newId(), roadmapId, createdAt: now, updatedAt: now };
};

async function existingPhase(roadmapId: string, phaseId: string): Promise<JourneyPhase> {
  const phase = await db.journeyPhases.get(phaseId);
  if (!phase || phase.roadmapId !== roadmapId) throw new Error(`Phase ${phaseId} does not exist`);
  return phase;
}

async function existingTouchpoint(roadmapId: string, touchpointId: string): Promise<Touchpoint> {
  const touchpoint = await db.touchpoints.get(touchpointId);
  if (!touchpoint || touchpoint.roadmapId !== roadmapId)
    throw new Error(`Touchpoint ${touchpointId} does not exist`);
  return touchpoint;
}

/** A touchpoint may only name this roadmap's own channels and KPIs. */
async function checkReferences(roadmapId: string, fields: TouchpointFields): Promise<void> {
  if (fields.channelId !== null) {
    const channel = await db.channels.get(fields.channelId);
    if (channel?.roadmapId !== roadmapId)
      throw new Error(`Channel ${fields.channelId} is not in this roadmap`);
  }
  if (fields.kpiId !== null) {
    const kpi = await db.kpis.get(fields.kpiId);
    if (kpi?.roadmapId !== roadmapId) throw new Error(`KPI ${fields.kpiId} is not in this roadmap`);
  }
}

const emptyLanes = { doing: '', expecting: '', painPoints: '', opportunities: '' };

/** Adds a phase at the end of the map. */
export function addPhase(roadmapId: string, name: string): Promise<JourneyPhase> {
  return writeJourney(roadmapId, async () => {
    const phases = await phasesOf(roadmapId);
    const phase = journeyPhaseSchema.parse({
      ...rowStamp(roadmapId),
      name,
      position: phases.length,
      lanes: emptyLanes,
      emotion: null,
      emotionNote: '',
    });
    await db.journeyPhases.add(phase);
    return phase;
  });
}

/**
 * Creates a template's phases on an empty journey, all or nothing. A journey that already has
 * phases is refused: a template must never be mixed into the team's own map by a double click.
 */
export function applyTemplate(
  roadmapId: string,
  names: readonly string[],
): Promise<JourneyPhase[]> {
  return writeJourney(roadmapId, async () => {
    if ((await db.journeyPhases.where('roadmapId').equals(roadmapId).count()) > 0)
      throw new Error('The journey already has phases');
    const phases = names.map((name, position) =>
      journeyPhaseSchema.parse({
        ...rowStamp(roadmapId),
        name,
        position,
        lanes: emptyLanes,
        emotion: null,
        emotionNote: '',
      }),
    );
    await db.journeyPhases.bulkAdd(phases);
    return phases;
  });
}

export interface PhaseChanges {
  name?: string;
  lanes?: Partial<JourneyPhase['lanes']>;
  emotion?: number | null;
  emotionNote?: string;
}

/** Renames a phase, edits one of its lane texts or its emotion; invalid values write nothing. */
export function updatePhase(
  roadmapId: string,
  phaseId: string,
  changes: PhaseChanges,
): Promise<JourneyPhase> {
  return writeJourney(roadmapId, async () => {
    const current = await existingPhase(roadmapId, phaseId);
    const updated = journeyPhaseSchema.parse({
      ...current,
      ...changes,
      lanes: { ...current.lanes, ...changes.lanes },
      updatedAt: nowIso(),
    });
    await db.journeyPhases.put(updated);
    return updated;
  });
}

/** Moves a phase (with its column) to `toIndex`; the phases are renumbered 0, 1, 2... */
export function reorderPhase(roadmapId: string, phaseId: string, toIndex: number): Promise<void> {
  return writeJourney(roadmapId, async () => {
    await existingPhase(roadmapId, phaseId);
    const before = await phasesOf(roadmapId);
    const now = nowIso();
    const changed = changedRows(before, movePhase(before, phaseId, toIndex));
    await db.journeyPhases.bulkPut(changed.map((phase) => ({ ...phase, updatedAt: now })));
  });
}

/** A deleted phase with its touchpoints. */
export interface RemovedPhase {
  phase: JourneyPhase;
  touchpoints: Touchpoint[];
}

/** Deletes a phase and every touchpoint in it; the other phases close the gap. */
export function deletePhase(roadmapId: string, phaseId: string): Promise<RemovedPhase> {
  return writeJourney(roadmapId, async () => {
    const phase = await existingPhase(roadmapId, phaseId);
    const touchpoints = await db.touchpoints.where('phaseId').equals(phaseId).toArray();
    await db.touchpoints.bulkDelete(touchpoints.map((touchpoint) => touchpoint.id));
    await db.journeyPhases.delete(phaseId);
    const rest = await phasesOf(roadmapId);
    await db.journeyPhases.bulkPut(changedRows(rest, renumber(rest)));
    return { phase, touchpoints };
  });
}

/** Adds a touchpoint at the end of a phase. Its channel and KPI must be this roadmap's. */
export function addTouchpoint(
  roadmapId: string,
  phaseId: string,
  fields: TouchpointFields,
): Promise<Touchpoint> {
  return writeJourney(roadmapId, async () => {
    await existingPhase(roadmapId, phaseId);
    await checkReferences(roadmapId, fields);
    const count = await db.touchpoints.where('phaseId').equals(phaseId).count();
    const touchpoint = touchpointSchema.parse({
      ...rowStamp(roadmapId),
      ...fields,
      phaseId,
      position: count,
    });
    await db.touchpoints.add(touchpoint);
    return touchpoint;
  });
}

/**
 * Changes the given fields of a touchpoint (the others stay as stored, whoever changed them
 * last); its phase and place stay. The whole touchpoint is validated before it is written.
 */
export function updateTouchpoint(
  roadmapId: string,
  touchpointId: string,
  fields: Partial<TouchpointFields>,
): Promise<Touchpoint> {
  return writeJourney(roadmapId, async () => {
    const current = await existingTouchpoint(roadmapId, touchpointId);
    const merged = { ...current, ...touchpointFieldsSchema.partial().parse(fields) };
    await checkReferences(roadmapId, merged);
    const updated = touchpointSchema.parse({ ...merged, updatedAt: nowIso() });
    await db.touchpoints.put(updated);
    return updated;
  });
}

/**
 * Moves a touchpoint to `toIndex` in `toPhaseId` (the same phase or another). Both phases are
 * renumbered densely, in the same transaction.
 */
export function reorderTouchpoint(
  roadmapId: string,
  touchpointId: string,
  toPhaseId: string,
  toIndex: number,
): Promise<void> {
  return writeJourney(roadmapId, async () => {
    const touchpoint = await existingTouchpoint(roadmapId, touchpointId);
    await existingPhase(roadmapId, toPhaseId);
    const phaseIds = [touchpoint.phaseId, toPhaseId];
    const before = await db.touchpoints.where('phaseId').anyOf(phaseIds).toArray();
    const after = moveTouchpoint(before, touchpointId, toPhaseId, toIndex);
    const now = nowIso();
    await db.touchpoints.bulkPut(
      changedRows(before, after).map((row) => ({ ...row, updatedAt: now })),
    );
  });
}

/** Deletes a touchpoint; the ones below it move up. Returns what was deleted. */
export function deleteTouchpoint(roadmapId: string, touchpointId: string): Promise<Touchpoint> {
  return writeJourney(roadmapId, async () => {
    const touchpoint = await existingTouchpoint(roadmapId, touchpointId);
    await db.touchpoints.delete(touchpointId);
    const rest = (await db.touchpoints.where('phaseId').equals(touchpoint.phaseId).toArray()).sort(
      (a, b) => a.position - b.position,
    );
    await db.touchpoints.bulkPut(changedRows(rest, renumber(rest)));
    return touchpoint;
  });
}
