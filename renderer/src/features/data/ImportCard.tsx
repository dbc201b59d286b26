import { useState } from 'react';
import type { ImportReport } from '../../../../shared/contract/data';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { FolderIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { SettingsCard } from '../settings/SettingsCard';
import { ImportOutcome } from './ImportOutcome';
import { JobProgressBar } from './JobProgressBar';
import { useJob } from './useJob';

type Source = 'dayone' | 'markdown-folder' | 'mend-json';

const SOURCES: readonly { value: Source; label: string; hint: string; button: string }[] = [
  { value: 'dayone', label: 'A Day One export', hint: 'The .json file, or the .zip that Day One made.', button: 'Choose file…' },
  {
    value: 'markdown-folder',
    label: 'A folder of Markdown files',
    hint: 'Every .md file in it, including its folders.',
    button: 'Choose folder…',
  },
  { value: 'mend-json', label: 'A Mend export', hint: 'The JSON file made by Export.', button: 'Choose file…' },
];

const WORDS = {
  starting: 'Choose what to import, then Mend reads it…',
  saving: 'Adding the entries to your journal…',
};

/** Brings entries in from elsewhere. All or nothing: a file with problems imports nothing and says why. */
export function ImportCard() {
  const { syncStatus } = useSession();
  const job = useJob('import');
  const [source, setSource] = useState<Source>('dayone');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = SOURCES.find((s) => s.value === source)!;

  async function importNow() {
    setReport(null);
    setError(null);
    try {
      setReport(await job.run((jobId) => api.import.run({ jobId, source })));
    } catch (e) {
      if (isLockedError(e)) void syncStatus();
      else setError(messageOf(e));
    }
  }

  return (
    <SettingsCard
      title="Import"
      description={<p>Bring in entries you wrote somewhere else. They join your journal, encrypted like everything you write here.</p>}
    >
      <fieldset className="choice-list" disabled={job.running}>
        <legend className="field__label">What are you importing?</legend>
        {SOURCES.map((s) => (
          <label key={s.value} className="choice">
            <input type="radio" name="import-source" value={s.value} checked={source === s.value} onChange={() => setSource(s.value)} />
            <span className="choice__text">
              <span className="choice__label">{s.label}</span>
              <span className="choice__hint">{s.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {job.progress ? (
        <JobProgressBar progress={job.progress} words={WORDS} onCancel={job.cancel} />
      ) : (
        <Button variant="primary" onClick={importNow}>
          <FolderIcon size={18} />
          {chosen.button}
        </Button>
      )}
      <div role="status" className="data-status">
        {report ? <ImportOutcome report={report} /> : null}
        {error ? (
          <Notice tone="caution">
            <p>{error}</p>
          </Notice>
        ) : null}
      </div>
    </SettingsCard>
  );
}
