import { isMac } from '../../lib/useLockShortcut';

/** "⌘N" on macOS, "Ctrl+N" elsewhere. */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/**
 * The platform's command key (⌘ on macOS, Ctrl elsewhere) with `key`. Shift must be up unless
 * `anyShift`: "/" needs Shift on many keyboard layouts.
 */
export function isCommand(e: KeyboardEvent, key: string, { anyShift = false } = {}): boolean {
  const mod = isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  return mod && !e.altKey && (anyShift || !e.shiftKey) && e.key.toLowerCase() === key;
}

/** Typing a "?" into a field is just typing; only elsewhere does it open the shortcuts sheet. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type);
}

/** The same shortcut as aria-keyshortcuts spells it ("Control+N", "Meta+N"). */
export function ariaShortcut(key: string): string {
  return isMac ? `Meta+${key}` : `Control+${key}`;
}
