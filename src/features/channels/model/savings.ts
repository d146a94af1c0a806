import type { Channel, SavingsPlanValues } from './channel';

export interface ChannelVolume {
  channelId: string;
  contactsBefore: number;
  contactsAfter: number;
  costPerContact: number;
  costBefore: number;
  costAfter: number;
}

export interface SavingsResult {
  channels: ChannelVolume[];
  contactsBefore: number;
  contactsAfter: number;
  monthlyCostBefore: number;
  monthlyCostAfter: number;
  yearlySaving: number;
  averageCostBefore: number | null;
  averageCostAfter: number | null;
  /** Contacts moved to another channel each month, before any failure. */
  movedContacts: number;
  /** Moved contacts the new channel does not resolve (its failure rate). */
  unresolvedContacts: number;
  /** Of the unresolved ones, those that come back to the phone (or, without one, where they came from). */
  calledBack: number;
  /** Contacts that came back to the phone because the first attempt failed. */
  returnedToPhone: number;
}

/**
 * Contacts and cost per month before and after the planned shifts. A shift moves a share of one
 * channel's monthly contacts (as they were before any shift) to another. The new channel does not
 * resolve `failureRatePercent` of the moved contacts, and `failureSharePercent` of those failures
 * come back to the phone (or, without a phone channel in use, to where they came from); the rest
 * stay counted on the new channel. Channels without volumes or costs count as zero.
 */
export function computeSavings(
  channels: readonly Channel[],
  plan: SavingsPlanValues,
): SavingsResult {
  const inUse = channels.filter(
    (channel) => channel.status === 'in-use' || channel.status === 'planned',
  );
  const before = new Map(inUse.map((channel) => [channel.id, channel.monthlyContacts ?? 0]));
  const after = new Map(before);
  const phone = inUse.find(
    (channel) => channel.catalogKey === 'phone' && channel.status === 'in-use',
  );
  let movedContacts = 0;
  let unresolvedContacts = 0;
  let calledBack = 0;
  let returnedToPhone = 0;
  for (const shift of plan.shifts) {
    if (
      !before.has(shift.fromChannelId) ||
      !after.has(shift.toChannelId) ||
      shift.fromChannelId === shift.toChannelId
    )
      continue;
    const moved = ((before.get(shift.fromChannelId) ?? 0) * shift.sharePercent) / 100;
    const unresolved = (moved * plan.failureRatePercent) / 100;
    const failed = (unresolved * plan.failureSharePercent) / 100;
    movedContacts += moved;
    unresolvedContacts += unresolved;
    calledBack += failed;
    const fallback = phone?.id ?? shift.fromChannelId;
    after.set(shift.fromChannelId, (after.get(shift.fromChannelId) ?? 0) - moved);
    after.set(shift.toChannelId, (after.get(shift.toChannelId) ?? 0) + moved - failed);
    after.set(fallback, (after.get(fallback) ?? 0) + failed);
    if (phone) returnedToPhone += failed;
  }
  const volumes = inUse.map((channel) => {
    const costPerContact = channel.costPerContact ?? 0;
    const contactsBefore = before.get(channel.id) ?? 0;
    const contactsAfter = Math.max(0, after.get(channel.id) ?? 0);
    return {
      channelId: channel.id,
      contactsBefore,
      contactsAfter,
      costPerContact,
      costBefore: contactsBefore * costPerContact,
      costAfter: contactsAfter * costPerContact,
    };
  });
  const sum = (pick: (volume: ChannelVolume) => number) =>
    volumes.reduce((total, volume) => total + pick(volume), 0);
  const contactsBefore = sum((volume) => volume.contactsBefore);
  const contactsAfter = sum((volume) => volume.contactsAfter);
  const monthlyCostBefore = sum((volume) => volume.costBefore);
  const monthlyCostAfter = sum((volume) => volume.costAfter);
  return {
    channels: volumes,
    contactsBefore,
    contactsAfter,
    monthlyCostBefore,
    monthlyCostAfter,
    yearlySaving: (monthlyCostBefore - monthlyCostAfter) * 12,
    averageCostBefore: contactsBefore > 0 ? monthlyCostBefore / contactsBefore : null,
    averageCostAfter: contactsAfter > 0 ? monthlyCostAfter / contactsAfter : null,
    movedContacts,
    unresolvedContacts,
    calledBack,
    returnedToPhone,
  };
}
