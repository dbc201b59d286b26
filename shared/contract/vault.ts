import { z } from 'zod';
import { channel } from './define';
import { Empty } from './app';
import { isSafeLinkUrl } from '../domain/links';

/** Bounded so a hostile caller cannot make us hash megabytes; far above any real passphrase. */
const Passphrase = z.string().min(1, 'Enter your passphrase.').max(1024, 'That passphrase is too long (1024 characters at most).');
const VaultId = z.string().regex(/^[a-z0-9]{26}$/, 'That is not a vault id.');

export const VaultLabel = z
  .string()
  .trim()
  .min(1, 'Give this journal a short label.')
  .max(40, 'Keep the label to 40 characters.')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'The label cannot contain control characters.');

export const VaultSummary = z.object({
  id: VaultId,
  /** The only thing about a vault shown while locked: a label its owner chose, knowing it is visible. */
  label: z.string(),
  problem: z.enum(['unreadable']).nullable(),
});
export type VaultSummary = z.infer<typeof VaultSummary>;

export const LockReason = z.enum(['manual', 'idle', 'os-lock', 'suspend', 'quit', 'passphrase-reset']);
export type LockReason = z.infer<typeof LockReason>;

export const VaultStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('locked'), lastLockReason: LockReason.nullable() }),
  z.object({
    state: z.literal('unlocked'),
    vaultId: VaultId,
    label: z.string(),
    /** Set after unlocking with the recovery key: the person must choose a new passphrase first. */
    needsNewPassphrase: z.boolean(),
  }),
]);
export type VaultStatus = z.infer<typeof VaultStatus>;

export const VaultSettings = z.object({
  idleLockMinutes: z.number().int().min(1).max(240),
  /** How many daily automatic backups to keep. */
  backupsToKeep: z.number().int().min(1).max(60),
  /** The words this couple agreed to begin conversations with ('' = Mend's default). Encrypted like everything else. */
  calmStartScript: z.string().max(2000, 'Keep the opening words to 2000 characters.'),
});
export type VaultSettings = z.infer<typeof VaultSettings>;

export const RecoveryKeyText = z.string().min(1, 'Enter your recovery key.').max(200, 'That recovery key is too long.');

export const vaultContract = {
  'vault.list': channel(Empty, z.object({ vaults: z.array(VaultSummary) })),
  'vault.status': channel(Empty, VaultStatus),
  'vault.create': channel(
    z.object({ label: VaultLabel, passphrase: Passphrase }).strict(),
    z.object({ vaultId: VaultId, recoveryKey: z.string() }),
  ),
  'vault.unlock': channel(z.object({ vaultId: VaultId, passphrase: Passphrase }).strict(), VaultStatus),
  'vault.unlockWithRecoveryKey': channel(z.object({ vaultId: VaultId, recoveryKey: RecoveryKeyText }).strict(), VaultStatus),
  'vault.setNewPassphrase': channel(z.object({ passphrase: Passphrase }).strict(), VaultStatus),
  'vault.lock': channel(Empty, VaultStatus),
  /** The renderer reports activity (throttled) so idle auto-lock measures time away from Mend. */
  'vault.touch': channel(Empty, z.null()),
  'vault.changePassphrase': channel(z.object({ current: Passphrase, next: Passphrase }).strict(), z.null()),
  'vault.regenerateRecoveryKey': channel(z.object({ passphrase: Passphrase }).strict(), z.object({ recoveryKey: z.string() })),
  'vault.getSettings': channel(Empty, VaultSettings),
  'vault.updateSettings': channel(VaultSettings.partial().strict(), VaultSettings),
};

export const systemContract = {
  /** Opens a link from an entry in the system browser, after the person confirmed it. */
  'system.openExternal': channel(z.object({ url: z.string().max(2048).refine(isSafeLinkUrl, 'Mend only opens web and email links.') }).strict(), z.null()),
  /** Saves text the person asked to keep (e.g. their recovery key) where they choose, via the OS dialog. */
  'system.saveTextFile': channel(
    z
      .object({
        // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
        suggestedName: z.string().min(1).max(120).regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'That file name is not allowed.'),
        text: z.string().max(100_000),
      })
      .strict(),
    z.object({ saved: z.boolean() }),
  ),
};
