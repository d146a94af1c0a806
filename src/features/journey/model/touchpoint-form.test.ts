import { describe, expect, it } from 'vitest';
import { deviceKeys } from './journey';
import {
  deviceOptions,
  otherDevice,
  touchpointFormSchema,
  touchpointFormValues,
} from './touchpoint-form';

describe('touchpoint form', () => {
  it('turns empty selects into "none" and a typed device into its name', () => {
    const parsed = touchpointFormSchema.parse({
      channelId: '',
      device: otherDevice,
      customDevice: '  Airport kiosk ',
      description: 'Drops the bag',
      owner: '',
      kpiId: '',
    });
    expect(parsed).toEqual({
      channelId: null,
      device: 'Airport kiosk',
      description: 'Drops the bag',
      owner: '',
      kpiId: null,
    });
  });

  it('asks for a description, and for a device name when "other" is chosen', () => {
    const result = touchpointFormSchema.safeParse({
      channelId: 'c1',
      device: otherDevice,
      customDevice: ' ',
      description: '',
      owner: '',
      kpiId: 'k1',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['customDevice', 'description']);
  });

  it('offers devices typed before, once each, after the built-in ones', () => {
    const options = deviceOptions(deviceKeys, [
      { device: 'pc' },
      { device: 'Smart speaker' },
      { device: 'Airport kiosk' },
      { device: 'Smart speaker' },
    ]);
    expect(options.slice(deviceKeys.length)).toEqual(['Airport kiosk', 'Smart speaker']);
    const values = touchpointFormValues(
      { channelId: null, device: 'Smart speaker', description: 'x', owner: '', kpiId: null },
      options,
    );
    expect(values.device).toBe('Smart speaker');
    expect(
      touchpointFormValues({ ...values, channelId: null, kpiId: null, device: 'Robot' }, options),
    ).toMatchObject({ device: otherDevice, customDevice: 'Robot' });
  });
});
