import { TemplateChooser, type NewEntryChoice } from './TemplateChooser';
import { PenIcon } from './icons';

/** A new journal: no pressure, just the ways to begin. */
export function EmptyJournal({ onChoose }: { onChoose(choice: NewEntryChoice): void }) {
  return (
    <div className="journal-empty">
      <div className="journal-empty__art" aria-hidden="true">
        <PenIcon size={30} />
      </div>
      <p className="journal-empty__heading">Nothing here yet.</p>
      <p className="journal-empty__body">When you’re ready, write about a feeling, a setback or a small recovery.</p>
      <TemplateChooser level={2} onChoose={onChoose} />
    </div>
  );
}
