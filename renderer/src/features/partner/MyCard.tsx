import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { CopyIcon, SaveIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { useExplain } from './useExplain';

interface MyCardProps {
  /** The card carries the name, so it is fetched again whenever the name changes. */
  name: string | null;
}

/**
 * "My partner card" as a code to copy or a file to save. The code is also shown, so it can be
 * selected by hand where the clipboard is not available (Mend refuses clipboard permissions in
 * some setups).
 */
export function MyCard({ name }: MyCardProps) {
  const explain = useExplain();
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const codeId = useId();
  const explainId = useId();

  useEffect(() => {
    if (!name) return;
    let alive = true;
    api.partner
      .myCard({})
      .then((card) => alive && setCode(card.code))
      .catch((e: unknown) => alive && setError(explain(e)));
    return () => {
      alive = false;
    };
  }, [name, explain]);

  async function copy() {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied. Paste it into a message or email to your partner.');
    } catch {
      codeRef.current?.focus();
      codeRef.current?.select();
      setStatus('Copying isn’t available here, so the code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  }

  async function save() {
    setError(null);
    try {
      const { saved } = await api.partner.saveMyCard({});
      setStatus(saved ? 'Saved. Send that file to your partner any way you like.' : 'Not saved.');
    } catch (e) {
      setError(explain(e));
    }
  }

  const explanation = (
    <p className="partner-card__explain" id={explainId}>
      Your card holds only your public keys and your name — nothing private — so it’s safe to send any way you like.
    </p>
  );

  if (!name) {
    return (
      <div className="partner-card">
        {explanation}
        <p className="partner-muted">Add your name above first: it goes on the card.</p>
      </div>
    );
  }

  return (
    <div className="partner-card">
      {explanation}
      <label className="field__label" htmlFor={codeId}>
        Your partner card
      </label>
      <textarea
        ref={codeRef}
        id={codeId}
        className="input partner-code"
        readOnly
        rows={3}
        spellCheck={false}
        autoComplete="off"
        value={code ?? ''}
        aria-describedby={explainId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="partner-actions">
        <Button onClick={copy} disabled={!code}>
          <CopyIcon size={18} /> Copy code
        </Button>
        <Button onClick={save} disabled={!code}>
          <SaveIcon size={18} /> Save as file…
        </Button>
      </div>
      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <p className="partner-status-line" role="status">
        {status}
      </p>
    </div>
  );
}
