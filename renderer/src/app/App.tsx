import { Tooltip } from 'radix-ui';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { scrubLexical } from '../editor/scrub';
import { ChooseNewPassphrase } from '../features/vault/ChooseNewPassphrase';
import { LockScreen } from '../features/vault/LockScreen';
import { NewVaultRecoveryKey } from '../features/vault/NewVaultRecoveryKey';
import { StorageProblem } from '../features/vault/StorageProblem';
import { useActivityTouch } from '../lib/useActivityTouch';
import { useLockShortcut } from '../lib/useLockShortcut';
import { AppShell } from './AppShell';
import { LoadingScreen } from './LoadingScreen';
import { SessionContext, type SessionValue } from './SessionContext';
import { Unavailable } from './Unavailable';
import { isUnlockedPhase, useVaultSession } from './useVaultSession';

/**
 * Picks the screen for where the person is. Every unlocked screen is keyed by the session
 * number, so locking (or unlocking again) throws away everything the previous session rendered.
 */
export function App() {
  const s = useVaultSession();
  const { phase, session, lockData, lock, syncStatus } = s;
  const unlocked = isUnlockedPhase(phase);

  useActivityTouch(unlocked);
  const lockNow = useCallback(() => void lock(), [lock]);
  useLockShortcut(lockNow, unlocked);
  // Runs after the unlocked screens have unmounted: no editor text may outlive the session.
  useEffect(() => {
    if (phase.kind === 'locked') scrubLexical();
  }, [phase.kind]);

  const label = 'label' in phase ? phase.label : '';
  const sessionValue = useMemo<SessionValue>(() => ({ label, lock, syncStatus }), [label, lock, syncStatus]);

  let screen: ReactNode;
  switch (phase.kind) {
    case 'loading':
      screen = <LoadingScreen />;
      break;
    case 'unavailable':
      screen = <Unavailable message={phase.message} onRetry={s.retry} />;
      break;
    case 'locked':
      if (!lockData) screen = <LoadingScreen />;
      else if (lockData.info.dataDir.state === 'unwritable')
        screen = <StorageProblem path={lockData.info.dataDir.path} onRetry={s.reloadLockData} />;
      else screen = <LockScreen data={lockData} reason={phase.reason} onUnlocked={s.unlocked} onCreated={s.created} onRestored={s.reloadLockData} />;
      break;
    case 'recovery-key':
      screen = (
        <NewVaultRecoveryKey
          key={session}
          label={phase.label}
          recoveryKey={phase.recoveryKey}
          onDone={() => s.recoveryKeyKept(phase.label)}
        />
      );
      break;
    case 'choose-passphrase':
      screen = <ChooseNewPassphrase key={session} label={phase.label} onDone={s.passphraseChosen} onLock={lockNow} />;
      break;
    case 'open':
      screen = (
        <SessionContext.Provider value={sessionValue}>
          <AppShell key={session} />
        </SessionContext.Provider>
      );
      break;
  }

  return <Tooltip.Provider delayDuration={500}>{screen}</Tooltip.Provider>;
}
