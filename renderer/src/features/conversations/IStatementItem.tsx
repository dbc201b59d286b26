import { useId } from 'react';
import { Button } from '../../ui/Button';
import { LeafNoteIcon } from '../../ui/Icons';
import { ABSOLUTE_NUDGE, soundsLikeAnAbsolute } from './nudge';
import { TextArea } from './TextArea';

interface IStatementItemProps {
  index: number;
  value: string;
  autoFocus?: boolean;
  onChange: (value: string) => void;
  onRemove: () => void;
}

/** One draft sentence, with a gentle suggestion (never a red error) when it starts with a verdict. */
export function IStatementItem({ index, value, autoFocus, onChange, onRemove }: IStatementItemProps) {
  const id = useId();
  const nudge = soundsLikeAnAbsolute(value);
  return (
    <li className="conv-istatement">
      <label className="visually-hidden" htmlFor={id}>
        I-statement {index + 1}
      </label>
      <div className="conv-istatement__row">
        <TextArea
          id={id}
          rows={2}
          autoFocus={autoFocus}
          value={value}
          maxLength={1000}
          placeholder="I felt … when … because I need …"
          aria-describedby={nudge ? `${id}-nudge` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <Button variant="quiet" onClick={onRemove} aria-label={`Remove I-statement ${index + 1}`}>
          Remove
        </Button>
      </div>
      {/* Polite, so it is heard once when it appears, without interrupting typing. */}
      <div role="status" aria-live="polite">
        {nudge ? (
          <p className="conv-nudge" id={`${id}-nudge`}>
            <LeafNoteIcon size={18} className="conv-nudge__icon" />
            <span>{ABSOLUTE_NUDGE}</span>
          </p>
        ) : null}
      </div>
    </li>
  );
}
