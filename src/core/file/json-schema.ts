import { z } from 'zod';
import { roadmapFileSchemas } from './roadmap-file';

/** The published JSON Schemas (docs/*.schema.json) come from the same zod schemas as the app. */
export function roadmapFileJsonSchema() {
  return {
    ...z.toJSONSchema(roadmapFileSchemas().file, { target: 'draft-2020-12', io: 'input' }),
    $id: 'rotta-roadmap.schema.json',
    title: 'Rotta roadmap file (*.rotta.json)',
  };
}

export function backupFileJsonSchema() {
  return {
    ...z.toJSONSchema(roadmapFileSchemas().backup, { target: 'draft-2020-12', io: 'input' }),
    $id: 'rotta-backup.schema.json',
    title: 'Rotta library backup',
  };
}
