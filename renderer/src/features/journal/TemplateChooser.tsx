import { useId } from 'react';
import { ENTRY_KINDS, KIND_LABELS, type EntryKind } from '../../../../shared/domain/entry';
import { TEMPLATES } from '../../../../shared/domain/templates';
import { KindChip } from './KindChip';

export interface NewEntryChoice {
  kind: EntryKind;
  templateId: string | null;
}

interface TemplateChooserProps {
  onChoose(choice: NewEntryChoice): void;
  /** Heading level for the two groups, so they fit under whatever heading comes before. */
  level: 2 | 3;
}

/**
 * The ways to start writing: a guided template (headings and gentle prompts, all editable) or a
 * blank page of any kind.
 */
export function TemplateChooser({ onChoose, level }: TemplateChooserProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const guidedId = useId();
  const blankId = useId();
  return (
    <div className="template-chooser">
      <section className="template-chooser__group" aria-labelledby={guidedId}>
        <Heading className="template-chooser__heading" id={guidedId}>
          With a gentle guide
        </Heading>
        <ul className="template-chooser__grid">
          {TEMPLATES.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="template-card"
                data-kind={t.kind}
                onClick={() => onChoose({ kind: t.kind, templateId: t.id })}
              >
                <span className="template-card__name">{t.name}</span>
                <span className="template-card__description">{t.description}</span>
                <KindChip kind={t.kind} />
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="template-chooser__group" aria-labelledby={blankId}>
        <Heading className="template-chooser__heading" id={blankId}>
          Or start blank
        </Heading>
        <ul className="template-chooser__blank">
          {ENTRY_KINDS.map((k) => (
            <li key={k}>
              <button type="button" className="blank-kind" data-kind={k} onClick={() => onChoose({ kind: k, templateId: null })}>
                <span className="kind-chip__dot" aria-hidden="true" />
                <span>
                  <span className="visually-hidden">Start blank: </span>
                  {KIND_LABELS[k]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
