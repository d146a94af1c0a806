import { deviceKeys, type JourneyPhase, type Touchpoint } from './journey';

/** One channel × device pair: how many touchpoints use it, and in which phases (map order). */
export interface MatrixCell {
  count: number;
  phaseIds: string[];
}

export interface MatrixRow {
  /** A stage-3 channel, or null for touchpoints not tied to a channel. */
  channelId: string | null;
  total: number;
  cells: Record<string, MatrixCell | undefined>;
}

export interface ChannelDeviceMatrix {
  /** Devices that appear in at least one touchpoint: the built-in ones first, then typed ones. */
  devices: string[];
  rows: MatrixRow[];
  /** The largest cell count, to scale the shading. */
  maxCount: number;
}

/**
 * Where each channel is used across the journey, by device. Every channel of the roadmap gets a
 * row (an empty one says "planned but nowhere on the journey"), in the channels' own order; a row
 * for touchpoints without a channel comes last, only when there are some.
 */
export function channelDeviceMatrix(
  channels: readonly { id: string }[],
  phases: readonly Pick<JourneyPhase, 'id' | 'position'>[],
  touchpoints: readonly Pick<Touchpoint, 'channelId' | 'device' | 'phaseId'>[],
): ChannelDeviceMatrix {
  const phaseOrder = new Map(
    [...phases].sort((a, b) => a.position - b.position).map((phase, index) => [phase.id, index]),
  );
  const known = new Set(channels.map((channel) => channel.id));
  const rows = new Map<string | null, MatrixRow>(
    channels.map((channel) => [channel.id, { channelId: channel.id, total: 0, cells: {} }]),
  );
  const used = new Set<string>();
  for (const touchpoint of touchpoints) {
    if (!phaseOrder.has(touchpoint.phaseId)) continue;
    const channelId =
      touchpoint.channelId !== null && known.has(touchpoint.channelId)
        ? touchpoint.channelId
        : null;
    let row = rows.get(channelId);
    if (!row) {
      row = { channelId, total: 0, cells: {} };
      rows.set(channelId, row);
    }
    const cell = (row.cells[touchpoint.device] ??= { count: 0, phaseIds: [] });
    cell.count += 1;
    if (!cell.phaseIds.includes(touchpoint.phaseId)) cell.phaseIds.push(touchpoint.phaseId);
    row.total += 1;
    used.add(touchpoint.device);
  }
  let maxCount = 0;
  for (const row of rows.values())
    for (const cell of Object.values(row.cells)) {
      if (!cell) continue;
      cell.phaseIds.sort((a, b) => phaseOrder.get(a)! - phaseOrder.get(b)!);
      maxCount = Math.max(maxCount, cell.count);
    }
  const builtIn = deviceKeys.filter((key) => used.has(key));
  const typed = [...used]
    .filter((device) => !(deviceKeys as readonly string[]).includes(device))
    .sort((a, b) => a.localeCompare(b));
  const ordered = [...rows.values()].sort(
    (a, b) => Number(a.channelId === null) - Number(b.channelId === null),
  );
  return { devices: [...builtIn, ...typed], rows: ordered, maxCount };
}
