import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { countAllRows, resetDatabase } from '../../../test/reset-database';
import { makeRoadmapFile } from '../../../test/generators';
import { saveStageNote } from '../../stages/api/stage-notes';
import {
  createRoadmap,
  deleteRoadmap,
  duplicateRoadmap,
  exportLibrary,
  exportRoadmap,
  importRoadmapFile,
  restoreLibraryBackup,
  restoreRoadmap,
  updateRoadmap,
} from './roadmaps-repository';
import { getRoadmaps } from './roadmap-reads';

const fields = {
  name: 'Digital service 2027',
  company: 'Acme',
  workshopDate: '',
  author: '',
  notes: '',
};

beforeEach(resetDatabase);

describe('roadmaps repository', () => {
  it('creates a roadmap with trimmed fields and no progress', async () => {
    const roadmap = await createRoadmap({ ...fields, name: '  Spaced  ' });
    expect(roadmap).toMatchObject({ name: 'Spaced', company: 'Acme', progress: {} });
    expect(await getRoadmaps()).toEqual([roadmap]);
  });

  it('refuses an empty name and writes nothing', async () => {
    await expect(createRoadmap({ ...fields, name: '   ' })).rejects.toThrow();
    expect(await countAllRows()).toBe(0);
  });

  it('lists the most recently changed roadmap first', async () => {
    const first = await createRoadmap({ ...fields, name: 'First' });
    await createRoadmap({ ...fields, name: 'Second' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateRoadmap(first.id, { ...fields, name: 'First, renamed' });
    expect((await getRoadmaps()).map((roadmap) => roadmap.name)).toEqual([
      'First, renamed',
      'Second',
    ]);
  });

  it('marks a stage in progress when its notes are saved, and clears it when they are emptied', async () => {
    const roadmap = await createRoadmap(fields);
    await saveStageNote(roadmap.id, 'goals', 'Fewer calls');
    expect((await db.roadmaps.get(roadmap.id))?.progress).toEqual({ goals: 'in-progress' });
    await saveStageNote(roadmap.id, 'goals', '');
    expect((await db.roadmaps.get(roadmap.id))?.progress).toEqual({});
  });

  it('duplicates a roadmap deeply, with new ids everywhere', async () => {
    const roadmap = await createRoadmap(fields);
    await saveStageNote(roadmap.id, 'channels', 'WhatsApp first');
    const copy = await duplicateRoadmap(roadmap.id, 'Copy');
    expect(copy.id).not.toBe(roadmap.id);
    const copiedNotes = await db.stageNotes.where('roadmapId').equals(copy.id).toArray();
    expect(copiedNotes.map((note) => note.text)).toEqual(['WhatsApp first']);
    const originalNote = await db.stageNotes.where('roadmapId').equals(roadmap.id).first();
    expect(copiedNotes[0]?.id).not.toBe(originalNote?.id);
    expect(copy.progress).toEqual({ channels: 'in-progress' });
  });

  it('deletes a roadmap with all its rows, and puts it back exactly on undo', async () => {
    const roadmap = await createRoadmap(fields);
    const other = await createRoadmap({ ...fields, name: 'Other' });
    await saveStageNote(roadmap.id, 'kpis', 'CSAT monthly');
    await saveStageNote(other.id, 'kpis', 'Keep me');
    const before = await exportRoadmap(roadmap.id);

    const removed = await deleteRoadmap(roadmap.id);
    expect(await db.roadmaps.get(roadmap.id)).toBeUndefined();
    expect(await db.stageNotes.where('roadmapId').equals(roadmap.id).count()).toBe(0);
    expect(await db.stageNotes.where('roadmapId').equals(other.id).count()).toBe(1);

    await restoreRoadmap(removed!);
    const after = await exportRoadmap(roadmap.id);
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('imports a file as a new roadmap and never overwrites the one it came from', async () => {
    const file = makeRoadmapFile(3);
    const first = await importRoadmapFile(file);
    const second = await importRoadmapFile(file);
    expect(first.id).not.toBe(second.id);
    expect(await db.roadmaps.count()).toBe(2);
    expect(await db.stageNotes.count()).toBe(6);
    expect(first.progress).toEqual({
      'starting-point': 'in-progress',
      goals: 'in-progress',
      channels: 'in-progress',
    });
  });

  it('writes nothing when the database fails halfway through an import', async () => {
    await createRoadmap(fields);
    const rowsBefore = await countAllRows();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // The roadmap row is written first; the failure comes with its notes, inside the transaction.
    const failOnNotes = () => {
      throw quota;
    };
    db.stageNotes.hook('creating', failOnNotes);
    try {
      await expect(importRoadmapFile(makeRoadmapFile(4))).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
    } finally {
      db.stageNotes.hook('creating').unsubscribe(failOnNotes);
    }
    expect(await countAllRows()).toBe(rowsBefore);
  });

  it('backs up the library and restores it as new roadmaps', async () => {
    await importRoadmapFile(makeRoadmapFile(1));
    await importRoadmapFile(makeRoadmapFile(2));
    const backup = await exportLibrary();
    expect(backup.roadmaps).toHaveLength(2);
    await resetDatabase();
    expect(await restoreLibraryBackup(backup)).toBe(2);
    expect((await getRoadmaps()).map((roadmap) => roadmap.name).sort()).toEqual([
      'Roadmap 1',
      'Roadmap 2',
    ]);
    expect(await db.stageNotes.count()).toBe(6);
  });
});
