import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { progressTables, refreshStageProgress } from '../../../core/stage-progress';
import {
  assessorSchema,
  scoreSchema,
  subjectSchema,
  type Assessor,
  type Score,
  type Subject,
  type Theme,
} from '../model/starting-point';

export interface StartingPointData {
  subjects: Subject[];
  assessors: Assessor[];
  scores: Score[];
}

/** Thrown when a subject name is already used in the roadmap (ignoring case). */
export class NameTakenError extends Error {
  constructor(readonly takenName: string) {
    super(`A subject called ${takenName} already exists`);
    this.name = 'NameTakenError';
  }
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

export function getStartingPoint(roadmapId: string): Promise<StartingPointData> {
  return db.transaction('r', [db.subjects, db.assessors, db.scores], async () => {
    // Asked for together: each read is a round trip to the browser's storage process.
    const [subjects, assessors, scores] = await Promise.all([
      db.subjects.where('roadmapId').equals(roadmapId).toArray(),
      db.assessors.where('roadmapId').equals(roadmapId).toArray(),
      db.scores.where('roadmapId').equals(roadmapId).toArray(),
    ]);
    return { subjects: subjects.sort(byPosition), assessors: assessors.sort(byPosition), scores };
  });
}

/** Every starting-point write: one transaction that also refreshes the stage's progress. */
function writeStartingPoint<T>(roadmapId: string, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [...progressTables('starting-point'), db.assessors], async () => {
    const result = await work();
    await refreshStageProgress(roadmapId, 'starting-point');
    return result;
  });
}

async function assertNameFree(roadmapId: string, name: string, exceptId?: string) {
  const key = name.trim().toLocaleLowerCase();
  const clash = await db.subjects
    .where('roadmapId')
    .equals(roadmapId)
    .filter((subject) => subject.id !== exceptId && subject.name.toLocaleLowerCase() === key)
    .first();
  if (clash) throw new NameTakenError(clash.name);
}

export function addCompetitor(roadmapId: string, name: string): Promise<Subject> {
  return writeStartingPoint(roadmapId, async () => {
    await assertNameFree(roadmapId, name);
    const existing = await db.subjects.where('roadmapId').equals(roadmapId).toArray();
    const now = nowIso();
    const subject = subjectSchema.parse({
      id: newId(),
      roadmapId,
      createdAt: now,
      updatedAt: now,
      kind: 'competitor',
      name,
      website: '',
      notes: '',
      evidence: { digital: '', culture: '' },
      offeredChannels: [],
      position: existing.reduce((max, row) => Math.max(max, row.position), 0) + 1,
    });
    await db.subjects.add(subject);
    return subject;
  });
}

export type SubjectChanges = Partial<
  Pick<Subject, 'name' | 'website' | 'notes' | 'offeredChannels'>
> & {
  /** Only the themes given change: two people typing the two themes both keep theirs. */
  evidence?: Partial<Subject['evidence']>;
};

export function updateSubject(
  roadmapId: string,
  subjectId: string,
  changes: SubjectChanges,
): Promise<Subject> {
  return writeStartingPoint(roadmapId, async () => {
    const current = await db.subjects.get(subjectId);
    if (!current) throw new Error(`Subject ${subjectId} does not exist`);
    if (changes.name !== undefined) await assertNameFree(roadmapId, changes.name, subjectId);
    const updated = subjectSchema.parse({
      ...current,
      ...changes,
      evidence: { ...current.evidence, ...changes.evidence },
      updatedAt: nowIso(),
    });
    await db.subjects.put(updated);
    return updated;
  });
}

export interface RemovedSubject {
  subject: Subject;
  scores: Score[];
}

/** Removes a competitor and its scores; the own company cannot be removed. */
export function removeSubject(roadmapId: string, subjectId: string): Promise<RemovedSubject> {
  return writeStartingPoint(roadmapId, async () => {
    const subject = await db.subjects.get(subjectId);
    if (!subject) throw new Error(`Subject ${subjectId} does not exist`);
    if (subject.kind === 'own') throw new Error('The own company cannot be removed');
    const scores = await db.scores.where('subjectId').equals(subjectId).toArray();
    await db.scores.bulkDelete(scores.map((score) => score.id));
    await db.subjects.delete(subjectId);
    return { subject, scores };
  });
}

/** Swaps a competitor with its neighbour; the own company stays first. */
export function moveSubject(roadmapId: string, subjectId: string, step: -1 | 1): Promise<void> {
  return writeStartingPoint(roadmapId, async () => {
    const competitors = (await db.subjects.where('roadmapId').equals(roadmapId).toArray())
      .filter((subject) => subject.kind === 'competitor')
      .sort(byPosition);
    const index = competitors.findIndex((subject) => subject.id === subjectId);
    const other = competitors[index + step];
    const subject = competitors[index];
    if (!subject || !other) return;
    const now = nowIso();
    await db.subjects.update(subject.id, { position: other.position, updatedAt: now });
    await db.subjects.update(other.id, { position: subject.position, updatedAt: now });
  });
}

export function addAssessor(roadmapId: string, name: string): Promise<Assessor> {
  return writeStartingPoint(roadmapId, async () => {
    const existing = await db.assessors.where('roadmapId').equals(roadmapId).toArray();
    const now = nowIso();
    const assessor = assessorSchema.parse({
      id: newId(),
      roadmapId,
      createdAt: now,
      updatedAt: now,
      name,
      position: existing.reduce((max, row) => Math.max(max, row.position + 1), 0),
    });
    await db.assessors.add(assessor);
    return assessor;
  });
}

export function renameAssessor(roadmapId: string, assessorId: string, name: string): Promise<void> {
  return writeStartingPoint(roadmapId, async () => {
    const current = await db.assessors.get(assessorId);
    if (!current) throw new Error(`Assessor ${assessorId} does not exist`);
    await db.assessors.put(assessorSchema.parse({ ...current, name, updatedAt: nowIso() }));
  });
}

export interface RemovedAssessor {
  assessor: Assessor;
  /** How many scores went with them. */
  scoreCount: number;
}

/** Removes an assessor with all their scores (undo puts them all back). */
export function removeAssessor(roadmapId: string, assessorId: string): Promise<RemovedAssessor> {
  return writeStartingPoint(roadmapId, async () => {
    const assessor = await db.assessors.get(assessorId);
    if (!assessor || assessor.roadmapId !== roadmapId) {
      throw new Error(`Assessor ${assessorId} does not exist`);
    }
    const scoreCount = await db.scores.where('assessorId').equals(assessorId).delete();
    await db.assessors.delete(assessorId);
    return { assessor, scoreCount };
  });
}

export interface ScoreChange {
  subjectId: string;
  /** null: the first score of a roadmap without assessors creates the default assessor. */
  assessorId: string | null;
  theme: Theme;
  /** null clears the cell (the score row is deleted, it never becomes zero). */
  value: number | null;
  defaultAssessorName: string;
}

export function setScore(roadmapId: string, change: ScoreChange): Promise<Score | null> {
  return writeStartingPoint(roadmapId, async () => {
    let assessorId = change.assessorId;
    if (assessorId === null) {
      const first = (await db.assessors.where('roadmapId').equals(roadmapId).sortBy('position'))[0];
      assessorId = first?.id ?? (await addAssessor(roadmapId, change.defaultAssessorName)).id;
    }
    const existing = await db.scores
      .where('[assessorId+subjectId+theme]')
      .equals([assessorId, change.subjectId, change.theme])
      .first();
    if (change.value === null) {
      if (existing) await db.scores.delete(existing.id);
      return null;
    }
    const now = nowIso();
    const score = scoreSchema.parse({
      id: existing?.id ?? newId(),
      roadmapId,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      subjectId: change.subjectId,
      assessorId,
      theme: change.theme,
      value: change.value,
    });
    await db.scores.put(score);
    return score;
  });
}

/** One person of a live room with the scores their phone gave (already checked by the room). */
export interface RoomAssessor {
  /** The room's key for the person: the same person kept twice is one assessor. */
  key: string;
  nickname: string;
  scores: { subjectId: string; theme: string; value: number }[];
}

/** A name no other assessor of the roadmap has: "Anna", else "Anna 2", "Anna 3"... */
function freeAssessorName(nickname: string, taken: Set<string>): string {
  const base = nickname.trim().slice(0, 76) || '?';
  let name = base;
  for (let number = 2; taken.has(name.toLocaleLowerCase()); number += 1) name = `${base} ${number}`;
  return name;
}

/**
 * Makes every person of a live room an assessor with their scores, exactly as if typed on the
 * laptop: one write, so one undo step. Keeping the same room again replaces that person's scores
 * instead of adding a second assessor; scores on a subject removed meanwhile are left out.
 */
export function addRoomAssessors(
  roadmapId: string,
  { people }: { code: string; people: RoomAssessor[] },
): Promise<number> {
  return writeStartingPoint(roadmapId, async () => {
    const assessors = await db.assessors.where('roadmapId').equals(roadmapId).toArray();
    const subjects = new Set(
      (await db.subjects.where('roadmapId').equals(roadmapId).primaryKeys()).map(String),
    );
    const taken = new Set(assessors.map((assessor) => assessor.name.toLocaleLowerCase()));
    let position = assessors.reduce((max, row) => Math.max(max, row.position + 1), 0);
    const now = nowIso();
    for (const person of people) {
      const id = `room-${person.key}`;
      const existing = assessors.find((assessor) => assessor.id === id);
      let assessor = existing;
      if (!assessor) {
        const name = freeAssessorName(person.nickname, taken);
        taken.add(name.toLocaleLowerCase());
        assessor = assessorSchema.parse({
          id,
          roadmapId,
          createdAt: now,
          updatedAt: now,
          name,
          position: position++,
        });
        await db.assessors.add(assessor);
      }
      await db.scores.where('assessorId').equals(id).delete();
      const scores = person.scores
        .filter((score) => subjects.has(score.subjectId))
        .map((score) =>
          scoreSchema.parse({
            id: newId(),
            roadmapId,
            createdAt: now,
            updatedAt: now,
            subjectId: score.subjectId,
            assessorId: id,
            theme: score.theme,
            value: score.value,
          }),
        );
      await db.scores.bulkAdd(scores);
    }
    return people.length;
  });
}
