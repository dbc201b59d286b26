import { useEffect, useState } from 'react';
import type { PartnerStatus } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { useExplain } from './useExplain';

/** Who I am and who I am paired with. Every partner.* call answers with a fresh status to adopt. */
export function usePartnerStatus() {
  const explain = useExplain();
  const [status, setStatus] = useState<PartnerStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.partner
      .status({})
      .then((s) => alive && setStatus(s))
      .catch((e: unknown) => alive && setError(explain(e)));
    return () => {
      alive = false;
    };
  }, [explain]);

  return { status, setStatus, error };
}
