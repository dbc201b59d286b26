import { ToggleGroup } from 'radix-ui';
import { useState } from 'react';
import { AGREEMENT_STATUSES } from '../../../../shared/domain/conversation';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { AgreementForm } from './AgreementForm';
import { AgreementList } from './AgreementList';
import { STATUS_LABELS, type AgreementStatus } from './labels';
import { useAgreements } from './useAgreements';
import type { Names } from './useNames';

type Filter = AgreementStatus | 'all';

const EMPTY: Record<Filter, string> = {
  all: 'No agreements yet. They’ll appear here as you make them in your conversations.',
  open: 'Nothing open right now.',
  kept: 'None marked kept yet.',
  missed: 'None marked missed.',
  renegotiated: 'None renegotiated.',
};

/** Every agreement, filterable by how it stands, with the same updates as after a conversation. */
export function AgreementsTab({ names }: { names: Names }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [adding, setAdding] = useState(false);
  const { items, error, replace, add } = useAgreements(filter === 'all' ? undefined : filter);

  return (
    <div className="conv-stack">
      <div className="conv-group__head">
        <ToggleGroup.Root
          type="single"
          className="conv-filter"
          aria-label="Show agreements"
          value={filter}
          onValueChange={(v) => {
            // A single toggle group can be emptied by pressing the active item; keep one chosen.
            if (v === 'all' || AGREEMENT_STATUSES.some((s) => s === v)) setFilter(v as Filter);
          }}
        >
          <ToggleGroup.Item value="all" className="conv-filter__item">
            All
          </ToggleGroup.Item>
          {AGREEMENT_STATUSES.map((s) => (
            <ToggleGroup.Item key={s} value={s} className="conv-filter__item">
              {STATUS_LABELS[s]}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup.Root>
        {!adding ? (
          <Button onClick={() => setAdding(true)}>
            <PlusIcon size={18} />
            Add an agreement
          </Button>
        ) : null}
      </div>

      {adding ? (
        <div className="conv-card">
          <AgreementForm
            conversationId={null}
            names={names}
            onCreated={(a) => {
              if (filter === 'all' || filter === 'open') add(a);
              setAdding(false);
            }}
          />
          <div>
            <Button variant="quiet" onClick={() => setAdding(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}

      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : items === null ? (
        <p className="conv-muted">Loading…</p>
      ) : (
        <AgreementList items={items} names={names} onChanged={replace} empty={EMPTY[filter]} label="Agreements" />
      )}
    </div>
  );
}
