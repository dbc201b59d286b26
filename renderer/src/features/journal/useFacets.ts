import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { useLockedCatchUp } from './useLockedCatchUp';

export type Facets = OutputOf<'entries.facets'>;

/** Tags in use, and how many entries are in the journal and in the trash; refetched after writes. */
export function useFacets(version: number): Facets | null {
  const [facets, setFacets] = useState<Facets | null>(null);
  const catchUp = useLockedCatchUp();
  useEffect(() => {
    let live = true;
    api.entries.facets({}).then(
      (f) => live && setFacets(f),
      // Facets only refine the page (tag choices, counts); without them it still works.
      (e: unknown) => catchUp(e),
    );
    return () => {
      live = false;
    };
  }, [version, catchUp]);
  return facets;
}
