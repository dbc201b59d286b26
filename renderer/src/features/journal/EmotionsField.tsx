import { useId } from 'react';
import { emotionLabel } from '../../../../shared/domain/emotions';
import { EmotionPicker } from './EmotionPicker';
import { PlusIcon } from '../../ui/Icons';
import { CloseIcon } from './icons';

interface EmotionsFieldProps {
  value: readonly string[];
  onChange(next: string[]): void;
}

/** The feelings named in an entry, as chips with their own remove buttons, and a picker to add more. */
export function EmotionsField({ value, onChange }: EmotionsFieldProps) {
  const labelId = useId();
  return (
    <div className="entry-field" role="group" aria-labelledby={labelId}>
      <span className="entry-field__label" id={labelId}>
        Feelings
      </span>
      <div className="emotions-field">
        {value.length > 0 ? (
          <ul className="emotions-field__chips" aria-label="Feelings in this entry">
            {value.map((id) => (
              <li key={id} className="emotion-chip emotion-chip--removable">
                {emotionLabel(id)}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${emotionLabel(id).toLowerCase()}`}
                  onClick={() => onChange(value.filter((x) => x !== id))}
                >
                  <CloseIcon size={14} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <EmotionPicker
          value={value}
          onChange={onChange}
          trigger={
            <>
              <PlusIcon size={16} />
              <span>{value.length ? 'Add or change feelings' : 'Name a feeling'}</span>
            </>
          }
        />
      </div>
    </div>
  );
}
