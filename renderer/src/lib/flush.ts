/**
 * Work that must reach the core before the vault locks (an editor's unsaved keystrokes, say).
 * Features register a hook while they hold unsaved state; the app runs every hook before it locks.
 */
export type FlushHook = () => void | Promise<void>;

const hooks = new Set<FlushHook>();

/** Returns the function that unregisters the hook; call it when the feature unmounts. */
export function registerFlush(hook: FlushHook): () => void {
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}

/**
 * The core locks anyway after its grace period (about two seconds), so a slow or failing hook
 * must not hold the lock back: we wait at most `timeoutMs`, and one hook failing does not stop
 * the others.
 */
export async function flushAll(timeoutMs = 1500): Promise<void> {
  if (hooks.size === 0) return;
  const running = Promise.allSettled([...hooks].map(async (hook) => hook()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([running.then(() => undefined), timeout]);
  clearTimeout(timer);
}
