import type { QueryClient } from '@tanstack/react-query';
import { onWriteCommitted } from '../db/change-recorder';
import { queryKeys } from '../core/query-keys';

const channelName = 'rotta-writes';

/**
 * Other tabs of the same origin hear of every committed write through one BroadcastChannel and
 * refresh their roadmap queries, so a second tab shows changes without a reload. This tab's own
 * writes are refreshed by their mutation, once; a channel never hears its own messages. Writes
 * come in bursts (typing), so refreshes are coalesced.
 */
export function syncQueriesWithStorage(queryClient: QueryClient, delayMs = 60): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onWriteCommitted((tables) => channel.postMessage({ tables }));
  channel.onmessage = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: queryKeys.all }),
      delayMs,
    );
  };
  return () => {
    clearTimeout(timer);
    onWriteCommitted(null);
    channel.close();
  };
}
