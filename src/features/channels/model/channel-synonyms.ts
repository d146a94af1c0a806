import type { ChannelKey } from '../../../lib/channel-catalogue';

/**
 * Other names a survey export uses for a catalogue channel, in English and Italian: the
 * products people name ("WhatsApp") and everyday words ("posta elettronica"). Compared after
 * `normaliseName` (lower case, trimmed); a channel's own names always win over these.
 */
export const channelSynonyms: Partial<Record<ChannelKey, readonly string[]>> = {
  phone: ['phone', 'telephone', 'telefono', 'call center', 'call centre', 'numero verde'],
  email: ['email', 'e-mail', 'mail', 'posta elettronica'],
  'live-chat': ['chat', 'live chat', 'web chat', 'chat online', 'chat dal vivo'],
  messaging: ['whatsapp', 'telegram', 'messenger', 'facebook messenger', 'messaggistica'],
  social: ['facebook', 'instagram', 'social', 'social media', 'linkedin', 'twitter'],
  faq: [
    'faq',
    'help center',
    'help centre',
    'centro assistenza',
    'domande frequenti',
    'centro di assistenza',
  ],
};

/** The synonyms of a catalogue channel; none for a custom one. */
export function synonymsOf(catalogKey: ChannelKey | null | undefined): readonly string[] {
  return catalogKey ? (channelSynonyms[catalogKey] ?? []) : [];
}
