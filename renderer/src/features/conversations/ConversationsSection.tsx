import { useState } from 'react';
import { AfterView } from './AfterView';
import { ConversationsHome } from './ConversationsHome';
import { DueNotice } from './DueNotice';
import { HoldView } from './HoldView';
import { PrepareView } from './PrepareView';
import { ScheduleView } from './ScheduleView';
import { useCalmStart } from './useCalmStart';
import { useDueNotice } from './useDueNotice';
import { useNames } from './useNames';
import { useNow } from './useNow';
import type { View } from './views';
import './conversations.css';

/**
 * The Conversations section: plan a time, prepare in private, hold the conversation with the
 * pause rule, and keep the agreements and boundaries that come out of it. Each conversation moves
 * through its own pages here; the shell's navigation stays where it is.
 */
export function ConversationsSection() {
  const [view, setView] = useState<View>({ name: 'home', tab: 'upcoming' });
  // Coming back to the overview from a page: focus goes to the tabs, since the button pressed is gone.
  const [returned, setReturned] = useState(false);
  const go = (next: View) => {
    if (next.name === 'home' && view.name !== 'home') setReturned(true);
    setView(next);
  };
  const names = useNames();
  const { notice, dismiss } = useDueNotice();
  const calmStart = useCalmStart();
  const now = useNow(60_000);

  switch (view.name) {
    case 'home':
      return (
        <div className="conv">
          {notice ? <DueNotice notice={notice} now={now} go={go} onDismiss={dismiss} /> : null}
          <ConversationsHome tab={view.tab} flash={view.flash} names={names} go={go} takeFocus={returned} />
        </div>
      );
    case 'schedule':
      return <ScheduleView draft={view.draft} editing={view.editing} heading={view.heading} go={go} />;
    case 'prepare':
      return <PrepareView key={view.conversationId} conversationId={view.conversationId} names={names} go={go} />;
    case 'hold':
      return <HoldView key={view.conversationId} conversationId={view.conversationId} names={names} calmStart={calmStart} go={go} />;
    case 'after':
      return <AfterView key={view.conversationId} conversationId={view.conversationId} names={names} go={go} />;
  }
}
