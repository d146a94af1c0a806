import { z } from 'zod';
import { idSchema } from '../../../lib/schema-primitives';
import {
  channelMatcher,
  guessReasonsColumn,
  normaliseName,
  suggestListMapping,
  type AnswerTarget,
  type ChannelNames,
  type CsvTable,
  type SurveyCsvMapping,
} from './survey-csv';

/**
 * The last mapping a user confirmed for a roadmap, by names rather than positions, so that the
 * next export of the same survey (columns moved, new answers) starts from it.
 */
const rememberedAnswerSchema = z.union([
  z.literal('ignored'),
  z.strictObject({ channelId: idSchema }),
]);

export const rememberedMappingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('list'),
    /** The header of the column listing the channels. */
    column: z.string(),
    /** Normalised answer -> its channel, or ignored. */
    answers: z.record(z.string(), rememberedAnswerSchema),
    reasonsColumn: z.string().nullable(),
  }),
  z.strictObject({
    kind: z.literal('columns'),
    /** Normalised header -> the channel its yes/no column stands for. */
    columns: z.record(z.string(), idSchema),
    reasonsColumn: z.string().nullable(),
  }),
]);
export type RememberedMapping = z.infer<typeof rememberedMappingSchema>;

const headerAt = (table: CsvTable, index: number | null) =>
  index === null ? null : normaliseName(table.header[index] ?? '');

/** What to remember of a confirmed mapping: decided answers and used columns, by name. */
export function rememberMapping(table: CsvTable, mapping: SurveyCsvMapping): RememberedMapping {
  const reasonsColumn = headerAt(table, mapping.reasonsColumn);
  if (mapping.kind === 'list') {
    const answers: Record<string, 'ignored' | { channelId: string }> = {};
    for (const [value, target] of Object.entries(mapping.values))
      if (target) answers[value] = target;
    return { kind: 'list', column: headerAt(table, mapping.column) ?? '', answers, reasonsColumn };
  }
  const columns: Record<string, string> = {};
  mapping.columns.forEach((id, index) => {
    if (id && index !== mapping.reasonsColumn) columns[headerAt(table, index) ?? ''] = id;
  });
  return { kind: 'columns', columns, reasonsColumn };
}

/** Reads a stored value back; anything damaged or from another shape is no memory at all. */
export function readRememberedMapping(raw: string | null): RememberedMapping | null {
  if (raw === null) return null;
  try {
    const parsed = rememberedMappingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A new file's mapping from the remembered one: its columns found by header, its answers and
 * columns preselected where their channel still exists, the rest suggested by name. Null when
 * the file lacks the remembered columns (another survey), so the plain suggestion applies.
 */
export function applyRememberedMapping(
  table: CsvTable,
  channels: readonly ChannelNames[],
  remembered: RememberedMapping | null,
): SurveyCsvMapping | null {
  if (!remembered) return null;
  const exists = new Set(channels.map((channel) => channel.id));
  const indexOf = (name: string) =>
    table.header.findIndex((header) => normaliseName(header) === name);
  const reasonsColumn =
    remembered.reasonsColumn === null
      ? null
      : indexOf(remembered.reasonsColumn) >= 0
        ? indexOf(remembered.reasonsColumn)
        : guessReasonsColumn(table);
  if (remembered.kind === 'list') {
    const column = indexOf(remembered.column);
    if (column < 0) return null;
    const suggested = suggestListMapping(table, channels, column, reasonsColumn);
    if (suggested.kind !== 'list') return null;
    const values: Record<string, AnswerTarget> = {};
    for (const [value, target] of Object.entries(suggested.values)) {
      const known = remembered.answers[value];
      values[value] =
        known === 'ignored' || (known && exists.has(known.channelId)) ? known : target;
    }
    return { ...suggested, values };
  }
  const match = channelMatcher(channels);
  let found = false;
  const columns = table.header.map((header, index) => {
    if (index === reasonsColumn) return null;
    const id = remembered.columns[normaliseName(header)];
    if (id && exists.has(id)) {
      found = true;
      return id;
    }
    return match(header);
  });
  return found ? { kind: 'columns', columns, reasonsColumn } : null;
}
