import { useCallback } from 'react';
import { useSession } from '../../app/SessionContext';
import { isLockedError } from '../../lib/errors';

/**
 * A "locked" answer means the core locked without the renderer hearing (say, the OS slept).
 * Handing it to the shell clears every decrypted screen at once, instead of showing an error.
 */
export function useLockedCatchUp(): (e: unknown) => void {
  const { syncStatus } = useSession();
  return useCallback(
    (e: unknown) => {
      if (isLockedError(e)) void syncStatus();
    },
    [syncStatus],
  );
}
