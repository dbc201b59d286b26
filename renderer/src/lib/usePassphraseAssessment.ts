import { useEffect, useMemo, useState } from 'react';
import type { PassphraseAssessment } from '../../../shared/passphrase';

type Assess = (passphrase: string, context?: string[]) => PassphraseAssessment;

/*
 * The strength checker carries large dictionaries, and only the screens that set a passphrase
 * need it, so it loads on first use instead of with the lock screen.
 */
let loading: Promise<Assess> | null = null;
function loadAssess(): Promise<Assess> {
  loading ??= import('../../../shared/passphrase').then((m) => m.assessPassphrase);
  return loading;
}

/** Starts loading the checker early (e.g. on the welcome screen), so the meter is ready when typing starts. */
export function preloadPassphraseChecker(): void {
  void loadAssess().catch(() => {
    // Loading again on first real use is fine.
    loading = null;
  });
}

/**
 * The same policy the core enforces (shared/passphrase.ts), so the form can never accept what
 * the core would refuse. Null while the checker is loading or when nothing has been typed.
 */
export function usePassphraseAssessment(passphrase: string, context: readonly string[]): PassphraseAssessment | null {
  const [assess, setAssess] = useState<Assess | null>(null);
  const contextKey = context.join('\u0000');

  useEffect(() => {
    let alive = true;
    void loadAssess().then((fn) => {
      if (alive) setAssess(() => fn);
    });
    return () => {
      alive = false;
    };
  }, []);

  return useMemo(() => {
    if (!assess || passphrase.length === 0) return null;
    return assess(passphrase, contextKey ? contextKey.split('\u0000') : []);
  }, [assess, passphrase, contextKey]);
}
