import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SettingsCard } from '../settings/SettingsCard';
import { BackupList } from './BackupList';
import { backupWhen, useBackups, type BackupInfo } from './backups';
import { KeepBackupsSetting } from './KeepBackupsSetting';
import { RestoreDialog } from './RestoreDialog';

/** The open journal's encrypted backups: make one now, choose how many to keep, restore one. */
export function BackupsCard() {
  const { syncStatus } = useSession();
  const onLocked = useCallback(() => void syncStatus(), [syncStatus]);
  const [vaultId, setVaultId] = useState<string | null>(null);
  const backups = useBackups(vaultId, onLocked);
  const [making, setMaking] = useState(false);
  const [note, setNote] = useState<{ tone: 'calm' | 'caution'; text: string } | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  useEffect(() => {
    let alive = true;
    api.vault.status({}).then(
      (s) => {
        if (!alive) return;
        if (s.state === 'unlocked') setVaultId(s.vaultId);
        else void syncStatus();
      },
      (e: unknown) => alive && setNote({ tone: 'caution', text: messageOf(e) }),
    );
    return () => {
      alive = false;
    };
  }, [syncStatus]);

  async function makeBackup() {
    setMaking(true);
    setNote(null);
    try {
      const b = await api.backup.create({});
      setNote({ tone: 'calm', text: `Backup made, ${backupWhen(b.createdAt)}.` });
      backups.reload();
    } catch (e) {
      if (isLockedError(e)) onLocked();
      else setNote({ tone: 'caution', text: messageOf(e) });
    } finally {
      setMaking(false);
    }
  }

  return (
    <SettingsCard
      title="Backups"
      description={
        <p>
          Mend keeps encrypted backups of your journal in its data folder, and makes one automatically each day you unlock it. A backup
          opens with the passphrase, or the recovery key, you had when it was made.
        </p>
      }
    >
      <KeepBackupsSetting onLocked={onLocked} />
      <div className="backups-actions">
        <Button onClick={makeBackup} disabled={making || vaultId === null}>
          {making ? 'Making a backup…' : 'Make a backup now'}
        </Button>
      </div>
      <div role="status" className="data-status">
        {note ? (
          <Notice tone={note.tone}>
            <p>{note.text}</p>
          </Notice>
        ) : null}
      </div>
      {backups.error ? (
        <Notice tone="caution">
          <p>{backups.error}</p>
        </Notice>
      ) : backups.items ? (
        <BackupList items={backups.items} onRestore={setRestoring} />
      ) : null}
      {vaultId ? (
        <RestoreDialog
          vaultId={vaultId}
          backup={restoring}
          onClose={() => setRestoring(null)}
          // The core locks the journal as it restores; the shell hears it and shows the lock screen.
          onRestored={() => setRestoring(null)}
        />
      ) : null}
    </SettingsCard>
  );
}
