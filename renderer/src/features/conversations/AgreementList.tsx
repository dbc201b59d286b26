import type { Agreement } from '../../../../shared/domain/conversation';
import { AgreementItem } from './AgreementItem';
import type { Names } from './useNames';

interface AgreementListProps {
  items: Agreement[];
  names: Names;
  onChanged: (a: Agreement) => void;
  empty: string;
  label: string;
}

export function AgreementList({ items, names, onChanged, empty, label }: AgreementListProps) {
  if (items.length === 0) return <p className="conv-muted">{empty}</p>;
  return (
    <ul className="conv-agreements" aria-label={label}>
      {items.map((a) => (
        <AgreementItem key={a.id} agreement={a} names={names} onChanged={onChanged} />
      ))}
    </ul>
  );
}
