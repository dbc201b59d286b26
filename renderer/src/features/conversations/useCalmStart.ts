import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';

export const DEFAULT_CALM_START = 'We’re on the same side. We’re here to understand, not to win. Either of us can call a pause.';

/**
 * The words a couple says to begin, kept in the vault's (encrypted) settings so the script they
 * agreed on is there next time. Edits are saved after a short pause in typing.
 */
export function useCalmStart(): [string, (text: string) => void] {
  const [text, setText] = useState(DEFAULT_CALM_START);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    api.vault
      .getSettings({})
      .then((s) => {
        if (live && s.calmStartScript) setText(s.calmStartScript);
      })
      .catch(() => {
        // Locked or unreadable settings: the default words are a fine start.
      });
    return () => {
      live = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const update = useCallback((next: string) => {
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void api.vault.updateSettings({ calmStartScript: next === DEFAULT_CALM_START ? '' : next.slice(0, 2000) }).catch(() => {});
    }, 800);
  }, []);

  return [text, update];
}
