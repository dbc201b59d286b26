import { useEffect } from 'react';

/** Ctrl+L (Cmd+L on macOS) locks from anywhere while a journal is open. */
export function useLockShortcut(onLock: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'l' || e.altKey || e.shiftKey) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      onLock();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock, enabled]);
}

export const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
export const lockShortcutLabel = isMac ? '⌘L' : 'Ctrl+L';
