import type { PartnerStatus } from '../../../../shared/contract';

/** A moment worth saying out loud on the Partner page: the pairing just changed. */
export interface Announcement {
  title: string;
  text: string;
}

/** What changed between two statuses, in words, or null when nothing about the pairing did. */
export function announcementFor(before: PartnerStatus | null, after: PartnerStatus): Announcement | null {
  const was = before?.partner ?? null;
  const now = after.partner;
  if (now?.verified && !was?.verified) {
    return {
      title: 'Paired and verified',
      text: `Your safety phrase matches. Once ${now.name} has marked it verified on their side too, you can share with each other.`,
    };
  }
  if (was && !now) {
    return {
      title: `Unpaired from ${was.name}`,
      text: `Anything ${was.name} shared with you stays in your journal. To share again, exchange cards and compare a new safety phrase.`,
    };
  }
  return null;
}
