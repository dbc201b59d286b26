import { useEffect, useState } from 'react';
import type { Boundary } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { BoundaryForm } from './BoundaryForm';
import { BoundaryItem } from './BoundaryItem';
import { useExplain } from './useExplain';
import { localToday } from './when';

/** The register of boundaries you agreed, the ones due a fresh look first. */
export function BoundariesTab() {
  const explain = useExplain();
  const [items, setItems] = useState<Boundary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const today = localToday();

  useEffect(() => {
    let alive = true;
    api.boundaries.list({}).then(
      (r) => alive && setItems(r.items),
      (e: unknown) => {
        const message = explain(e);
        if (alive && message) setError(message);
      },
    );
    return () => {
      alive = false;
    };
  }, [explain]);

  const replace = (b: Boundary) => setItems((xs) => (xs ? xs.map((x) => (x.id === b.id ? b : x)) : xs));
  const due = (b: Boundary) => (b.revisitOn !== null && b.revisitOn <= today ? 0 : 1);
  const sorted = [...(items ?? [])].sort((a, b) => due(a) - due(b));

  return (
    <div className="conv-stack">
      <div className="conv-group__head">
        <p className="conv-muted">Boundaries you’ve agreed together, and how you repair when one is crossed.</p>
        {!adding ? (
          <Button onClick={() => setAdding(true)}>
            <PlusIcon size={18} />
            Add a boundary
          </Button>
        ) : null}
      </div>

      {adding ? (
        <div className="conv-card">
          <BoundaryForm
            submitLabel="Add boundary"
            onCancel={() => setAdding(false)}
            onSubmit={async (draft) => {
              const b = await api.boundaries.create(draft);
              setItems((xs) => [...(xs ?? []), b]);
              setAdding(false);
            }}
          />
        </div>
      ) : null}

      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : items === null ? (
        <p className="conv-muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="conv-muted">No boundaries written down yet. When you agree one, add it here so you can both come back to it.</p>
      ) : (
        <ul className="conv-boundaries" aria-label="Boundaries">
          {sorted.map((b) => (
            <BoundaryItem
              key={b.id}
              boundary={b}
              today={today}
              onChanged={replace}
              onRemoved={() => setItems((xs) => (xs ?? []).filter((x) => x.id !== b.id))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
