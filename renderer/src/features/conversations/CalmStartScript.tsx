import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { TextArea } from './TextArea';
import { DEFAULT_CALM_START } from './useCalmStart';

interface CalmStartScriptProps {
  text: string;
  onChange: (text: string) => void;
  /** Smaller, as a reminder line once the conversation is under way. */
  quiet?: boolean;
}

/** The words the couple agreed to begin with, read aloud together; either of them can edit them. */
export function CalmStartScript({ text, onChange, quiet = false }: CalmStartScriptProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);

  if (editing) {
    return (
      <form
        className="conv-script conv-script--editing"
        onSubmit={(e) => {
          e.preventDefault();
          onChange(draft.trim() || DEFAULT_CALM_START);
          setEditing(false);
        }}
      >
        <label className="field__label" htmlFor={id}>
          Our calm start
        </label>
        <TextArea id={id} rows={3} value={draft} maxLength={1000} autoFocus onChange={(e) => setDraft(e.target.value)} />
        <div className="button-row">
          <Button variant="quiet" onClick={() => setDraft(DEFAULT_CALM_START)}>
            Use the suggested words
          </Button>
          <Button variant="quiet" onClick={() => setEditing(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            Keep these words
          </Button>
        </div>
      </form>
    );
  }
  return (
    <figure className={`conv-script${quiet ? ' conv-script--quiet' : ''}`}>
      <blockquote className="conv-script__text">{text}</blockquote>
      <figcaption className="conv-script__caption">
        {quiet ? null : <span>Read it aloud together, slowly.</span>}
        <Button
          variant="link"
          onClick={() => {
            setDraft(text);
            setEditing(true);
          }}
        >
          Change the words
        </Button>
      </figcaption>
    </figure>
  );
}
