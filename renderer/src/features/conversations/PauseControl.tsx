import { useState } from 'react';
import { MIN_PAUSE_MINUTES } from '../../../../shared/domain/conversation';
import { Button } from '../../ui/Button';
import { MoonIcon } from '../../ui/Icons';

const CHOICES = [20, 30, 45, 60] as const;

interface PauseControlProps {
  onPause: (minutes: number) => Promise<void>;
}

/**
 * The pause rule, one press away. Choosing the length is the only question, and every choice
 * honours the minimum, so calling a pause never turns into a negotiation.
 */
export function PauseControl({ onPause }: PauseControlProps) {
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!choosing) {
    return (
      <Button variant="secondary" className="conv-pause-button" onClick={() => setChoosing(true)}>
        <MoonIcon size={22} />
        Pause
      </Button>
    );
  }
  return (
    <div className="conv-pause-choose" role="group" aria-label="How long a break?">
      <p className="conv-pause-choose__text">A break of at least {MIN_PAUSE_MINUTES} minutes. How long?</p>
      <div className="conv-pause-choose__options">
        {CHOICES.map((m) => (
          <Button
            key={m}
            variant="secondary"
            className="conv-pause-choose__option"
            disabled={busy}
            autoFocus={m === CHOICES[0]}
            onClick={async () => {
              setBusy(true);
              try {
                await onPause(m);
              } finally {
                setBusy(false);
              }
            }}
          >
            {m === 60 ? '1 hour' : `${m} minutes`}
          </Button>
        ))}
        <Button variant="quiet" onClick={() => setChoosing(false)} disabled={busy}>
          Keep talking
        </Button>
      </div>
    </div>
  );
}
