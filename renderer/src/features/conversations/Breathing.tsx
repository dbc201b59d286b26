import { useEffect, useState } from 'react';

const IN_MS = 4000;
const OUT_MS = 6000;

type Phase = 'rest' | 'in' | 'out';

/**
 * A slow breath: in for four seconds, out for six (a longer out-breath calms the body). One timer
 * drives both the words and the circle, so they never drift apart. With reduced motion the circle
 * stays still and only the words change, slowly.
 */
export function Breathing() {
  // Starts small and grows on the next tick, so the very first in-breath is drawn too.
  const [phase, setPhase] = useState<Phase>('rest');
  useEffect(() => {
    const ms = phase === 'rest' ? 60 : phase === 'in' ? IN_MS : OUT_MS;
    const id = setTimeout(() => setPhase((p) => (p === 'in' ? 'out' : 'in')), ms);
    return () => clearTimeout(id);
  }, [phase]);

  return (
    <div className="conv-breath">
      <p className="visually-hidden">A breathing guide: breathe in for a count of four, and out for a count of six.</p>
      <div className="conv-breath__stage" aria-hidden="true">
        <div className="conv-breath__circle" data-phase={phase} />
        <p className="conv-breath__words">{phase === 'out' ? 'Breathe out…' : 'Breathe in…'}</p>
      </div>
    </div>
  );
}
