import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { readParticipantAnswers, type ParticipantAnswers, type RoomSetup } from '../model/answers';
import {
  answersOf,
  isDone,
  participantDocumentName,
  readRoomState,
  roomDocumentName,
  writeRoomState,
  type RoomPhase,
} from '../model/room-document';
import { readRoomView, type HostRoom, type RoomView } from './host-api';
import {
  openRoomDocument,
  openRoomSocket,
  type LinkStatus,
  type RoomDocument,
} from './room-connection';

/** One person of the room with what the laptop took from their phone. */
export interface RoomPerson {
  /** `<room code>-<participant id>`: keeping the same room twice never makes two rows of a person. */
  key: string;
  nickname: string;
  done: boolean;
  answers: ParticipantAnswers;
}

export interface HostRoomLive {
  /** Tells the phone of a participant taken out of the room, through the room's document. */
  markRemoved: (participant: string) => void;
  link: LinkStatus;
  view: RoomView | null;
  people: RoomPerson[];
  /** Every person's document has been read from the server at least once. */
  complete: boolean;
}

/** How often the laptop asks who is in the room; answers themselves arrive as they are given. */
const pollMs = 1000;

/**
 * The laptop in its room: writes what the room is asked (setup, title, phase) into the room's
 * document, follows who joined, and reads every phone's document as it changes, through
 * `readParticipantAnswers` (nothing from a phone is trusted).
 */
export function useHostRoom(
  room: HostRoom,
  setup: RoomSetup,
  title: string,
  phase: RoomPhase,
): HostRoomLive {
  const [link, setLink] = useState<LinkStatus>('connecting');
  const [view, setView] = useState<RoomView | null>(null);
  const [people, setPeople] = useState<RoomPerson[]>([]);
  const [complete, setComplete] = useState(false);
  const roomDoc = useRef<RoomDocument | null>(null);
  const setupRef = useRef(setup);
  const asked = useRef({ setup, title, phase });
  useLayoutEffect(() => {
    setupRef.current = setup;
    asked.current = { setup, title, phase };
  });
  const recompute = useRef<() => void>(() => undefined);

  useEffect(() => {
    const socket = openRoomSocket();
    const stopStatus = socket.onStatus(setLink);
    const documents = new Map<string, { doc: RoomDocument; synced: boolean }>();
    let current: RoomView | null = null;
    let stopped = false;
    let scheduled = false;

    const publish = () => {
      scheduled = false;
      if (stopped || !current) return;
      setPeople(
        current.participants.map((participant) => {
          const entry = documents.get(participant.id);
          const doc = entry?.doc.doc;
          return {
            key: `${room.code}-${participant.id}`,
            nickname: participant.nickname,
            done: doc ? isDone(doc) : false,
            answers: doc
              ? readParticipantAnswers(answersOf(doc), setupRef.current)
              : { scores: [], dots: [], refused: [] },
          };
        }),
      );
      setComplete(
        current.participants.every((participant) => documents.get(participant.id)?.synced),
      );
    };
    // Thirty phones answering at once repaint the laptop once a frame, not once a message.
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(publish);
    };
    recompute.current = schedule;

    const hostDoc = openRoomDocument(socket, roomDocumentName(room.code), room.hostToken, {
      onSynced: () => writeRoomState(hostDoc.doc, asked.current),
      // Someone joined: open their document now rather than at the next poll.
      onMessage: (payload) => {
        if (payload === 'participants' && !stopped) void poll();
      },
    });
    roomDoc.current = hostDoc;

    const follow = (next: RoomView) => {
      current = next;
      const present = new Set(next.participants.map((participant) => participant.id));
      for (const participant of next.participants) {
        if (documents.has(participant.id)) continue;
        const entry = {
          synced: false,
          doc: openRoomDocument(
            socket,
            participantDocumentName(room.code, participant.id),
            room.hostToken,
            {
              onSynced: () => {
                entry.synced = true;
                schedule();
              },
            },
          ),
        };
        entry.doc.doc.on('update', schedule);
        documents.set(participant.id, entry);
      }
      for (const [id, entry] of documents) {
        if (present.has(id)) continue;
        entry.doc.destroy();
        documents.delete(id);
      }
      setView(next);
      schedule();
    };

    // One request at a time: a join announced mid-request asks again right after it.
    let inFlight = false;
    let again = false;
    const poll = async () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      clearTimeout(timer);
      try {
        follow(await readRoomView(room));
      } catch {
        // The server is away (restarting, the laptop waking): the link status says so.
      }
      inFlight = false;
      if (stopped) return;
      if (again) {
        again = false;
        void poll();
      } else timer = setTimeout(() => void poll(), pollMs);
    };
    let timer = setTimeout(() => void poll(), 0);

    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const entry of documents.values()) entry.doc.destroy();
      hostDoc.destroy();
      roomDoc.current = null;
      stopStatus();
      socket.destroy();
    };
  }, [room]);

  // What the room is asked follows the roadmap (a competitor added mid-room reaches the phones).
  const setupJson = JSON.stringify(setup);
  useEffect(() => {
    const doc = roomDoc.current;
    if (doc?.provider.synced) writeRoomState(doc.doc, { setup, title, phase });
    recompute.current();
    // `setupJson` stands for `setup`: a new object with the same content changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setupJson, title, phase]);

  const markRemoved = (participant: string) => {
    const doc = roomDoc.current?.doc;
    if (!doc) return;
    const { removed } = readRoomState(doc);
    if (!removed.includes(participant))
      writeRoomState(doc, { removed: [...removed, participant].slice(-100) });
  };
  return { markRemoved, link, view, people, complete };
}
