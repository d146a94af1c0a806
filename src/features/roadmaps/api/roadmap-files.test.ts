import { beforeEach, describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { countAllRows, resetDatabase } from '../../../test/reset-database';
import { importRoadmapFromFile } from './roadmap-files';

const asFile = (value: unknown) =>
  new File([JSON.stringify(value)], 'roadmap.rotta.json', { type: 'application/json' });

beforeEach(resetDatabase);

describe('importing a roadmap file', () => {
  it('refuses a roadmap named with a control character, says where, and writes nothing', async () => {
    const file = makeRoadmapFile(1, { goals: 2, channels: 2 });
    file.roadmap.name = 'Libeccio Air\u000bdigital service 2027';
    const outcome = await importRoadmapFromFile(asFile(file));
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          key: 'validation.controlCharacter',
          values: { character: 'U+000B' },
          where: 'roadmap.name',
        },
      ],
    });
    expect(await countAllRows()).toBe(0);
  });

  it('imports the same file once the name is clean', async () => {
    const file = makeRoadmapFile(1, { goals: 2, channels: 2 });
    file.roadmap.name = 'Libeccio Air digital service 2027';
    const outcome = await importRoadmapFromFile(asFile(file));
    expect(outcome).toMatchObject({ ok: true, value: { name: file.roadmap.name } });
  });
});
