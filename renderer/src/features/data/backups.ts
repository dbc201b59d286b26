import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';

export type BackupInfo = OutputOf<'backup.list'>['items'][number];

const KIND_WORDS: Record<BackupInfo['kind'], string> = {
  auto: 'Automatic',
  manual: 'Made by you',
  'before-restore': 'Kept before a restore',
  'before-migration': 'Kept before an update',
};

export function backupKindWord(kind: BackupInfo['kind']): string {
  return KIND_WORDS[kind];
}

export function backupWhen(ms: number): string {
  return new Date(ms).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface BackupsState {
  items: BackupInfo[] | null;
  error: string | null;
  reload: () => void;
}

/**
 * The backups of one journal, newest first. `onLocked` is for the open journal (the shell catches
 * up); on the lock screen there is nothing to catch up with, so it is left out.
 */
export function useBackups(vaultId: string | null, onLocked?: () => void): BackupsState {
  const [answer, setAnswer] = useState<{ vaultId: string; items: BackupInfo[] | null; error: string | null } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!vaultId) return;
    let alive = true;
    api.backup.list({ vaultId }).then(
      (r) => alive && setAnswer({ vaultId, items: r.items, error: null }),
      (e: unknown) => {
        if (!alive) return;
        if (isLockedError(e) && onLocked) onLocked();
        else setAnswer({ vaultId, items: null, error: messageOf(e) });
      },
    );
    return () => {
      alive = false;
    };
  }, [vaultId, version, onLocked]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = answer !== null && answer.vaultId === vaultId;
  return { items: current ? answer.items : null, error: current ? answer.error : null, reload };
}
