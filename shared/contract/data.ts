import { z } from 'zod';
import { channel } from './define';
import { Empty } from './app';

/** A job id the renderer chooses, so it can cancel a long export or import it started. */
export const JobId = z.string().regex(/^[a-z0-9-]{8,40}$/, 'That is not a job id.');

const BackupInfo = z.object({ fileName: z.string(), kind: z.enum(['auto', 'manual', 'before-restore', 'before-migration']), createdAt: z.number(), bytes: z.number().int() });
const BackupFileName = z.string().regex(/^[a-z-]+-\d{8}T\d{6}Z(?:-v\d+)?(?:-\d+)?\.mend$/, 'That is not a backup file name.');
const VaultId = z.string().regex(/^[a-z0-9]{26}$/, 'That is not a vault id.');

export const ImportReport = z.object({
  outcome: z.enum(['imported', 'cancelled', 'refused']),
  imported: z.number().int(),
  /** When refused: what was wrong, item by item (at most 50), so the person can fix the file. */
  problems: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const dataContract = {
  'export.run': channel(
    z
      .object({
        jobId: JobId,
        format: z.enum(['json', 'markdown']),
        includeTrash: z.boolean().default(false),
        /** The person saw the warning that the export is not encrypted. */
        acknowledgedUnencrypted: z.literal(true, { message: 'Confirm that you understand the export is not encrypted.' }),
      })
      .strict(),
    z.object({ outcome: z.enum(['saved', 'cancelled']), entries: z.number().int() }),
  ),
  'import.run': channel(z.object({ jobId: JobId, source: z.enum(['dayone', 'markdown-folder', 'mend-json']) }).strict(), ImportReport),
  'job.cancel': channel(z.object({ jobId: JobId }).strict(), z.null()),
  'backup.list': channel(z.object({ vaultId: VaultId }).strict(), z.object({ items: z.array(BackupInfo) })),
  'backup.create': channel(Empty, BackupInfo),
  'backup.restore': channel(
    z
      .object({
        vaultId: VaultId,
        fileName: BackupFileName,
        passphrase: z.string().min(1).max(1024).optional(),
        recoveryKey: z.string().min(1).max(200).optional(),
        /** The person confirmed replacing the current journal (a copy of it is kept first). */
        confirmed: z.literal(true, { message: 'Confirm that you want to replace the current journal with this backup.' }),
      })
      .strict()
      .refine((r) => (r.passphrase === undefined) !== (r.recoveryKey === undefined), 'Enter the passphrase or the recovery key for this backup.'),
    z.object({ restored: z.literal(true), safetyCopy: z.string().nullable() }),
  ),
};
