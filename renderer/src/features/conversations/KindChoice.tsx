import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { CONVERSATION_KINDS, CONVERSATION_KIND_LABELS } from '../../../../shared/domain/conversation';
import { KIND_DESCRIPTIONS, type Kind } from './labels';

interface KindChoiceProps {
  value: Kind;
  onChange: (kind: Kind) => void;
}

/** The three kinds as cards with a line each, so choosing does not need the words explained. */
export function KindChoice({ value, onChange }: KindChoiceProps) {
  const labelId = useId();
  return (
    <div className="field">
      <span className="field__label" id={labelId}>
        What kind of conversation?
      </span>
      <RadioGroup.Root
        className="conv-kinds"
        aria-labelledby={labelId}
        value={value}
        onValueChange={(v) => {
          const kind = CONVERSATION_KINDS.find((k) => k === v);
          if (kind) onChange(kind);
        }}
      >
        {CONVERSATION_KINDS.map((kind) => (
          <RadioGroup.Item key={kind} value={kind} className="conv-kind" aria-describedby={`${labelId}-${kind}`}>
            <span className="conv-kind__dot" aria-hidden="true">
              <RadioGroup.Indicator className="conv-kind__dot-fill" />
            </span>
            <span className="conv-kind__text">
              <span className="conv-kind__label">{CONVERSATION_KIND_LABELS[kind]}</span>
              <span className="conv-kind__hint" id={`${labelId}-${kind}`}>
                {KIND_DESCRIPTIONS[kind]}
              </span>
            </span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
