import { useId, useState } from 'react';
import { Notice } from '../../ui/Notice';
import { BackupList } from './BackupList';
import { useBackups, type BackupInfo } from './backups';
import { RestoreDialog } from './RestoreDialog';
import './data.css';

export interface RestoreFromBackupProps {
  /** A journal whose file cannot be read (`problem === 'unreadable'` in vault.list). */
  vaultId: string;
  /** Called after a restore, so the lock screen can read the list of journals again. */
  onRestored?: () => void;
}

/**
 * For the lock screen, when a journal's file cannot be read (its label is not known then, so the
 * words here never name it): its backups, and the same restore
 * dialog as in Settings. The core lists backups while locked only for a journal in this state.
 */
export function RestoreFromBackup({ vaultId, onRestored }: RestoreFromBackupProps) {
  const backups = useBackups(vaultId);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [done, setDone] = useState(false);
  const titleId = useId();

  return (
    <section className="restore-from-backup" aria-labelledby={titleId}>
      <h2 className="restore-from-backup__title" id={titleId}>
        Restore from a backup
      </h2>
      {done ? (
        <Notice tone="calm" role="status">
          <p>Restored. Unlock the journal with the passphrase you had when that backup was made, or with your recovery key.</p>
        </Notice>
      ) : (
        <>
          <p className="restore-from-backup__lead">
            Mend can’t read this journal’s file just now. If it made a backup, you can bring the journal back from it.
          </p>
          {backups.error ? (
            <Notice tone="caution">
              <p>{backups.error}</p>
            </Notice>
          ) : backups.items ? (
            <BackupList items={backups.items} onRestore={setRestoring} />
          ) : null}
        </>
      )}
      <RestoreDialog
        vaultId={vaultId}
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null);
          setDone(true);
          onRestored?.();
        }}
      />
    </section>
  );
}
