/**
 * The service channels Rotta knows, from the method's catalogue. Keys are stored in files; names
 * live in the catalogs under `channelCatalogue.<key>`.
 */
export const channelKeys = [
  'phone',
  'email',
  'live-chat',
  'video-chat',
  'sms',
  'messaging',
  'social',
  'forum',
  'portal',
  'faq',
  'knowledge-base',
  'mobile-app',
  'in-person',
  'paper-mail',
] as const;

export type ChannelKey = (typeof channelKeys)[number];
