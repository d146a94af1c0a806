import { describe, expect, it } from 'vitest';
import { loadOnce } from './stage-descriptor';

describe('loadOnce', () => {
  it('loads the code once and hands the same module to every later call', async () => {
    let loads = 0;
    const module = { read: () => 'rows' };
    const load = loadOnce(() => {
      loads += 1;
      return Promise.resolve(module);
    });
    expect(await load()).toBe(module);
    expect(await load()).toBe(module);
    expect(loads).toBe(1);
  });

  it('settles a later call within the same turn, before any task queued earlier runs', async () => {
    const load = loadOnce(() => Promise.resolve('module'));
    await load();
    const order: string[] = [];
    setTimeout(() => order.push('task'), 0);
    await load().then(() => order.push('module'));
    expect(order).toEqual(['module']);
  });

  it('tries again after a load that failed, and reports the failure to its caller', async () => {
    let attempt = 0;
    const load = loadOnce(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('module');
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('module');
    expect(attempt).toBe(2);
  });
});
