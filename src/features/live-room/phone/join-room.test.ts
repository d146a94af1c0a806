import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeFromPath, joinRoom } from './join-room';
import { phoneLanguage } from './phone-i18n';

afterEach(() => {
  vi.unstubAllGlobals();
});

const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('joining a room from a phone', () => {
  it('takes the server’s answer only when it is what a join returns', async () => {
    vi.stubGlobal(
      'fetch',
      answer(200, { code: 'K7QMX', participant: 'p1', nickname: 'Anna 2', token: 't.sig' }),
    );
    expect(await joinRoom('K7QMX', { nickname: 'Anna' })).toEqual({
      ok: true,
      session: { code: 'K7QMX', participant: 'p1', nickname: 'Anna 2', token: 't.sig' },
    });
    vi.stubGlobal('fetch', answer(200, { participant: 42 }));
    expect(await joinRoom('K7QMX', { nickname: 'Anna' })).toEqual({
      ok: false,
      error: { kind: 'network', code: 'K7QMX' },
    });
  });

  it('says why a join was refused, and that the network failed when nothing answered', async () => {
    const cases = [
      [404, 'unknown', 'unknown'],
      [409, 'closed', 'closed'],
      [409, 'locked', 'locked'],
      [409, 'removed', 'removed'],
      [429, 'too-many-joins', 'tooMany'],
      [400, 'something-new', 'network'],
    ] as const;
    for (const [status, error, kind] of cases) {
      vi.stubGlobal('fetch', answer(status, { error }));
      expect(await joinRoom('K7QMX', { nickname: 'Anna' })).toEqual({
        ok: false,
        error: { kind, code: 'K7QMX' },
      });
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect((await joinRoom('K7QMX', { token: 'x' })).ok).toBe(false);
  });

  it('reads the room code from the link the QR code carries', () => {
    expect(codeFromPath('/join/K7QMX')).toBe('K7QMX');
    expect(codeFromPath('/join/k7qmx/')).toBe('K7QMX');
    expect(codeFromPath('/join')).toBe('');
    expect(codeFromPath('/join/HELLO1')).toBe('');
    expect(codeFromPath('/join/%E0%A4%A')).toBe('');
  });

  it('speaks the language the laptop’s link asks for, else the one chosen before, else the phone’s', () => {
    expect(phoneLanguage('?lng=it', 'en', 'en-GB')).toBe('it');
    expect(phoneLanguage('', 'it', 'en-GB')).toBe('it');
    expect(phoneLanguage('?lng=fr', null, 'it-IT')).toBe('it');
    expect(phoneLanguage('', null, 'de-DE')).toBe('en');
  });
});
