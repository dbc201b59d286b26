import { z } from 'zod';
import { channel } from './define';

export const Empty = z.object({}).strict();

export const AppInfo = z.object({
  name: z.literal('Mend'),
  version: z.string(),
  platform: z.string(),
  dataDir: z.object({
    path: z.string(),
    /** fresh: no vault yet; ready: holds vaults; unwritable: we cannot save there. */
    state: z.enum(['fresh', 'ready', 'unwritable']),
    vaultCount: z.number().int().nonnegative(),
  }),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app.info': channel(Empty, AppInfo),
};
