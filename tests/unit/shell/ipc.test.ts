import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, WebContents } from 'electron';
import { CHANNEL_NAMES } from '../../../shared/contract';
import { EVENT_CHANNEL, type MendEvent } from '../../../shared/events';
import type { Dispatch } from '../../../electron/core/dispatch';
import { forwardCoreEvents, registerIpc } from '../../../electron/main/ipc';
import { isTrustedSenderUrl } from '../../../electron/main/security';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((channel: string, fn: Handler) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

const asIpcMain = (f: ReturnType<typeof fakeIpcMain>) => f as unknown as IpcMain;
const fromFrame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
const isTrusted = (url: string) => isTrustedSenderUrl(url);

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    const ipc = fakeIpcMain();
    registerIpc(asIpcMain(ipc), vi.fn(), isTrusted);
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('hands a trusted sender’s input to dispatch and returns its result', async () => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: { state: 'locked', lastLockReason: null } }));
    registerIpc(asIpcMain(ipc), dispatch, isTrusted);
    const result = await ipc.handlers.get('vault.status')!(fromFrame('app://mend/index.html'), {});
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('vault.status', {});
    expect(result).toEqual({ ok: true, value: { state: 'locked', lastLockReason: null } });
  });

  it.each([
    ['a remote page', fromFrame('https://evil.example/')],
    ['a file:// page', fromFrame('file:///tmp/evil.html')],
    ['another app:// host', fromFrame('app://evil/index.html')],
    ['a subframe of our page', fromFrame('app://mend/index.html', { url: 'app://mend/index.html' })],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s without calling the core', async (_label, event) => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerIpc(asIpcMain(ipc), dispatch, isTrusted);
    const result = await ipc.handlers.get('vault.unlock')!(event, { vaultId: 'x', passphrase: 'y' });
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/refused/) } });
  });

  it('never lets a thrown error’s text reach the renderer', async () => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>(async () => {
      throw new Error('secret diary text');
    });
    registerIpc(asIpcMain(ipc), dispatch, isTrusted);
    const result = await ipc.handlers.get('app.info')!(fromFrame('app://mend/index.html'), {});
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses to register the channels twice on the same ipcMain', () => {
    const ipc = fakeIpcMain();
    registerIpc(asIpcMain(ipc), vi.fn(), isTrusted);
    expect(() => registerIpc(asIpcMain(ipc), vi.fn(), isTrusted)).toThrow(/already registered/);
    // Our own check runs first: Electron's handle() was not called a second time.
    expect(ipc.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
  });

  it('can register again after the returned function removed every handler', () => {
    const ipc = fakeIpcMain();
    const unregister = registerIpc(asIpcMain(ipc), vi.fn(), isTrusted);
    unregister();
    expect(ipc.handlers.size).toBe(0);
    expect(() => registerIpc(asIpcMain(ipc), vi.fn(), isTrusted)).not.toThrow();
  });
});

describe('forwardCoreEvents', () => {
  function setup(url: string, destroyed = false) {
    let listener: ((e: MendEvent) => void) | null = null;
    const unsubscribe = vi.fn();
    const subscribe = (l: (e: MendEvent) => void) => {
      listener = l;
      return unsubscribe;
    };
    const contents = { send: vi.fn(), isDestroyed: () => destroyed, getURL: () => url };
    const stop = forwardCoreEvents(subscribe, () => contents as unknown as WebContents, isTrusted);
    return { emit: (e: MendEvent) => listener!(e), contents, stop, unsubscribe };
  }

  it('sends core events to our window on the event channel', () => {
    const { emit, contents } = setup('app://mend/index.html');
    emit({ type: 'vault.locked', reason: 'idle' });
    expect(contents.send).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNEL, { type: 'vault.locked', reason: 'idle' });
  });

  it('sends nothing to a page that is not ours, or to a destroyed window', () => {
    const foreign = setup('https://evil.example/');
    foreign.emit({ type: 'vault.locked', reason: 'idle' });
    expect(foreign.contents.send).not.toHaveBeenCalled();
    const gone = setup('app://mend/index.html', true);
    gone.emit({ type: 'vault.locked', reason: 'idle' });
    expect(gone.contents.send).not.toHaveBeenCalled();
  });

  it('returns the core’s unsubscribe', () => {
    const { stop, unsubscribe } = setup('app://mend/index.html');
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('does nothing while there is no window', () => {
    const subscribe = (l: (e: MendEvent) => void) => {
      l({ type: 'vault.locked', reason: 'quit' });
      return () => {};
    };
    expect(() => forwardCoreEvents(subscribe, () => null, isTrusted)).not.toThrow();
  });
});
