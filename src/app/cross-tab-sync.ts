import type { QueryClient } from '@tanstack/react-query';
import { Dexie } from 'dexie';

/**
 * Dexie reports every committed write, from this tab and from other tabs of the same origin, as a
 * `storagemutated` event. Turning it into one invalidation of all roadmap queries is how a second
 * tab shows changes without a reload. Writes come in bursts (typing), so they are coalesced.
 */
export function syncQueriesWithStorage(queryClient: QueryClient, delayMs = 60): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMutated = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: ['roadmaps'] }),
      delayMs,
    );
  };
  Dexie.on('storagemutated', onMutated);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}
