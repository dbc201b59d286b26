import { useId, useState } from 'react';
import type { Boundary } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { BoundaryForm } from './BoundaryForm';
import { CrossingForm } from './CrossingForm';
import { AREA_LABELS } from './labels';
import { RemoveBoundary } from './RemoveBoundary';
import { longDate } from './when';

interface BoundaryItemProps {
  boundary: Boundary;
  today: string;
  onChanged: (b: Boundary) => void;
  onRemoved: () => void;
}

type Mode = 'view' | 'edit' | 'crossing';

/** One boundary: the words, its dates (with a gentle "time to revisit"), its crossings and repairs. */
export function BoundaryItem({ boundary: b, today, onChanged, onRemoved }: BoundaryItemProps) {
  const textId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const revisit = b.revisitOn !== null && b.revisitOn <= today;

  return (
    <li className="conv-boundary" data-revisit={revisit || undefined}>
      <div className="conv-boundary__head">
        <span className="conv-boundary__area">{AREA_LABELS[b.area]}</span>
        {revisit ? <span className="conv-status conv-status--revisit">Time to revisit</span> : null}
      </div>
      <p className="conv-boundary__text" id={textId}>
        {b.text}
      </p>
      <p className="conv-agreement__meta">
        Agreed {longDate(b.agreedOn)}
        {b.revisitOn ? ` · revisit ${longDate(b.revisitOn)}` : ''}
      </p>

      {b.crossings.length > 0 ? (
        <details className="conv-history">
          <summary>{b.crossings.length === 1 ? 'Crossed once' : `Crossed ${b.crossings.length} times`} — and repaired</summary>
          <ol className="conv-crossings">
            {b.crossings.map((c, i) => (
              <li key={`${c.on}-${i}`} className="conv-crossing">
                <p className="conv-crossing__date">{longDate(c.on)}</p>
                <p>
                  <span className="conv-crossing__label">What happened: </span>
                  {c.what}
                </p>
                {c.redress ? (
                  <p>
                    <span className="conv-crossing__label">Making it right: </span>
                    {c.redress}
                  </p>
                ) : null}
                {c.renewedCommitment ? (
                  <p>
                    <span className="conv-crossing__label">Our commitment: </span>
                    {c.renewedCommitment}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      {mode === 'edit' ? (
        <BoundaryForm
          initial={b}
          submitLabel="Save changes"
          onCancel={() => setMode('view')}
          onSubmit={async (draft) => {
            onChanged(await api.boundaries.update({ id: b.id, boundary: draft }));
            setMode('view');
          }}
        />
      ) : mode === 'crossing' ? (
        <CrossingForm
          boundary={b}
          onCancel={() => setMode('view')}
          onSaved={(next) => {
            onChanged(next);
            setMode('view');
          }}
        />
      ) : (
        <div className="conv-boundary__actions">
          <Button variant="link" onClick={() => setMode('crossing')} aria-describedby={textId}>
            Record a crossing
          </Button>
          <Button variant="link" onClick={() => setMode('edit')} aria-describedby={textId}>
            Edit
          </Button>
          <RemoveBoundary boundary={b} onRemoved={onRemoved} />
        </div>
      )}
    </li>
  );
}
