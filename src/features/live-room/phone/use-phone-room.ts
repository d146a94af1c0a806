import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { openRoomDocument, openRoomSocket, type LinkStatus } from '../api/room-connection';
import {
  answersMap,
  isDone,
  participantDocumentName,
  readRoomState,
  roomDocumentName,
  setDone,
  type RoomState,
} from '../model/room-document';
import {
  loadAnswers,
  loadUnsent,
  saveAnswers,
  saveUnsent,
  type PhoneSession,
} from './phone-session';

interface Snapshot {
  room: RoomState;
  /** The phone's own answers, by field (`score:<subject>|<theme>`, `dots:<option>`). */
  answers: ReadonlyMap<string, unknown>;
  done: boolean;
}

export interface PhoneRoom extends Snapshot {
  link: LinkStatus;
  /** Fields answered here that the room has not confirmed yet. */
  unsent: ReadonlySet<string>;
  /** The server stopped taking this phone's answers (the room closed, or they were removed). */
  refused: boolean;
  setField: (field: string, value: number | null) => void;
  finish: () => void;
}

const waiting: Snapshot = {
  room: { setup: null, phase: 'open', title: '', removed: [] },
  answers: new Map(),
  done: false,
};

/**
 * A phone in a room: the room's document to read, its own document to write. The own document
 * starts from what this phone kept, so answers given offline (or before a reload) are sent as
 * soon as the server is reached again; each answer shows whether the room has it yet.
 */
export function usePhoneRoom(session: PhoneSession): PhoneRoom {
  const { code, participant, token } = session;
  const [link, setLink] = useState<LinkStatus>('connecting');
  const [refused, setRefused] = useState(false);
  const [snapshot, setSnapshot] = useState<Snapshot>(waiting);
  const [unsent, setUnsentState] = useState<ReadonlySet<string>>(() => loadUnsent(code));
  const unsentRef = useRef(unsent);
  const ownDocRef = useRef<Y.Doc | null>(null);

  const setUnsent = (next: ReadonlySet<string>) => {
    unsentRef.current = next;
    saveUnsent(code, next);
    setUnsentState(next);
  };

  useEffect(() => {
    const socket = openRoomSocket();
    const stopStatus = socket.onStatus(setLink);
    const ownDoc = new Y.Doc();
    const kept = loadAnswers(code);
    if (kept) Y.applyUpdate(ownDoc, kept);
    const room = openRoomDocument(socket, roomDocumentName(code), token, {
      onRefused: () => setRefused(true),
    });
    const own = openRoomDocument(
      socket,
      participantDocumentName(code, participant),
      token,
      {
        onRefused: () => setRefused(true),
        // The server confirmed everything this phone wrote: nothing waits any more.
        onUnsent: (count) => {
          if (count > 0 || unsentRef.current.size === 0) return;
          unsentRef.current = new Set();
          saveUnsent(code, unsentRef.current);
          setUnsentState(unsentRef.current);
        },
      },
      ownDoc,
    );
    const read = () =>
      setSnapshot({
        room: readRoomState(room.doc),
        answers: new Map(answersMap(ownDoc).entries()),
        done: isDone(ownDoc),
      });
    const onOwnUpdate = () => {
      saveAnswers(code, Y.encodeStateAsUpdate(ownDoc));
      read();
    };
    ownDoc.on('update', onOwnUpdate);
    room.doc.on('update', read);
    ownDocRef.current = ownDoc;
    read();
    return () => {
      ownDoc.off('update', onOwnUpdate);
      room.doc.off('update', read);
      stopStatus();
      room.destroy();
      own.destroy();
      socket.destroy();
      ownDocRef.current = null;
    };
  }, [code, participant, token]);

  const setField = (field: string, value: number | null) => {
    const doc = ownDocRef.current;
    if (!doc) return;
    setUnsent(new Set(unsentRef.current).add(field));
    answersMap(doc).set(field, value);
  };
  const finish = () => {
    const doc = ownDocRef.current;
    if (doc) setDone(doc, true);
  };
  return { ...snapshot, link, unsent, refused, setField, finish };
}
