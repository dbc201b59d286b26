import { Button } from '../../ui/Button';
import { backupKindWord, backupSize, backupWhen, type BackupInfo } from './backups';

interface BackupListProps {
  items: readonly BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
}

/** The backups, newest first: when, what kind, how big, and a way to restore each. */
export function BackupList({ items, onRestore }: BackupListProps) {
  if (items.length === 0) return <p className="settings-card__fine">There are no backups yet.</p>;
  return (
    <ul className="backup-list" aria-label="Backups, newest first">
      {items.map((b) => (
        <li key={b.fileName} className="backup-list__item">
          <span className="backup-list__when">{backupWhen(b.createdAt)}</span>
          <span className="backup-list__meta">
            {backupKindWord(b.kind)} · {backupSize(b.bytes)}
          </span>
          <Button
            variant="link"
            className="backup-list__restore"
            onClick={() => onRestore(b)}
            aria-label={`Restore the backup from ${backupWhen(b.createdAt)}`}
          >
            Restore…
          </Button>
        </li>
      ))}
    </ul>
  );
}
