import type { ReactNode } from 'react';
import { CautionIcon, LeafNoteIcon, MoonIcon } from './Icons';

export type NoticeTone = 'caution' | 'calm' | 'rest';

interface NoticeProps {
  tone?: NoticeTone;
  title?: string;
  children: ReactNode;
  /** 'alert' for messages caused by what the person just did, so screen readers read them at once. */
  role?: 'alert' | 'status';
  id?: string;
}

const ICONS = { caution: CautionIcon, calm: LeafNoteIcon, rest: MoonIcon } as const;

/**
 * A soft, bordered note. Problems use a warm clay tone rather than red: they are things to sort
 * out together, not alarms.
 */
export function Notice({ tone = 'calm', title, children, role, id }: NoticeProps) {
  const Icon = ICONS[tone];
  return (
    <div className={`notice notice--${tone}`} role={role} id={id}>
      <Icon className="notice__icon" size={20} />
      <div className="notice__body">
        {title ? <p className="notice__title">{title}</p> : null}
        <div className="notice__text">{children}</div>
      </div>
    </div>
  );
}
