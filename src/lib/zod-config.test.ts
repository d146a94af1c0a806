import { describe, expect, it } from 'vitest';

describe('the zod settings', () => {
  it('reach zod, whether set before or after it loads', async () => {
    await import('./zod-config');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});
