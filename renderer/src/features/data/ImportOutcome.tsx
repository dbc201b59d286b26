import type { ImportReport } from '../../../../shared/contract/data';
import { Notice } from '../../ui/Notice';

/** The core reports at most 50 problems; the list is capped here too, so it always stays readable. */
const MAX_PROBLEMS = 50;

/** What an import did: how many entries came in, or, when nothing did, exactly why. */
export function ImportOutcome({ report }: { report: ImportReport }) {
  if (report.outcome === 'imported') {
    const n = report.imported;
    return (
      <Notice tone="calm">
        <p>
          Imported {n.toLocaleString()} {n === 1 ? 'entry' : 'entries'}. You’ll find {n === 1 ? 'it' : 'them'} in your journal, on the days{' '}
          {n === 1 ? 'it was' : 'they were'} written.
        </p>
      </Notice>
    );
  }
  if (report.outcome === 'cancelled') {
    return (
      <Notice tone="calm">
        <p>Nothing was imported.</p>
      </Notice>
    );
  }
  const shown = report.problems.slice(0, MAX_PROBLEMS);
  return (
    <Notice tone="caution" title="Nothing was imported">
      <p>Mend found {shown.length === 1 ? 'a problem' : 'these problems'} in what you chose. Once fixed, the whole file can be imported.</p>
      <ul className="import-problems">
        {shown.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </Notice>
  );
}
