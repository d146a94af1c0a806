import type { Channel } from '../features/channels/model/channel';

const stamp = '2026-01-01T00:00:00.000Z';

/** A phone channel in use with no figures, for unit tests to override what they look at. */
export function makeChannel(id: string, overrides: Partial<Channel> = {}): Channel {
  return {
    id,
    roadmapId: 'r',
    createdAt: stamp,
    updatedAt: stamp,
    catalogKey: 'phone',
    name: '',
    interaction: 'one-to-one',
    humanTouch: true,
    status: 'in-use',
    rejectionReason: '',
    monthlyContacts: null,
    costPerContact: null,
    responseTimeHours: null,
    satisfaction: null,
    performance: null,
    position: 0,
    ...overrides,
  };
}
