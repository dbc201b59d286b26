import { useEffect, useState } from 'react';
import { api } from '../../lib/api';

export interface Names {
  me: string;
  partner: string;
}

const FALLBACK: Names = { me: 'Me', partner: 'My partner' };

/**
 * The two names used for turns and owners. Until the Partner section has them (or if it cannot be
 * read), plain stand-ins keep every screen usable.
 */
export function useNames(): Names {
  const [names, setNames] = useState<Names>(FALLBACK);
  useEffect(() => {
    let alive = true;
    api.partner.status({}).then(
      (s) => {
        if (!alive) return;
        setNames({ me: s.me.name?.trim() || FALLBACK.me, partner: s.partner?.name.trim() || FALLBACK.partner });
      },
      () => {},
    );
    return () => {
      alive = false;
    };
  }, []);
  return names;
}
