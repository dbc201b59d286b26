import { useCallback } from 'react';
import { useSession } from '../../app/SessionContext';
import { isLockedError, messageOf } from '../../lib/errors';

/**
 * The sentence to show for a failed call. The core writes its messages for people, so they are
 * shown as they are. "Locked" is not shown: the journal locked underneath us, so the shell is
 * asked to catch up and return to the lock screen instead.
 */
export function useExplain(): (e: unknown) => string | null {
  const { syncStatus } = useSession();
  return useCallback(
    (e: unknown) => {
      if (isLockedError(e)) {
        void syncStatus();
        return null;
      }
      return messageOf(e);
    },
    [syncStatus],
  );
}
