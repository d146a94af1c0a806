import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** What a test opened and must close: providers and their sockets. */
export type Opened = { destroy: () => void }[];

/**
 * A Yjs document synced with a room server at `serverUrl`, as a phone or the laptop would hold
 * it, or the reason the server refused it. Quick reconnects keep the tests short.
 */
export function connectDocument(
  serverUrl: string,
  name: string,
  token: string,
  opened: Opened,
): Promise<{ doc: Y.Doc; provider: HocuspocusProvider }> {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: serverUrl.replace('http', 'ws') + '/rooms',
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
  });
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider,
      name,
      document: doc,
      token,
      onSynced: () => resolve({ doc, provider }),
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        websocketProvider.destroy();
        reject(new Error(reason));
      },
    });
    provider.attach();
    opened.push(provider, websocketProvider);
  });
}

/** Waits until `check` holds, polling every 20 ms. */
export async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
