import { RadioGroup } from 'radix-ui';
import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { CalmStartScript } from './CalmStartScript';
import { nameOf, type Who } from './turns';
import type { Names } from './useNames';

interface BeforeStartProps {
  names: Names;
  calmStart: string;
  onCalmStart: (text: string) => void;
  onBegin: (firstSpeaker: Who, suggestSwitch: boolean) => Promise<void>;
  error: string | null;
}

/** The threshold: a moment to arrive, say the agreed words, and choose who speaks first. */
export function BeforeStart({ names, calmStart, onCalmStart, onBegin, error }: BeforeStartProps) {
  const firstId = useId();
  const [first, setFirst] = useState<Who>('me');
  const [suggest, setSuggest] = useState(true);
  const [busy, setBusy] = useState(false);

  return (
    <div className="conv-before">
      <p className="conv-hold__lead">Sit somewhere comfortable, side by side or facing each other. Take a breath together.</p>
      <CalmStartScript text={calmStart} onChange={onCalmStart} />

      <div className="conv-before__setup">
        <div className="field">
          <span className="field__label" id={firstId}>
            Who speaks first?
          </span>
          <RadioGroup.Root
            className="conv-choice conv-choice--large"
            aria-labelledby={firstId}
            value={first}
            onValueChange={(v) => setFirst(v === 'partner' ? 'partner' : 'me')}
          >
            {(['me', 'partner'] as const).map((w) => (
              <RadioGroup.Item key={w} value={w} className="conv-choice__item">
                {nameOf(w, names)}
              </RadioGroup.Item>
            ))}
          </RadioGroup.Root>
        </div>
        <label className="conv-check">
          <input type="checkbox" checked={suggest} onChange={(e) => setSuggest(e.target.checked)} />
          <span>Gently suggest switching after about five minutes</span>
        </label>
      </div>

      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <div>
        <Button
          variant="primary"
          className="conv-hold__big-button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onBegin(first, suggest);
            } finally {
              setBusy(false);
            }
          }}
        >
          We’re ready — begin
        </Button>
      </div>
    </div>
  );
}
