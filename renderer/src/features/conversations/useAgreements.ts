import { useCallback, useEffect, useState } from 'react';
import type { Agreement } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import type { AgreementStatus } from './labels';
import { useExplain } from './useExplain';

/** Agreements, optionally of one status, with in-place updates as the person changes them. */
export function useAgreements(status?: AgreementStatus) {
  const explain = useExplain();
  const [items, setItems] = useState<Agreement[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.agreements.list(status ? { status } : {}).then(
      (r) => {
        if (!alive) return;
        setItems(r.items);
        setError(null);
      },
      (e: unknown) => {
        const message = explain(e);
        if (alive && message) setError(message);
      },
    );
    return () => {
      alive = false;
    };
  }, [status, explain]);

  const replace = useCallback((a: Agreement) => setItems((xs) => (xs ? xs.map((x) => (x.id === a.id ? a : x)) : xs)), []);
  const add = useCallback((a: Agreement) => setItems((xs) => [a, ...(xs ?? [])]), []);
  return { items, error, replace, add };
}
