import { useState } from 'react';
import { MIN_PAUSE_MINUTES } from '../../../../shared/domain/conversation';
import { useCountdown } from '../../lib/useCountdown';
import { Button } from '../../ui/Button';
import { FocusHeading } from '../../ui/FocusHeading';
import { Notice } from '../../ui/Notice';
import { Breathing } from './Breathing';
import { clockIn, deviceTimeZone } from './when';

interface BreakViewProps {
  /** From the core's pause: when the couple agreed to come back. */
  returnAt: number;
  onReady: () => Promise<void>;
  onEndForToday: () => void;
  /** The core's answer when it is too early, shown as it is: it says how long is left. */
  message: string | null;
}

/** Whole minutes to go, in words: a countdown that shows time passing without ticking seconds at anyone. */
function leftWords(seconds: number): string {
  if (seconds <= 0) return 'It’s time, whenever you’re both ready.';
  if (seconds < 60) return 'Less than a minute to go.';
  const m = Math.ceil(seconds / 60);
  return `${m} minutes to go.`;
}

/** What a screen reader hears: only every five minutes and at the end, never each second. */
function coarseWords(seconds: number): string {
  if (seconds <= 0) return 'The break time is over. Come back together whenever you’re both ready.';
  const block = Math.ceil(seconds / 300) * 5;
  return `${block} minutes or less to go.`;
}

/**
 * The break. The time comes from the core's pause (returnAt) and is counted against this
 * computer's clock, so it survives leaving and coming back. Nothing rings when it ends.
 */
export function BreakView({ returnAt, onReady, onEndForToday, message }: BreakViewProps) {
  const seconds = useCountdown(returnAt);
  const [busy, setBusy] = useState(false);
  const over = seconds <= 0;

  return (
    <div className="conv-break" data-over={over || undefined}>
      <div className="conv-break__inner">
        <FocusHeading level={2} className="conv-break__title">
          Taking a break
        </FocusHeading>
        <p className="conv-break__return">Back together around {clockIn(returnAt, deviceTimeZone())}</p>
        <p className="conv-break__left" aria-hidden="true">
          {leftWords(seconds)}
        </p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {coarseWords(seconds)}
        </p>

        <Breathing />

        <p className="conv-break__guide">
          Step apart gently. Drink some water, stretch, walk. Try not to rehearse the argument — let your body settle. A break of at least{' '}
          {MIN_PAUSE_MINUTES} minutes gives both of you time to calm down.
        </p>

        {message ? (
          <Notice tone="rest" role="status">
            <p>{message}</p>
          </Notice>
        ) : null}
        <div className="conv-break__actions">
          {/* Quiet until the agreed time has passed, so the break itself is what the screen offers first. */}
          <Button
            variant={over ? 'primary' : 'secondary'}
            className="conv-hold__big-button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onReady();
              } finally {
                setBusy(false);
              }
            }}
          >
            We’re both ready
          </Button>
          <Button variant="quiet" onClick={onEndForToday}>
            End for today instead
          </Button>
        </div>
      </div>
    </div>
  );
}
