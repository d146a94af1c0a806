import { describe, expect, it } from 'vitest';
import { channelDeviceMatrix } from './channel-device-matrix';

const phases = [
  { id: 'p2', position: 1 },
  { id: 'p1', position: 0 },
  { id: 'p3', position: 2 },
];
const tp = (channelId: string | null, device: string, phaseId: string) => ({
  channelId,
  device,
  phaseId,
});

describe('channelDeviceMatrix', () => {
  it('counts touchpoints per channel and device, naming the phases in map order', () => {
    const matrix = channelDeviceMatrix([{ id: 'phone' }, { id: 'chat' }, { id: 'sms' }], phases, [
      tp('phone', 'phone', 'p3'),
      tp('phone', 'phone', 'p1'),
      tp('phone', 'phone', 'p1'),
      tp('chat', 'pc', 'p2'),
      tp('chat', 'Airport kiosk', 'p2'),
      tp(null, 'in-person', 'p3'),
      tp('gone', 'tablet', 'p1'),
    ]);
    expect(matrix.devices).toEqual(['tablet', 'pc', 'phone', 'in-person', 'Airport kiosk']);
    expect(matrix.rows.map((row) => [row.channelId, row.total])).toEqual([
      ['phone', 3],
      ['chat', 2],
      ['sms', 0],
      [null, 2],
    ]);
    expect(matrix.rows[0]?.cells.phone).toEqual({ count: 3, phaseIds: ['p1', 'p3'] });
    // A channel removed meanwhile counts as "no channel".
    expect(matrix.rows[3]?.cells.tablet).toEqual({ count: 1, phaseIds: ['p1'] });
    expect(matrix.maxCount).toBe(3);
  });

  it('has a row per channel and no devices when there are no touchpoints', () => {
    const matrix = channelDeviceMatrix([{ id: 'phone' }], phases, []);
    expect(matrix.devices).toEqual([]);
    expect(matrix.rows).toEqual([{ channelId: 'phone', total: 0, cells: {} }]);
    expect(matrix.maxCount).toBe(0);
  });
});
