import { useRef, useState } from 'react';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/Icons';
import { IStatementItem } from './IStatementItem';

const MAX = 20;

interface IStatementsProps {
  items: string[];
  onChange: (items: string[]) => void;
}

/** Draft sentences about my own experience, ready to say out loud. */
export function IStatements({ items, onChange }: IStatementsProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  // The draft just added takes focus, so writing can start at once.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const replace = (i: number, value: string) => onChange(items.map((x, j) => (j === i ? value : x)));
  const remove = (i: number) => {
    onChange(items.filter((_, j) => j !== i));
    setFocusIndex(null);
    // The Remove button disappears with its draft; focus goes somewhere that still makes sense.
    addRef.current?.focus();
  };
  return (
    <div className="conv-istatements">
      {items.length > 0 ? (
        <ol className="conv-istatements__list">
          {items.map((text, i) => (
            // Index keys: the drafts have no ids of their own, and they are controlled, so text follows position.
            <IStatementItem
              key={i}
              index={i}
              value={text}
              autoFocus={i === focusIndex}
              onChange={(v) => replace(i, v)}
              onRemove={() => remove(i)}
            />
          ))}
        </ol>
      ) : null}
      {items.length < MAX ? (
        <div>
          <Button
            ref={addRef}
            variant="secondary"
            onClick={() => {
              setFocusIndex(items.length);
              onChange([...items, '']);
            }}
          >
            <PlusIcon size={18} />
            {items.length === 0 ? 'Write an I-statement' : 'Add another'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
