import { describe, expect, it } from 'vitest';
import { channelKeys } from '../../../lib/channel-catalogue';
import { channelSynonyms, synonymsOf } from './channel-synonyms';
import { matchChannel, normaliseName, type ChannelNames } from './survey-csv';

const catalogue: ChannelNames[] = [
  { id: 'phone', catalogKey: 'phone', names: ['Phone / call centre'] },
  { id: 'email', catalogKey: 'email', names: ['Email / web form'] },
  { id: 'chat', catalogKey: 'live-chat', names: ['Live chat'] },
  { id: 'video', catalogKey: 'video-chat', names: ['Video chat'] },
  { id: 'messaging', catalogKey: 'messaging', names: ['Messaging apps'] },
  { id: 'social', catalogKey: 'social', names: ['Social networks'] },
  { id: 'faq', catalogKey: 'faq', names: ['FAQ / help centre'] },
];

describe('channel synonyms', () => {
  it.each([
    ['WhatsApp', 'messaging'],
    ['Telegram', 'messaging'],
    ['Messenger', 'messaging'],
    ['Chat', 'chat'],
    ['Live chat', 'chat'],
    ['chat dal vivo', 'chat'],
    ['E-mail', 'email'],
    ['posta elettronica', 'email'],
    ['Facebook', 'social'],
    ['Instagram', 'social'],
    ['FAQ', 'faq'],
    ['help center', 'faq'],
    ['Centro assistenza', 'faq'],
    ['telefono', 'phone'],
    ['Call center', 'phone'],
  ])('suggests “%s” as %s', (value, id) => {
    expect(matchChannel(value, catalogue)).toBe(id);
  });

  it('suggests nothing for a channel the roadmap does not have', () => {
    const withoutMessaging = catalogue.filter((channel) => channel.id !== 'messaging');
    expect(matchChannel('WhatsApp', withoutMessaging)).toBeNull();
    expect(matchChannel('Other', catalogue)).toBeNull();
  });

  it('lets a channel’s own name win over another channel’s synonym', () => {
    const withCustomChat: ChannelNames[] = [
      ...catalogue,
      { id: 'custom', catalogKey: null, names: ['Chat'] },
    ];
    expect(matchChannel('chat', withCustomChat)).toBe('custom');
    expect(matchChannel('chat dal vivo', withCustomChat)).toBe('chat');
  });

  it('uses only catalogue keys and lower-case names, each naming one channel', () => {
    const seen = new Map<string, string>();
    for (const [key, names] of Object.entries(channelSynonyms)) {
      expect(channelKeys).toContain(key);
      for (const name of names ?? []) {
        expect(name).toBe(normaliseName(name));
        expect(seen.get(name) ?? key).toBe(key);
        seen.set(name, key);
      }
    }
    expect(synonymsOf(null)).toEqual([]);
    expect(synonymsOf('forum')).toEqual([]);
  });
});
