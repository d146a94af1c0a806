import { z } from 'zod';
import { newId } from '../../lib/ids';
import { replaceXmlIllegalIn } from '../../lib/xml-text';
import { findWrite } from './define-write';

/**
 * The draft journal: every edit a self-saving field has not stored yet, written to localStorage
 * synchronously on the key press that made it. A reload, a closed tab or a crash at any moment
 * leaves it there; the next start writes it (`replayDrafts`) before anything is shown.
 */
const storageKey = 'rotta.drafts';

const draftSchema = z.object({
  /** The field's identity: a newer draft of the same field replaces the older one. */
  id: z.string(),
  /** The declared write (`defineWrite`) that stores it, and its arguments. */
  operation: z.string(),
  roadmapId: z.string(),
  args: z.unknown(),
  /** The tab that made it: a draft of a tab that is still open is left to that tab. */
  tab: z.string(),
  at: z.number(),
});
export type Draft = z.infer<typeof draftSchema>;
export type DraftInput = Pick<Draft, 'id' | 'operation' | 'roadmapId' | 'args'>;

/** This tab's identity, held as a Web Lock for as long as the tab lives. */
export const tabId = newId();
const tabLockPrefix = 'rotta-tab-';
/** The browser's Web Locks; none in the node tests, where one tab is all there is. */
const locks: LockManager | undefined =
  typeof navigator === 'undefined' ? undefined : navigator.locks;
void locks?.request(`${tabLockPrefix}${tabId}`, () => new Promise<never>(() => {}));

function readAll(): Draft[] {
  try {
    const parsed = z
      .array(draftSchema)
      .safeParse(JSON.parse(localStorage.getItem(storageKey) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function writeAll(drafts: readonly Draft[]): boolean {
  try {
    if (drafts.length === 0) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(drafts));
    return true;
  } catch {
    // localStorage full or refused: the edit still goes to the database as usual.
    return false;
  }
}

let sequence = 0;

/** Keeps an edit until `clearDraft` says it is stored. Returns the draft's stamp. */
export function putDraft(input: DraftInput): number {
  sequence += 1;
  const at = Date.now() * 1000 + (sequence % 1000);
  const drafts = readAll().filter((draft) => draft.id !== input.id);
  writeAll([...drafts, { ...input, tab: tabId, at }]);
  return at;
}

/** Forgets a stored edit, unless a newer edit of the same field came in meanwhile. */
export function clearDraft(id: string, at: number): void {
  const drafts = readAll();
  const kept = drafts.filter((draft) => !(draft.id === id && draft.at <= at));
  if (kept.length !== drafts.length) writeAll(kept);
}

/**
 * Stores one edit through `store`, journaled from now until `store` resolves: a reload or a
 * crash in between replays it at the next start. A failed store leaves it in the journal, to be
 * tried again then; the error still reaches the caller.
 */
export async function storeJournaled<T>(input: DraftInput, store: () => Promise<T>): Promise<T> {
  const at = putDraft(input);
  const result = await store();
  clearDraft(input.id, at);
  return result;
}

export function readDrafts(): Draft[] {
  return readAll();
}

async function liveTabs(): Promise<Set<string>> {
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  return new Set(
    held
      .map((lock) => lock.name ?? '')
      .filter((name) => name.startsWith(tabLockPrefix))
      .map((name) => name.slice(tabLockPrefix.length)),
  );
}

/**
 * Calls `onClosed` whenever another tab that left drafts in the journal closes while this one is
 * open: its lock comes free. Such a tab has no next start to store them, and this tab would
 * otherwise show the rows without them until a reload. The journal is read when this starts and
 * each time another tab writes to it.
 */
export function whenTabsWithDraftsClose(onClosed: () => void): () => void {
  if (typeof window === 'undefined' || !locks) return () => undefined;
  const watched = new Set<string>();
  const stop = new AbortController();
  const watch = () => {
    for (const { tab } of readAll()) {
      if (tab === tabId || watched.has(tab)) continue;
      watched.add(tab);
      // Granted only once the tab holding it has gone; nothing is held meanwhile.
      locks
        .request(`${tabLockPrefix}${tab}`, { signal: stop.signal }, () => undefined)
        .then(
          () => {
            watched.delete(tab);
            onClosed();
          },
          () => undefined,
        );
    }
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey) watch();
  };
  window.addEventListener('storage', onStorage);
  watch();
  return () => {
    stop.abort();
    window.removeEventListener('storage', onStorage);
  };
}

/** One replay at a time across tabs: a second one then finds the drafts the first stored gone. */
function oneReplayAtATime<T>(replay: () => Promise<T>): Promise<T> {
  return locks ? locks.request('rotta-drafts-replay', replay) : replay();
}

export interface ReplayResult {
  stored: number;
  dropped: number;
  kept: number;
}

/**
 * Writes the drafts that no open tab is looking after, oldest first, each as the edit it was
 * (undoable). `load` brings in the modules that declare their writes. A draft that can no longer
 * be stored (its row is gone, its value is now refused) is dropped; one that failed on storage
 * (full, closed) is kept for the next try.
 */
export function replayDrafts(
  load: (operations: string[]) => Promise<unknown>,
  isStorageError: (error: unknown) => boolean,
): Promise<ReplayResult> {
  return oneReplayAtATime(() => replayOrphans(load, isStorageError));
}

async function replayOrphans(
  load: (operations: string[]) => Promise<unknown>,
  isStorageError: (error: unknown) => boolean,
): Promise<ReplayResult> {
  const alive = await liveTabs();
  const orphans = readAll()
    .filter((draft) => draft.tab === tabId || !alive.has(draft.tab))
    .sort((a, b) => a.at - b.at);
  const result: ReplayResult = { stored: 0, dropped: 0, kept: 0 };
  if (orphans.length === 0) return result;
  await load([...new Set(orphans.map((draft) => draft.operation))]);
  for (const draft of orphans) {
    const operation = findWrite(draft.operation);
    try {
      if (!operation) throw new Error(`No write named ${draft.operation}`);
      // A draft kept from before the text rules may hold control characters they now refuse:
      // replaced as typing would replace them, the edit is stored rather than dropped.
      const args = replaceXmlIllegalIn(draft.args, (text) => text.includes('\n'));
      await operation.perform(draft.roadmapId, args);
      clearDraft(draft.id, draft.at);
      result.stored += 1;
    } catch (error) {
      if (isStorageError(error)) {
        result.kept += 1;
      } else {
        console.warn('An unsaved edit could not be stored and was dropped', draft, error);
        clearDraft(draft.id, draft.at);
        result.dropped += 1;
      }
    }
  }
  return result;
}
