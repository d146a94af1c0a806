import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getStageNote } from '../../features/stages/api/stage-notes';
import { createRoadmap } from '../../features/roadmaps/api/roadmaps-repository';
import { resetDatabase } from '../../test/reset-database';
import { hasDraftsWaiting } from './draft-journal';
import { putDraft, readDrafts, replayDrafts, storeJournaled } from './drafts';

/** The node environment has no localStorage: a small one in memory stands in. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const newRoadmap = () =>
  createRoadmap({ name: 'R', company: '', workshopDate: '', author: '', notes: '' });

const loadNotes = () => import('../../features/stages/api/stage-notes');
const notStorage = () => false;

beforeEach(async () => {
  vi.stubGlobal('localStorage', memoryStorage());
  await resetDatabase();
});

describe('the draft journal', () => {
  it('stores an edit left at a reload, through its write, and forgets it', async () => {
    const roadmap = await newRoadmap();
    putDraft({
      id: `notes:${roadmap.id}:goals`,
      operation: 'notes.save',
      roadmapId: roadmap.id,
      args: { stage: 'goals', text: 'Typed before the reload.' },
    });
    expect(await replayDrafts(loadNotes, notStorage)).toEqual({ stored: 1, dropped: 0, kept: 0 });
    expect((await getStageNote(roadmap.id, 'goals'))?.text).toBe('Typed before the reload.');
    expect(readDrafts()).toEqual([]);
  });

  it('journals an edit while it is being stored, forgets it once stored, and keeps it when storing fails', async () => {
    const edit = (text: string) => ({
      id: 'notes:r1:goals',
      operation: 'notes.save',
      roadmapId: 'r1',
      args: { stage: 'goals', text },
    });
    const texts = () => readDrafts().map((draft) => (draft.args as { text: string }).text);
    let finish: (value: string) => void = () => {};
    const storing = storeJournaled(
      edit('First'),
      () => new Promise<string>((done) => (finish = done)),
    );
    expect(texts()).toEqual(['First']);
    finish('stored');
    expect(await storing).toBe('stored');
    expect(texts()).toEqual([]);

    const failing = storeJournaled(edit('Second'), () => Promise.reject(new Error('disk full')));
    await expect(failing).rejects.toThrow('disk full');
    expect(texts()).toEqual(['Second']);
  });

  it('tells the start, without loading the journal, whether edits wait in it', async () => {
    const roadmap = await newRoadmap();
    expect(hasDraftsWaiting()).toBe(false);
    putDraft({
      id: `notes:${roadmap.id}:goals`,
      operation: 'notes.save',
      roadmapId: roadmap.id,
      args: { stage: 'goals', text: 'Typed before the reload.' },
    });
    expect(hasDraftsWaiting()).toBe(true);
    await replayDrafts(loadNotes, notStorage);
    expect(hasDraftsWaiting()).toBe(false);
  });

  it('stores a draft from before the text rules with its control characters replaced', async () => {
    const roadmap = await newRoadmap();
    putDraft({
      id: `notes:${roadmap.id}:goals`,
      operation: 'notes.save',
      roadmapId: roadmap.id,
      args: { stage: 'goals', text: 'Soft\u000bbreak' },
    });
    expect(await replayDrafts(loadNotes, notStorage)).toEqual({ stored: 1, dropped: 0, kept: 0 });
    expect((await getStageNote(roadmap.id, 'goals'))?.text).toBe('Soft break');
  });
});
