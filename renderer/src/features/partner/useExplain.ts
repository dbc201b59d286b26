import { useCallback } from 'react';
import { useSession } from '../../app/SessionContext';
import { isLockedError, messageOf } from '../../lib/errors';

/**
 * Turns a failed call into the sentence to show. The core writes its messages for people, so they
 * are shown as they are; "locked" is not shown at all: the journal locked underneath us, and the
 * shell is asked to catch up and return to the lock screen.
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
