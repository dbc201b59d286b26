import type { ComponentType, SVGProps } from 'react';
import { ConversationsIcon, JournalIcon, PartnerIcon, ProgressIcon, SettingsIcon } from '../ui/Icons';

export type SectionId = 'journal' | 'conversations' | 'partner' | 'progress' | 'settings';

export interface Section {
  id: SectionId;
  label: string;
  /** One line under the section's title saying what it is for. */
  intro: string;
  Icon: ComponentType<SVGProps<SVGSVGElement> & { size?: number }>;
}

export const SECTIONS: readonly Section[] = [
  {
    id: 'journal',
    label: 'Journal',
    intro: 'A private place to write things down as they are.',
    Icon: JournalIcon,
  },
  {
    id: 'conversations',
    label: 'Conversations',
    intro: 'Time set aside to talk, and the care that goes into it.',
    Icon: ConversationsIcon,
  },
  {
    id: 'partner',
    label: 'Partner',
    intro: 'Your connection with your partner, and what you chose to share.',
    Icon: PartnerIcon,
  },
  {
    id: 'progress',
    label: 'Progress',
    intro: 'How things are going, seen over months rather than days.',
    Icon: ProgressIcon,
  },
  {
    id: 'settings',
    label: 'Settings',
    intro: 'Locking, your passphrase and recovery key, and about Mend.',
    Icon: SettingsIcon,
  },
];
