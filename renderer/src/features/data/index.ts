/** The Data feature: backups and restore, export, and import. */
export { DataSettings } from './DataSettings';
export { RestoreFromBackup, type RestoreFromBackupProps } from './RestoreFromBackup';
