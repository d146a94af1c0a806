import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileJsonSchema, roadmapFileJsonSchema } from './json-schema';
import { roadmapFileVersion } from './roadmap-file';

const docs = join(import.meta.dirname, '..', '..', '..', 'docs');
const published = [
  { file: 'rotta-roadmap.schema.json', build: roadmapFileJsonSchema },
  { file: 'rotta-backup.schema.json', build: backupFileJsonSchema },
];

describe('published JSON Schemas', () => {
  it.each(published)(
    'docs/$file matches the zod schemas (npm run schema rewrites it)',
    ({ file, build }) => {
      const text = `${JSON.stringify(build(), null, 2)}\n`;
      if (process.env.WRITE_JSON_SCHEMA === '1') writeFileSync(join(docs, file), text);
      expect(readFileSync(join(docs, file), 'utf8')).toBe(text);
    },
  );

  it('describes the format name, version and the roadmap fields', () => {
    const schema = roadmapFileJsonSchema() as {
      required: string[];
      properties: Record<string, { const?: unknown }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'exportedAt', 'roadmap', 'rows']),
    );
    expect(schema.properties.format?.const).toBe('rotta-roadmap');
    expect(schema.properties.version?.const).toBe(roadmapFileVersion());
  });
});
