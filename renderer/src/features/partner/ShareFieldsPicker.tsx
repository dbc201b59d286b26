import { useId } from 'react';
import { SHARE_FIELDS, type ShareFields } from '../../../../shared/domain/share';
import { SHARE_FIELD_LABELS } from './shareFields';

interface ShareFieldsPickerProps {
  fields: ShareFields;
  onChange: (fields: ShareFields) => void;
}

/** Which parts of the entries travel. Whatever is unticked stays in this journal. */
export function ShareFieldsPicker({ fields, onChange }: ShareFieldsPickerProps) {
  const hintId = useId();
  return (
    <fieldset className="share-fields" aria-describedby={hintId}>
      <legend className="field__label">What travels with each entry</legend>
      <p className="field__hint" id={hintId}>
        Anything you untick stays in your journal. Your notes always travel.
      </p>
      <ul className="share-fields__list">
        {SHARE_FIELDS.map((f) => {
          const { label, hint } = SHARE_FIELD_LABELS[f];
          return (
            <li key={f}>
              <label className="share-fields__option">
                <input
                  type="checkbox"
                  className="partner-checkbox"
                  checked={fields[f]}
                  onChange={(e) => onChange({ ...fields, [f]: e.target.checked })}
                />
                <span>
                  <span className="share-fields__label">{label}</span>
                  {hint ? <span className="share-fields__hint">{hint}</span> : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
