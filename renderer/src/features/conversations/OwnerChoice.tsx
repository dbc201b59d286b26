import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { ownerLabel, type Owner } from './labels';
import type { Names } from './useNames';

const OWNERS: readonly Owner[] = ['both', 'me', 'partner'];

/** Whose agreement it is, by name: "Alex", "Blair", "Both of us". */
export function OwnerChoice({ value, onChange, names }: { value: Owner; onChange: (o: Owner) => void; names: Names }) {
  const labelId = useId();
  return (
    <div className="field">
      <span className="field__label" id={labelId}>
        Whose is it?
      </span>
      <RadioGroup.Root
        className="conv-choice"
        aria-labelledby={labelId}
        value={value}
        onValueChange={(v) => {
          const owner = OWNERS.find((o) => o === v);
          if (owner) onChange(owner);
        }}
      >
        {OWNERS.map((o) => (
          <RadioGroup.Item key={o} value={o} className="conv-choice__item">
            {ownerLabel(o, names)}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
