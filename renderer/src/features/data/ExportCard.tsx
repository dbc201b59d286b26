import { useId, useState } from 'react';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { SaveIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { SettingsCard } from '../settings/SettingsCard';
import { JobProgressBar } from './JobProgressBar';
import { useJob } from './useJob';

type Format = 'json' | 'markdown';

const FORMATS: readonly { value: Format; label: string; hint: string }[] = [
  { value: 'markdown', label: 'Markdown files, in a zip', hint: 'One file per entry, readable in almost any app.' },
  { value: 'json', label: 'One JSON file', hint: 'Everything, including conversations and agreements; Mend can import it again.' },
];

const WORDS = {
  starting: 'Getting your entries ready…',
  reading: 'Reading your entries…',
  saving: 'Choose where to save the file…',
};

/** Writes the journal out in the clear, only after the person has read (and ticked) that it is not encrypted. */
export function ExportCard() {
  const { syncStatus } = useSession();
  const job = useJob('export');
  const [format, setFormat] = useState<Format>('markdown');
  const [includeTrash, setIncludeTrash] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [result, setResult] = useState<{ tone: 'calm' | 'caution'; text: string } | null>(null);
  const warningId = useId();

  async function exportNow() {
    if (!understood) return;
    setResult(null);
    try {
      const r = await job.run((jobId) => api.export.run({ jobId, format, includeTrash, acknowledgedUnencrypted: true }));
      setResult(
        r.outcome === 'saved'
          ? {
              tone: 'calm',
              text: `Saved ${r.entries.toLocaleString()} ${r.entries === 1 ? 'entry' : 'entries'}. Remember that the file is not encrypted.`,
            }
          : { tone: 'calm', text: 'Nothing was saved.' },
      );
    } catch (e) {
      if (isLockedError(e)) void syncStatus();
      else setResult({ tone: 'caution', text: messageOf(e) });
    } finally {
      // Every export asks again: the warning is about this file, not a setting.
      setUnderstood(false);
    }
  }

  return (
    <SettingsCard title="Export" description={<p>A copy of your entries to keep or to open in another app.</p>}>
      <fieldset className="choice-list" disabled={job.running}>
        <legend className="field__label">Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value} className="choice">
            <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
            <span className="choice__text">
              <span className="choice__label">{f.label}</span>
              <span className="choice__hint">{f.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={includeTrash} onChange={(e) => setIncludeTrash(e.target.checked)} disabled={job.running} />
        <span className="choice__label">Include entries in the Trash</span>
      </label>

      <Notice tone="caution" id={warningId}>
        <p>
          This file will not be encrypted. Anyone who opens it can read what you wrote. Keep it somewhere safe, and delete it when you no
          longer need it.
        </p>
      </Notice>
      <label className="choice">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
          aria-describedby={warningId}
          disabled={job.running}
        />
        <span className="choice__label">I understand this file will not be encrypted</span>
      </label>

      {job.progress ? (
        <JobProgressBar progress={job.progress} words={WORDS} onCancel={job.cancel} />
      ) : (
        <Button variant="primary" onClick={exportNow} disabled={!understood}>
          <SaveIcon size={18} />
          Export…
        </Button>
      )}
      <div role="status" className="data-status">
        {result ? (
          <Notice tone={result.tone}>
            <p>{result.text}</p>
          </Notice>
        ) : null}
      </div>
    </SettingsCard>
  );
}
