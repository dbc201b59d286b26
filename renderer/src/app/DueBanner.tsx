import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';

interface DueBannerProps {
  onOpenConversations(): void;
}

/**
 * On opening Mend: a gentle word when a planned conversation came and went while Mend was closed
 * or locked. It only peeks; the Conversations section says which ones and offers the next step.
 */
export function DueBanner({ onOpenConversations }: DueBannerProps) {
  const [count, setCount] = useState(0);

  useEffect(() => {
    let live = true;
    api.conversations
      .dueNotice({ peek: true })
      .then(({ items }) => {
        if (live) setCount(items.length);
      })
      .catch(() => {
        // A kindness, not a duty: if it cannot be read, the Conversations section still shows the plan.
      });
    return () => {
      live = false;
    };
  }, []);

  if (count === 0) return null;
  return (
    <div className="due-banner">
      <Notice tone="calm" title={count === 1 ? 'A conversation you planned came and went' : 'Conversations you planned came and went'}>
        <p>That’s okay. When you’re ready, you can plan the next one together.</p>
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              setCount(0);
              onOpenConversations();
            }}
          >
            Open Conversations
          </Button>{' '}
          <Button variant="quiet" onClick={() => setCount(0)}>
            Not now
          </Button>
        </p>
      </Notice>
    </div>
  );
}
