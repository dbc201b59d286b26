import { useState } from 'react';
import { Wordmark } from '../ui/BrandMark';
import { DueBanner } from './DueBanner';
import { LockButton } from './LockButton';
import { SECTIONS, type SectionId } from './sections';
import { SectionView } from './SectionView';
import { useSession } from './SessionContext';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';
import { TherapistNote } from './TherapistNote';

/** The open journal: navigation on the left, the chosen section on the right. */
export function AppShell() {
  const { label, lock } = useSession();
  const [current, setCurrent] = useState<SectionId>('journal');
  const [navigated, setNavigated] = useState(false);
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0]!;

  return (
    <div className="shell">
      <SkipLink />
      <div className="shell__sidebar">
        <div className="shell__brand">
          <Wordmark />
        </div>
        <SideNav
          current={current}
          onNavigate={(id) => {
            setCurrent(id);
            setNavigated(true);
          }}
        />
        <div className="shell__sidebar-foot">
          <p className="shell__journal">
            <span className="shell__journal-caption">Open journal</span>
            <span className="shell__journal-label">{label}</span>
          </p>
          <LockButton onLock={() => void lock()} />
        </div>
      </div>
      <div className="shell__content" data-scroll-root>
        <main id="main" className="shell__main" tabIndex={-1}>
          {/* Once per unlock (the shell mounts afresh); the Conversations section speaks for itself. */}
          {current !== 'conversations' && !navigated ? (
            <DueBanner
              onOpenConversations={() => {
                setCurrent('conversations');
                setNavigated(true);
              }}
            />
          ) : null}
          <SectionView key={section.id} section={section} takeFocus={navigated} />
        </main>
        <footer className="shell__footer">
          <TherapistNote />
        </footer>
      </div>
    </div>
  );
}
