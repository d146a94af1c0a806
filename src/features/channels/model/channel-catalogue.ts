import type { ChannelKey } from '../../../lib/channel-catalogue';
import type { ReferenceGroupId } from './reference-preferences';

export interface CatalogueChannel {
  interaction: 'one-to-one' | 'one-to-many' | 'many-to-many';
  /** Whether the customer can reach a person through it. */
  humanTouch: boolean;
  /** The reference table's group whose preference figures apply, if any. */
  referenceGroup: ReferenceGroupId | null;
  /** A typical cost per handled contact in euro: a starting point the user replaces with their own. */
  typicalCost: number;
}

/** The method's channel catalogue (interaction types as the seeds classify them). */
export const channelCatalogue: Record<ChannelKey, CatalogueChannel> = {
  phone: { interaction: 'one-to-one', humanTouch: true, referenceGroup: 'phone', typicalCost: 6 },
  email: {
    interaction: 'one-to-one',
    humanTouch: true,
    referenceGroup: 'electronicMessages',
    typicalCost: 4,
  },
  'live-chat': {
    interaction: 'one-to-many',
    humanTouch: true,
    referenceGroup: 'electronicMessages',
    typicalCost: 3,
  },
  'video-chat': {
    interaction: 'one-to-many',
    humanTouch: true,
    referenceGroup: null,
    typicalCost: 6.5,
  },
  sms: {
    interaction: 'one-to-many',
    humanTouch: false,
    referenceGroup: 'electronicMessages',
    typicalCost: 1.5,
  },
  messaging: {
    interaction: 'one-to-many',
    humanTouch: true,
    referenceGroup: 'socialMedia',
    typicalCost: 2.5,
  },
  social: {
    interaction: 'many-to-many',
    humanTouch: true,
    referenceGroup: 'socialMedia',
    typicalCost: 3,
  },
  forum: { interaction: 'many-to-many', humanTouch: false, referenceGroup: null, typicalCost: 0.5 },
  portal: {
    interaction: 'many-to-many',
    humanTouch: false,
    referenceGroup: null,
    typicalCost: 0.3,
  },
  faq: { interaction: 'one-to-many', humanTouch: false, referenceGroup: null, typicalCost: 0.15 },
  'knowledge-base': {
    interaction: 'one-to-many',
    humanTouch: false,
    referenceGroup: null,
    typicalCost: 0.15,
  },
  'mobile-app': {
    interaction: 'one-to-many',
    humanTouch: false,
    referenceGroup: 'smartphoneApp',
    typicalCost: 0.5,
  },
  'in-person': {
    interaction: 'one-to-one',
    humanTouch: true,
    referenceGroup: null,
    typicalCost: 10,
  },
  'paper-mail': {
    interaction: 'one-to-one',
    humanTouch: true,
    referenceGroup: 'paperMail',
    typicalCost: 8,
  },
};
