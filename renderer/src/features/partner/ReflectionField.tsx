import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { api } from '../../lib/api';
import { registerFlush } from '../../lib/flush';
import { useExplain } from './useExplain';

interface ReflectionFieldProps {
  receivedId: string;
  initial: string;
  /** The shared line saying reflections stay private, read with the field. */
  describedBy?: string;
}

/** Saved this long after the last keystroke: often enough to lose nothing, rarely enough to stay quiet. */
const SAVE_DELAY_MS = 800;

/**
 * "My reflection" on something the partner shared: private, saved as the person writes, and
 * flushed before the journal locks so a closing thought is never lost.
 */
export function ReflectionField({ receivedId, initial, describedBy }: ReflectionFieldProps) {
  const explain = useExplain();
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const typed = useRef(initial);
  const stored = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inputId = useId();
  const errorId = useId();

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = typed.current;
    if (text === stored.current) return;
    setState('saving');
    try {
      await api.received.reflect({ id: receivedId, reflection: text });
      stored.current = text;
      setError(null);
      setState(typed.current === text ? 'saved' : 'saving');
    } catch (e) {
      setError(explain(e));
      setState('idle');
    }
  }, [receivedId, explain]);

  // Lock flushes what is pending; so does leaving the page (unmount).
  useEffect(() => registerFlush(save), [save]);
  useEffect(() => () => void save(), [save]);

  function change(next: string) {
    setValue(next);
    typed.current = next;
    setState('idle');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }

  return (
    <div className="reflection">
      <div className="reflection__head">
        <label className="field__label" htmlFor={inputId}>
          My reflection
        </label>
        <span className="reflection__state" role="status">
          {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
        </span>
      </div>
      <textarea
        id={inputId}
        className="input reflection__input"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        maxLength={20_000}
        placeholder="What this brings up for you, questions you’d like to ask…"
        aria-describedby={[describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined}
        value={value}
        onChange={(e) => change(e.target.value)}
        onBlur={() => void save()}
      />
      {error ? (
        <p className="field__message field__message--caution" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
