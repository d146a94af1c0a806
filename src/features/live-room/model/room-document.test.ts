import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readParticipantAnswers, scoreKey, type RoomSetup } from './answers';
import {
  answersMap,
  answersOf,
  dotsField,
  isDone,
  readRoomState,
  roomCodePattern,
  scoreField,
  setDone,
  typedRoomCode,
  writeRoomState,
} from './room-document';

const setup: RoomSetup = {
  kind: 'scores',
  subjects: [{ id: 's1', name: 'Maestrale Airways' }],
  themes: [
    { id: 'digital', label: 'Digital channels' },
    { id: 'culture', label: 'Service culture' },
  ],
};

/** Two Yjs documents, as two devices: what one writes reaches the other as an update. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
  return { a, b };
}

describe('a room’s documents', () => {
  it('carry what the laptop asks to the phone, and a phone reads only what is valid', () => {
    const { a: laptop, b: phone } = pair();
    writeRoomState(laptop, { setup, phase: 'revealed', title: 'Score the companies' });
    expect(readRoomState(phone)).toEqual({
      setup,
      phase: 'revealed',
      title: 'Score the companies',
      removed: [],
    });
    laptop.getMap('room').set('setup', { kind: 'scores', subjects: 'all of them' });
    laptop.getMap('room').set('phase', 'exploded');
    laptop.getMap('room').set('removed', 'everyone');
    expect(readRoomState(phone)).toEqual({
      setup: null,
      phase: 'open',
      title: 'Score the companies',
      removed: [],
    });
  });

  it('carry a phone’s answers as flat fields that the laptop reads against the setup', () => {
    const { a: phone, b: laptop } = pair();
    answersMap(phone).set(scoreField(scoreKey('s1', 'digital')), 4);
    answersMap(phone).set(scoreField(scoreKey('s1', 'culture')), 9);
    answersMap(phone).set(dotsField('g1'), 2);
    setDone(phone, true);
    expect(answersOf(laptop)).toEqual({
      scores: { 's1|digital': 4, 's1|culture': 9 },
      dots: { g1: 2 },
    });
    expect(isDone(laptop)).toBe(true);
    const read = readParticipantAnswers(answersOf(laptop), setup);
    expect(read.scores).toEqual([{ subjectId: 's1', theme: 'digital', value: 4 }]);
    expect(read.refused).toEqual([{ kind: 'not-a-score', key: 's1|culture' }]);
  });

  it('merge two tabs of one phone field by field, offline, without one losing the other’s answer', () => {
    const first = new Y.Doc();
    const second = new Y.Doc();
    answersMap(first).set(scoreField('s1|digital'), 3);
    answersMap(second).set(scoreField('s1|culture'), 5);
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    expect(answersOf(first)).toEqual(answersOf(second));
    expect(answersOf(first).scores).toEqual({ 's1|digital': 3, 's1|culture': 5 });
  });

  it('stop reading a phone that wrote thousands of fields', () => {
    const phone = new Y.Doc();
    phone.transact(() => {
      for (let index = 0; index < 5000; index += 1)
        answersMap(phone).set(scoreField(`x${index}|digital`), 3);
    });
    expect(Object.keys(answersOf(phone).scores).length).toBeLessThanOrEqual(600);
  });

  it('read a typed room code the way people type it', () => {
    expect(typedRoomCode(' k7-qmx ')).toBe('K7QMX');
    expect(roomCodePattern.test('K7QMX')).toBe(true);
    // 0, O, 1, I and L are never in a code.
    for (const code of ['K7QM0', 'K7QMO', 'K7QM1', 'K7QMI', 'K7QML', 'K7QM', 'K7QMXX'])
      expect(roomCodePattern.test(code)).toBe(false);
  });
});
