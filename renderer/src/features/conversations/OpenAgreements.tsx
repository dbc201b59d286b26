import type { Agreement } from '../../../../shared/domain/conversation';
import { ownerLabel, STATUS_LABELS } from './labels';
import type { Names } from './useNames';
import { shortDate } from './when';

interface OpenAgreementsProps {
  items: Agreement[];
  names: Names;
  /** Bigger type for the shared screen of a conversation. */
  large?: boolean;
}

/** Agreements still open from before: brought back each time until they are kept or changed. */
export function OpenAgreements({ items, names, large = false }: OpenAgreementsProps) {
  if (items.length === 0) return <p className="conv-muted">No open agreements from before.</p>;
  return (
    <ul className={`conv-open-agreements${large ? ' conv-open-agreements--large' : ''}`}>
      {items.map((a) => (
        <li key={a.id} className="conv-open-agreement">
          <span className="conv-open-agreement__text">{a.text}</span>
          <span className="conv-open-agreement__meta">
            {ownerLabel(a.owner, names)}
            {a.dueOn ? ` · by ${shortDate(a.dueOn)}` : ''}
            {a.followUpOn ? ` · follow up ${shortDate(a.followUpOn)}` : ''}
            {a.status !== 'open' ? ` · ${STATUS_LABELS[a.status].toLowerCase()}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
