import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import * as Y from 'yjs';

/** What the link to the room server is doing, for both the laptop's and the phone's screens. */
export type LinkStatus = 'connecting' | 'connected' | 'offline';

export interface RoomSocket {
  socket: HocuspocusProviderWebsocket;
  /** Calls back with every change of the link, and at once with the current one. */
  onStatus: (listener: (status: LinkStatus) => void) => () => void;
  destroy: () => void;
}

const linkStatus = (status: WebSocketStatus): LinkStatus =>
  status === WebSocketStatus.Connected
    ? 'connected'
    : status === WebSocketStatus.Connecting
      ? 'connecting'
      : 'offline';

/**
 * One WebSocket to the room server that every document of a room shares. A workshop cannot wait
 * 30 s for the provider's default backoff after a Wi-Fi hiccup or a server restart: it tries
 * again within a quarter of a second, then every two seconds at most, forever, and at once when
 * the browser says it is back online or the page is shown again (a laptop waking up).
 */
export function openRoomSocket(origin: string = location.origin): RoomSocket {
  const socket = new HocuspocusProviderWebsocket({
    url: `${origin.replace(/^http/, 'ws')}/rooms`,
    delay: 250,
    minDelay: 250,
    factor: 1.5,
    maxDelay: 2000,
    jitter: true,
    maxAttempts: 0,
  });
  const listeners = new Set<(status: LinkStatus) => void>();
  let current = linkStatus(socket.status);
  const onSocketStatus = ({ status }: { status: WebSocketStatus }) => {
    current = linkStatus(status);
    for (const listener of listeners) listener(current);
  };
  socket.on('status', onSocketStatus);
  const wake = () => {
    if (document.visibilityState === 'visible' && socket.status !== WebSocketStatus.Connected)
      void socket.connect();
  };
  window.addEventListener('online', wake);
  document.addEventListener('visibilitychange', wake);
  return {
    socket,
    onStatus: (listener) => {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    destroy: () => {
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      socket.off('status', onSocketStatus);
      listeners.clear();
      socket.destroy();
    },
  };
}

export interface RoomDocumentHandlers {
  onSynced?: () => void;
  /** The server refused the token: a wrong or closed room, or a removed participant. */
  onRefused?: (reason: string) => void;
  /** How many local changes the server has not confirmed yet. */
  onUnsent?: (count: number) => void;
  /** A message from the server that is not part of the document (someone joined). */
  onMessage?: (payload: string) => void;
}

export interface RoomDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  destroy: () => void;
}

/** One Yjs document of a room, synced over the shared socket with the given token. */
export function openRoomDocument(
  { socket }: RoomSocket,
  name: string,
  token: string,
  handlers: RoomDocumentHandlers = {},
  doc: Y.Doc = new Y.Doc(),
): RoomDocument {
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => handlers.onSynced?.(),
    onAuthenticationFailed: ({ reason }) => handlers.onRefused?.(reason),
    onUnsyncedChanges: ({ number }) => handlers.onUnsent?.(number),
    onStateless: ({ payload }) => handlers.onMessage?.(payload),
  });
  // A provider on a shared socket only connects once attached.
  provider.attach();
  return {
    doc,
    provider,
    destroy: () => provider.destroy(),
  };
}
