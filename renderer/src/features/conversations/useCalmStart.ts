import { useState } from 'react';

export const DEFAULT_CALM_START = 'We’re on the same side. We’re here to understand, not to win. Either of us can call a pause.';

/**
 * The words a couple says to begin. Held by the section while it is open, so edits carry from one
 * conversation to the next in a sitting; the contract has no place to keep them between visits,
 * so the default returns after leaving the section (it is never written to web storage).
 */
export function useCalmStart(): [string, (text: string) => void] {
  return useState(DEFAULT_CALM_START);
}
