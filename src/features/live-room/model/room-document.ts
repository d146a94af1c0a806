import type * as Y from 'yjs';
import { z } from 'zod';
import { roomSetupSchema, type RoomSetup } from './answers';

/**
 * The shape of a room's Yjs documents, shared by the laptop and the phones.
 *
 * `room.<CODE>` (the laptop writes, phones read) holds one map, `room`:
 * - `setup`: what is scored or voted on (`RoomSetup`, as JSON);
 * - `phase`: `open` (scoring), `revealed` (results on the screen), `closed` (over);
 * - `title`: what the room is asked, in the laptop's language;
 * - `removed`: the participants the facilitator took out, so their phones say so at once.
 *
 * `room.<CODE>.p.<participant>` (that phone writes, the laptop reads) holds one map, `answers`,
 * with a `scores` map (`<subject id>|<theme>` → 1-5, or null when taken back), a `dots` map
 * (option id → dots) and `done` (the person says they have finished).
 */
export const roomPhases = ['open', 'revealed', 'closed'] as const;
export type RoomPhase = (typeof roomPhases)[number];

export const roomDocumentName = (code: string) => `room.${code}`;
export const participantDocumentName = (code: string, participant: string) =>
  `room.${code}.p.${participant}`;

export interface RoomState {
  setup: RoomSetup | null;
  phase: RoomPhase;
  title: string;
  removed: string[];
}

const phaseSchema = z.enum(roomPhases);
const titleSchema = z.string().max(200);
const removedSchema = z.array(z.string().max(40)).max(100);

/** What a phone reads of the room: validated, since the document came over the network. */
export function readRoomState(doc: Y.Doc): RoomState {
  const room = doc.getMap('room');
  const setup = roomSetupSchema.safeParse(room.get('setup'));
  const phase = phaseSchema.safeParse(room.get('phase'));
  const title = titleSchema.safeParse(room.get('title'));
  const removed = removedSchema.safeParse(room.get('removed'));
  return {
    setup: setup.success ? setup.data : null,
    phase: phase.success ? phase.data : 'open',
    title: title.success ? title.data : '',
    removed: removed.success ? removed.data : [],
  };
}

/** The laptop's writes to the room's document, in one transaction. */
export function writeRoomState(doc: Y.Doc, changes: Partial<RoomState>): void {
  const room = doc.getMap('room');
  doc.transact(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) room.set(key, value);
    }
  });
}

/** A phone's field for a score (`score:<subject id>|<theme>`) or for the dots on an option. */
export const scoreField = (key: string) => `score:${key}`;
export const dotsField = (optionId: string) => `dots:${optionId}`;
const doneField = 'done';
const maxFields = 600;

/**
 * A phone's answers are flat fields of one map, so two tabs of the same phone, offline, merge
 * field by field instead of one replacing the other's nested map.
 */
export const answersMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('answers');

export function setDone(doc: Y.Doc, done: boolean): void {
  answersMap(doc).set(doneField, done);
}

/** Whether a phone said it has finished. */
export const isDone = (doc: Y.Doc) => answersMap(doc).get(doneField) === true;

/** A phone's document as `readParticipantAnswers` reads it: `{ scores: {...}, dots: {...} }`. */
export function answersOf(doc: Y.Doc): {
  scores: Record<string, unknown>;
  dots: Record<string, unknown>;
} {
  const scores: Record<string, unknown> = {};
  const dots: Record<string, unknown> = {};
  let read = 0;
  for (const [field, value] of answersMap(doc).entries()) {
    // A phone that wrote thousands of fields is not scoring: the rest is never read.
    if ((read += 1) > maxFields) break;
    if (field.startsWith('score:')) scores[field.slice('score:'.length)] = value;
    else if (field.startsWith('dots:')) dots[field.slice('dots:'.length)] = value;
  }
  return { scores, dots };
}

/** Room codes use 31 characters (no 0/O, 1/I/L); the server makes them, the phone checks them. */
export const roomCodePattern = /^[A-HJKMNP-Z2-9]{5}$/;

/** A code as a person typed it: spaces and dashes dropped, upper case. */
export const typedRoomCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');
