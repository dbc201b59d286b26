import { useCallback, useEffect, useRef, useState } from 'react';
import type { LockReason, VaultStatus } from '../../../shared/contract';
import { api } from '../lib/api';
import { messageOf } from '../lib/errors';
import { flushAll } from '../lib/flush';
import type { CreatedVault } from '../features/vault/CreateVaultForm';
import type { LockScreenData } from '../features/vault/lockScreenData';

/**
 * Where the person is, from the renderer's point of view. Everything past `locked` holds decrypted
 * state (or, right after creation, the recovery key); leaving it unmounts that whole subtree.
 */
export type Phase =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'locked'; reason: LockReason | null }
  | { kind: 'recovery-key'; label: string; recoveryKey: string }
  | { kind: 'choose-passphrase'; label: string }
  | { kind: 'open'; label: string };

export function isUnlockedPhase(p: Phase): boolean {
  return p.kind === 'open' || p.kind === 'recovery-key' || p.kind === 'choose-passphrase';
}

function phaseFromStatus(status: VaultStatus): Phase {
  if (status.state === 'locked') return { kind: 'locked', reason: status.lastLockReason };
  if (status.needsNewPassphrase) return { kind: 'choose-passphrase', label: status.label };
  return { kind: 'open', label: status.label };
}

interface Start {
  lockData: LockScreenData;
  status: VaultStatus;
}

/** Everything the first screen depends on, asked for together. */
async function fetchStart(): Promise<Start> {
  const [info, list, status] = await Promise.all([api.app.info({}), api.vault.list({}), api.vault.status({})]);
  return { lockData: { info, vaults: list.vaults }, status };
}

export function useVaultSession() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  /** Bumped on every unlock; the unlocked tree is keyed by it, so no state survives into the next session. */
  const [session, setSession] = useState(0);
  const [lockData, setLockData] = useState<LockScreenData | null>(null);
  const locking = useRef(false);

  const loadLockData = useCallback(async () => {
    const [info, list] = await Promise.all([api.app.info({}), api.vault.list({})]);
    setLockData({ info, vaults: list.vaults });
  }, []);

  const applyStart = useCallback((start: Start) => {
    setLockData(start.lockData);
    if (start.status.state === 'unlocked') setSession((n) => n + 1);
    setPhase(phaseFromStatus(start.status));
  }, []);

  const failStart = useCallback((e: unknown) => setPhase({ kind: 'unavailable', message: messageOf(e) }), []);

  /** "Try again" on the unavailable screen. */
  const retry = useCallback(() => fetchStart().then(applyStart, failStart), [applyStart, failStart]);

  /** Drops every unlocked screen at once; the lock screen then reloads the list of journals. */
  const enterLocked = useCallback(
    (reason: LockReason | null) => {
      setPhase((p) => (p.kind === 'locked' ? p : { kind: 'locked', reason }));
      loadLockData().catch((e: unknown) => setPhase({ kind: 'unavailable', message: messageOf(e) }));
    },
    [loadLockData],
  );

  /** Flush what features still hold, then ask the core to lock. The screen clears even if the core is unreachable. */
  const lock = useCallback(async () => {
    if (locking.current) return;
    locking.current = true;
    let reason: LockReason | null = 'manual';
    try {
      await flushAll();
      const status = await api.vault.lock({});
      if (status.state === 'locked') reason = status.lastLockReason;
    } catch {
      // Nothing useful to show here: the lock screen is the safe place to be either way.
    } finally {
      locking.current = false;
      enterLocked(reason);
    }
  }, [enterLocked]);

  /** For features that meet a "locked" error: the core locked without us hearing, so catch up. */
  const syncStatus = useCallback(async () => {
    try {
      const status = await api.vault.status({});
      if (status.state === 'locked') enterLocked(status.lastLockReason);
    } catch {
      enterLocked(null);
    }
  }, [enterLocked]);

  useEffect(() => {
    let alive = true;
    fetchStart().then(
      (start) => alive && applyStart(start),
      (e: unknown) => alive && failStart(e),
    );
    return () => {
      alive = false;
    };
  }, [applyStart, failStart]);

  useEffect(
    () =>
      api.events.subscribe((event) => {
        if (event.type === 'vault.locked') enterLocked(event.reason);
        else if (event.type === 'vault.lockRequested') void lock();
      }),
    [enterLocked, lock],
  );

  const unlocked = useCallback((status: VaultStatus) => {
    setSession((s) => s + 1);
    setPhase(phaseFromStatus(status));
  }, []);

  const created = useCallback(
    ({ label, recoveryKey }: CreatedVault) => {
      setSession((s) => s + 1);
      setPhase({ kind: 'recovery-key', label, recoveryKey });
      // Refresh now, so the lock screen already lists the new journal when it next appears.
      loadLockData().catch(() => {});
    },
    [loadLockData],
  );

  const recoveryKeyKept = useCallback((label: string) => setPhase({ kind: 'open', label }), []);
  const passphraseChosen = useCallback((status: VaultStatus) => setPhase(phaseFromStatus(status)), []);

  return {
    phase,
    session,
    lockData,
    retry,
    reloadLockData: loadLockData,
    lock,
    syncStatus,
    unlocked,
    created,
    recoveryKeyKept,
    passphraseChosen,
  };
}
