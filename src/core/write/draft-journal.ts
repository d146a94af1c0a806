/**
 * Whether edits wait in the draft journal (drafts.ts, under this key): a start then stores them
 * before the pages read. Kept apart from drafts.ts, which loads after the first paint; a test
 * checks the two agree.
 */
export function hasDraftsWaiting(): boolean {
  try {
    return localStorage.getItem('rotta.drafts') !== null;
  } catch {
    return false;
  }
}
