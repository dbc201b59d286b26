import type { AppInfo, VaultSummary } from '../../../../shared/contract';

/** What the lock screen may know: the app's folder state and each journal's public label. */
export interface LockScreenData {
  info: AppInfo;
  vaults: VaultSummary[];
}
