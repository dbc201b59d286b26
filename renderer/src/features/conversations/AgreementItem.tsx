import { useId, useState } from 'react';
import type { Agreement } from '../../../../shared/domain/conversation';
import { Button } from '../../ui/Button';
import { AgreementStatusForm } from './AgreementStatusForm';
import { ownerLabel, STATUS_LABELS } from './labels';
import type { Names } from './useNames';
import { shortDate } from './when';

interface AgreementItemProps {
  agreement: Agreement;
  names: Names;
  onChanged: (a: Agreement) => void;
}

const stampOf = (ms: number) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(ms));

/** One agreement: its words, whose it is, its dates, its status and the story of its changes. */
export function AgreementItem({ agreement: a, names, onChanged }: AgreementItemProps) {
  const textId = useId();
  const [updating, setUpdating] = useState(false);
  const changes = a.history.slice(1);

  return (
    <li className="conv-agreement" data-status={a.status}>
      <div className="conv-agreement__head">
        <p className="conv-agreement__text" id={textId}>
          {a.text}
        </p>
        <span className="conv-status" data-status={a.status}>
          {STATUS_LABELS[a.status]}
        </span>
      </div>
      <p className="conv-agreement__meta">
        {ownerLabel(a.owner, names)}
        {a.dueOn ? ` · by ${shortDate(a.dueOn)}` : ''}
        {a.followUpOn ? ` · look again ${shortDate(a.followUpOn)}` : ''}
      </p>

      {changes.length > 0 ? (
        <details className="conv-history">
          <summary>
            History ({changes.length} {changes.length === 1 ? 'change' : 'changes'})
          </summary>
          <ol className="conv-history__list">
            {a.history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <span className="conv-history__status">{STATUS_LABELS[h.status]}</span> · {stampOf(h.at)}
                {h.note ? <span className="conv-history__note"> — “{h.note}”</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      {updating ? (
        <AgreementStatusForm
          agreement={a}
          onCancel={() => setUpdating(false)}
          onSaved={(next) => {
            setUpdating(false);
            onChanged(next);
          }}
        />
      ) : (
        <div>
          <Button variant="link" onClick={() => setUpdating(true)} aria-describedby={textId}>
            {a.status === 'open' || a.status === 'renegotiated' ? 'How did it go?' : 'Change it'}
          </Button>
        </div>
      )}
    </li>
  );
}
