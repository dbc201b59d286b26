import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/contract';
import { EVENT_CHANNEL } from '../../../shared/events';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

type Tree = Record<string, Record<string, unknown>>;
let exposed: Tree;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  exposed = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Tree;
});

describe('preload', () => {
  it('exposes exactly one global, window.mend', () => {
    expect(electron.contextBridge.exposeInMainWorld.mock.calls.map((c) => c[0])).toEqual(['mend']);
  });

  it('has one function per contract channel plus events.subscribe, and nothing else', () => {
    const surface = Object.entries(exposed)
      .flatMap(([ns, methods]) => Object.entries(methods).map(([m, fn]) => [`${ns}.${m}`, typeof fn]))
      .sort();
    const expected = [...CHANNEL_NAMES.map((c) => [c, 'function']), ['events.subscribe', 'function']].sort();
    expect(surface).toEqual(expected);
  });

  it('never hands ipcRenderer or its methods to the page', () => {
    const values = Object.values(exposed).flatMap((methods) => Object.values(methods));
    for (const leaked of [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]) expect(values).not.toContain(leaked);
  });

  it('forwards a call to ipcRenderer.invoke with the channel name and input', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { state: 'locked', lastLockReason: null } });
    const status = exposed.vault!.status as (input: unknown) => Promise<unknown>;
    await expect(status({})).resolves.toEqual({ ok: true, value: { state: 'locked', lastLockReason: null } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('vault.status', {});
  });

  it('turns a failed invoke into an error result instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'vault.lock'"));
    const lock = exposed.vault!.lock as (input: unknown) => Promise<unknown>;
    await expect(lock({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('subscribes on the event channel, passes only the payload, and unsubscribes', () => {
    const subscribe = exposed.events!.subscribe as (l: (e: unknown) => void) => () => void;
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
    const onEvent = electron.ipcRenderer.on.mock.calls.at(-1)![1] as (event: unknown, payload: unknown) => void;

    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    onEvent(ipcEvent, { type: 'vault.locked', reason: 'idle' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'vault.locked', reason: 'idle' });

    onEvent(ipcEvent, { type: 'something.else', leaked: ipcEvent });
    expect(listener).toHaveBeenCalledOnce();

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, onEvent);
  });
});
