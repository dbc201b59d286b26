import { useEffect } from 'react';
import { formatSeconds, useCountdown } from '../../lib/useCountdown';

interface RetryCountdownProps {
  until: number;
  onDone: () => void;
}

/**
 * Counts down a wait the core asked for. The ticking text is not announced each second (that
 * would be exhausting to hear); the parent announces when trying again is possible.
 */
export function RetryCountdown({ until, onDone }: RetryCountdownProps) {
  const seconds = useCountdown(until);
  useEffect(() => {
    if (seconds === 0) onDone();
  }, [seconds, onDone]);
  return (
    <p className="retry-countdown" aria-live="off">
      You can try again in <span className="retry-countdown__time">{formatSeconds(seconds)}</span>.
    </p>
  );
}
