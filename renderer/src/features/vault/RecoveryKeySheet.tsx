import { useState, type ReactNode } from 'react';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { CopyIcon, PrintIcon, SaveIcon } from '../../ui/Icons';
import { recoveryKeyFileText } from './recoveryKeyText';

interface RecoveryKeySheetProps {
  recoveryKey: string;
  label: string;
  /** The screen's heading (an <h1>, or a dialog's title). */
  heading: ReactNode;
  onContinue: () => void;
}

/**
 * Shows the recovery key, the one time it is ever shown. It lives only in this component's props:
 * never in web storage, never in a file unless the person saves one themselves.
 */
export function RecoveryKeySheet({ recoveryKey, label, heading, onContinue }: RecoveryKeySheetProps) {
  const [status, setStatus] = useState('');
  const groups = recoveryKey.split('-');
  const today = new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setStatus('Copied. Paste it somewhere private, like a password manager.');
    } catch {
      setStatus('Copying isn’t available here. You can save it to a file or print it instead.');
    }
  }

  async function save() {
    try {
      const { saved } = await api.system.saveTextFile({
        suggestedName: 'Mend recovery key.txt',
        text: recoveryKeyFileText(recoveryKey, label),
      });
      setStatus(saved ? 'Saved. Keep that file somewhere private, away from this computer if you can.' : 'Not saved.');
    } catch (err) {
      setStatus(messageOf(err));
    }
  }

  return (
    <section className="recovery-sheet print-sheet" aria-labelledby="recovery-sheet-heading">
      <p className="print-only recovery-sheet__print-title">Mend recovery key</p>
      <div id="recovery-sheet-heading" className="no-print">
        {heading}
      </div>
      <p className="recovery-sheet__lead">
        If you ever forget your passphrase, this key is the only way back into your journal. Mend shows it just this once and can’t show it
        again.
      </p>

      <ol className="recovery-key" data-testid="recovery-key" aria-label="Your recovery key, in eight groups">
        {groups.map((group, i) => (
          <li key={i} className="recovery-key__group">
            <span className="recovery-key__text" data-testid="recovery-key-group">
              {group}
            </span>
            <span className="recovery-key__number">{i + 1}</span>
          </li>
        ))}
      </ol>

      <p className="print-only recovery-sheet__print-meta">
        Journal: {label} · Made on {today}
      </p>
      <p className="recovery-sheet__advice">
        Write it down, print it or save it, and keep it somewhere private and safe — away from this computer. Anyone with this key and your
        journal file could read your journal.
      </p>
      <p className="print-only recovery-sheet__advice">If you make a new recovery key in Mend’s Settings, this one stops working.</p>

      <div className="recovery-sheet__actions no-print">
        <Button onClick={copy}>
          <CopyIcon size={18} /> Copy
        </Button>
        <Button onClick={save}>
          <SaveIcon size={18} /> Save to file
        </Button>
        <Button onClick={() => window.print()}>
          <PrintIcon size={18} /> Print
        </Button>
      </div>
      <p className="recovery-sheet__status no-print" role="status">
        {status}
      </p>

      <div className="recovery-sheet__continue no-print">
        <Button variant="primary" onClick={onContinue}>
          I’ve kept it safe — continue
        </Button>
      </div>
    </section>
  );
}
