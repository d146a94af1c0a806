import { QueryClient } from '@tanstack/react-query';

/**
 * All data is local, so queries never wait for a network and never go stale on their own:
 * mutations and cross-tab change events invalidate exactly what changed.
 */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, retry: options.retry ?? false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
