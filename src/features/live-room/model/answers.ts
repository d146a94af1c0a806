import { z } from 'zod';

/**
 * What the laptop sets up for a room, written into the room's document for the phones to read:
 * the subjects to score on the two themes, or the options to spread dots over.
 */
export const roomSetupSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('scores'),
    subjects: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(200),
          name: z.string().max(120),
          /** The own company, marked on the phones. */
          own: z.boolean().optional(),
        }),
      )
      .max(50),
    /** What each subject is scored on, 1 to 5, with its name in the room's language. */
    themes: z
      .array(z.strictObject({ id: z.string().min(1).max(40), label: z.string().max(80) }))
      .min(1)
      .max(4),
  }),
  z.strictObject({
    kind: z.literal('dots'),
    options: z
      .array(z.strictObject({ id: z.string().min(1).max(200), label: z.string().max(160) }))
      .max(100),
    budget: z.number().int().min(1).max(10),
  }),
]);
export type RoomSetup = z.infer<typeof roomSetupSchema>;

/** One phone's score of one subject on one theme. */
export interface RoomScore {
  subjectId: string;
  theme: string;
  value: number;
}

/** One phone's dots on one option. */
export interface RoomDots {
  optionId: string;
  dots: number;
}

/** Why an answer from a phone was not taken, to show the facilitator; never the raw value. */
export type RefusedAnswer =
  | { kind: 'unknown-subject' | 'unknown-theme' | 'unknown-option'; key: string }
  | { kind: 'not-a-score'; key: string }
  | { kind: 'not-dots'; key: string }
  | { kind: 'over-budget'; used: number; budget: number }
  | { kind: 'not-answers' };

export interface ParticipantAnswers {
  scores: RoomScore[];
  dots: RoomDots[];
  refused: RefusedAnswer[];
}

/** The key a phone writes a score under: `<subject id>|<theme>`. */
export const scoreKey = (subjectId: string, theme: string) => `${subjectId}|${theme}`;

const scoreValueSchema = z.number().int().min(1).max(5);
const dotCountSchema = z.number().int().min(0).max(10);
/** What a phone's document may hold at most: anything larger is not a phone scoring. */
const maxEntries = 500;

const entriesOf = (value: unknown): [string, unknown][] | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).slice(0, maxEntries)
    : null;

/**
 * Reads one phone's document (its JSON form) against the room's setup. Nothing from a phone is
 * trusted: only whole scores 1-5 on a subject and theme of the room, and whole dots on options of
 * the room within the dots each person has, are taken. A phone that spends more dots than it has
 * gives none: the room's count must add up. Everything else is listed as refused.
 */
export function readParticipantAnswers(raw: unknown, setup: RoomSetup): ParticipantAnswers {
  const answers: ParticipantAnswers = { scores: [], dots: [], refused: [] };
  const document = entriesOf(raw);
  if (document === null) {
    answers.refused.push({ kind: 'not-answers' });
    return answers;
  }
  const fields = Object.fromEntries(document);
  if (setup.kind === 'scores') {
    const subjects = new Set(setup.subjects.map((subject) => subject.id));
    const themes = new Set(setup.themes.map((theme) => theme.id));
    for (const [key, value] of entriesOf(fields.scores) ?? []) {
      const separator = key.lastIndexOf('|');
      const subjectId = key.slice(0, separator);
      const theme = key.slice(separator + 1);
      if (separator < 0 || !subjects.has(subjectId)) {
        answers.refused.push({ kind: 'unknown-subject', key: key.slice(0, 80) });
      } else if (!themes.has(theme)) {
        answers.refused.push({ kind: 'unknown-theme', key: key.slice(0, 80) });
      } else if (value === null) {
        // A score taken back on the phone.
      } else if (!scoreValueSchema.safeParse(value).success) {
        answers.refused.push({ kind: 'not-a-score', key: key.slice(0, 80) });
      } else {
        answers.scores.push({ subjectId, theme, value: value as number });
      }
    }
    return answers;
  }
  const options = new Set(setup.options.map((option) => option.id));
  const dots: RoomDots[] = [];
  for (const [optionId, value] of entriesOf(fields.dots) ?? []) {
    if (!options.has(optionId)) {
      answers.refused.push({ kind: 'unknown-option', key: optionId.slice(0, 80) });
    } else if (!dotCountSchema.safeParse(value).success) {
      answers.refused.push({ kind: 'not-dots', key: optionId.slice(0, 80) });
    } else if ((value as number) > 0) {
      dots.push({ optionId, dots: value as number });
    }
  }
  const used = dots.reduce((total, entry) => total + entry.dots, 0);
  if (used > setup.budget)
    answers.refused.push({ kind: 'over-budget', used, budget: setup.budget });
  else answers.dots = dots;
  return answers;
}
