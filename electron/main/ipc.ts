import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_NAMES } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { EVENT_CHANNEL, type MendEvent } from '../../shared/events';
import type { Dispatch } from '../core/dispatch';

/**
 * The main process only adapts IPC to the core (handbook §1): for every contract channel, check the
 * sender is our own page (Electron security checklist item 17), then hand the raw input to the
 * core's dispatch, which parses it with the channel's zod schema. No business logic lives here.
 */

const REFUSED: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'internal', message: 'Mend refused a request that did not come from its own window.' }),
});

const FAILED: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'internal', message: 'Something went wrong inside Mend. Please try again.' }),
});

export type IsTrustedUrl = (url: string) => boolean;

/**
 * Only the top frame of our page may call: a frame that has navigated away or been destroyed has
 * no senderFrame, and a subframe (there should be none; the CSP forbids them) is refused outright.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, isTrusted: IsTrustedUrl): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrusted(frame.url);
}

/** Channels registered per ipcMain, so a second registration is caught before Electron's own error. */
const registered = new WeakMap<object, Set<string>>();

/** Registers one handler per contract channel; returns a function that removes them all. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, isTrusted: IsTrustedUrl): () => void {
  const channels = registered.get(ipcMain) ?? new Set<string>();
  registered.set(ipcMain, channels);
  for (const name of CHANNEL_NAMES) {
    if (channels.has(name)) throw new Error(`IPC channel "${name}" is already registered`);
  }

  for (const name of CHANNEL_NAMES) {
    channels.add(name);
    ipcMain.handle(name, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, isTrusted)) return REFUSED;
      try {
        return await dispatch(name, input);
      } catch {
        // dispatch turns every failure into a Result; this only keeps a thrown error's text
        // (which could quote decrypted content) from being serialised back to the renderer.
        return FAILED;
      }
    });
  }

  return () => {
    for (const name of CHANNEL_NAMES) {
      ipcMain.removeHandler(name);
      channels.delete(name);
    }
  };
}

/**
 * Pushes core events to our window. The target is looked up per event because the window can be
 * closed and re-created (macOS), and nothing is sent to a page that is not ours.
 */
export function forwardCoreEvents(
  subscribe: (listener: (event: MendEvent) => void) => () => void,
  target: () => WebContents | null,
  isTrusted: IsTrustedUrl,
): () => void {
  return subscribe((event) => {
    const contents = target();
    if (!contents || contents.isDestroyed() || !isTrusted(contents.getURL())) return;
    contents.send(EVENT_CHANNEL, event);
  });
}
