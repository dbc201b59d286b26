import { useId, useState, type KeyboardEvent } from 'react';
import { Tag } from '../../../../shared/domain/entry';
import { CloseIcon } from './icons';

const MAX_TAGS = 30;

interface TagsInputProps {
  value: readonly string[];
  onChange(next: string[]): void;
  /** Tags already used elsewhere in the journal, offered as suggestions. */
  suggestions: readonly string[];
}

/** Tags as removable chips; Enter or a comma adds what was typed, and leaving the field keeps it too. */
export function TagsInput({ value, onChange, suggestions }: TagsInputProps) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const messageId = useId();

  /** Adds each comma-separated piece; a piece that cannot be a tag stays in the box to be fixed. */
  function commit(raw: string): void {
    const pieces = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (pieces.length === 0) {
      setDraft('');
      return;
    }
    const next = [...value];
    let problem: string | null = null;
    let left = '';
    for (const piece of pieces) {
      const parsed = Tag.safeParse(piece.replace(/^#+/, ''));
      if (!parsed.success) {
        problem = parsed.error.issues[0]?.message ?? 'That can’t be a tag.';
        left = piece;
        continue;
      }
      if (next.some((t) => t.toLowerCase() === parsed.data.toLowerCase())) continue;
      if (next.length >= MAX_TAGS) {
        problem = `Up to ${MAX_TAGS} tags per entry.`;
        left = piece;
        break;
      }
      next.push(parsed.data);
    }
    if (next.length !== value.length) onChange(next);
    setDraft(left);
    setMessage(problem);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      commit(draft);
    }
  }

  const known = suggestions.filter((s) => !value.some((t) => t.toLowerCase() === s.toLowerCase()));

  return (
    <div className="entry-field">
      <label className="entry-field__label" htmlFor={inputId}>
        Tags
      </label>
      <p className="entry-field__hint" id={hintId}>
        Press Enter or type a comma after each one.
      </p>
      <div className="tags-input">
        {value.length > 0 ? (
          <ul className="tags-input__chips" aria-label="Tags on this entry">
            {value.map((t) => (
              <li key={t} className="tag-chip tag-chip--removable">
                <span aria-hidden="true">#</span>
                {t}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${t}`}
                  onClick={() => onChange(value.filter((x) => x !== t))}
                >
                  <CloseIcon size={14} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={inputId}
          className="tags-input__input"
          type="text"
          list={known.length ? listId : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={value.length ? 'Add another' : 'work, family, therapy…'}
          aria-describedby={[hintId, message ? messageId : null].filter(Boolean).join(' ')}
          aria-invalid={message ? true : undefined}
          value={draft}
          onChange={(e) => {
            const v = e.target.value;
            // A pasted "a, b, c" becomes three tags at once.
            if (v.includes(',')) commit(v);
            else {
              setDraft(v);
              if (message) setMessage(null);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => commit(draft)}
        />
        {known.length ? (
          <datalist id={listId}>
            {known.slice(0, 50).map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        ) : null}
      </div>
      {message ? (
        <p className="field__message field__message--caution" id={messageId} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
