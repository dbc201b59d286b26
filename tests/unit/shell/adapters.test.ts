import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PowerMonitor } from 'electron';

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  Notification: Object.assign(vi.fn(), { isSupported: vi.fn(() => true) }),
}));
vi.mock('electron', () => electron);

const { createDialogs } = await import('../../../electron/main/adapters/dialogs');
const { createPowerEvents } = await import('../../../electron/main/adapters/power');
const { createNotifier } = await import('../../../electron/main/adapters/notifier');

const dir = mkdtempSync(join(tmpdir(), 'mend-dialogs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dialogs = createDialogs({ parentWindow: () => null, defaultDir: () => dir });

beforeEach(() => vi.clearAllMocks());

describe('dialogs.openFile', () => {
  const pick = (path: string | null) =>
    electron.dialog.showOpenDialog.mockResolvedValueOnce(path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] });

  it('reads the chosen file', async () => {
    const path = join(dir, 'packet.mendshare');
    writeFileSync(path, 'hello');
    pick(path);
    const file = await dialogs.openFile({ maxBytes: 5 });
    expect(file?.name).toBe('packet.mendshare');
    expect(new TextDecoder().decode(file!.data)).toBe('hello');
  });

  it('refuses a file larger than maxBytes without reading it', async () => {
    const path = join(dir, 'big.bin');
    writeFileSync(path, 'x'.repeat(6));
    pick(path);
    expect(await dialogs.openFile({ maxBytes: 5 })).toBeNull();
  });

  it('refuses a directory', async () => {
    pick(dir);
    expect(await dialogs.openFile({ maxBytes: 1_000_000 })).toBeNull();
  });

  it('returns null when the person cancels', async () => {
    pick(null);
    expect(await dialogs.openFile({ maxBytes: 5 })).toBeNull();
  });

  it('asks for a single existing file with the given filters', async () => {
    pick(null);
    const filters = [{ name: 'Mend packet', extensions: ['mendshare'] }];
    await dialogs.openFile({ maxBytes: 5, filters });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters });
  });
});

describe('dialogs.saveFile', () => {
  it('writes the data where the person chose, readable only by them', async () => {
    const path = join(dir, 'recovery-key.txt');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const saved = await dialogs.saveFile({ suggestedName: 'recovery-key.txt', data: new TextEncoder().encode('KEY') });
    expect(saved).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('KEY');
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('suggests the name inside the default folder, never a path the caller smuggled in', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await dialogs.saveFile({ suggestedName: '../../etc/evil.txt', data: new Uint8Array() })).toBeNull();
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: join(dir, 'evil.txt') });
  });
});

describe('power events', () => {
  it('reports lock-screen and suspend, and stops after unsubscribing', () => {
    const monitor = new EventEmitter();
    const power = createPowerEvents(monitor as unknown as PowerMonitor);
    const listener = vi.fn();
    const unsubscribe = power.subscribe(listener);
    monitor.emit('lock-screen');
    monitor.emit('suspend');
    monitor.emit('resume');
    expect(listener.mock.calls).toEqual([['lock-screen'], ['suspend']]);
    unsubscribe();
    monitor.emit('suspend');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(monitor.listenerCount('suspend') + monitor.listenerCount('lock-screen')).toBe(0);
  });
});

describe('notifier', () => {
  it('shows an OS notification when the platform supports them, and does nothing otherwise', () => {
    const show = vi.fn();
    electron.Notification.mockImplementation(function (this: { show: () => void }) {
      this.show = show;
    });
    createNotifier().show({ title: 'Mend', body: 'Your conversation is tomorrow.' });
    expect(electron.Notification).toHaveBeenCalledWith({ title: 'Mend', body: 'Your conversation is tomorrow.' });
    expect(show).toHaveBeenCalledOnce();

    electron.Notification.isSupported.mockReturnValueOnce(false);
    createNotifier().show({ title: 'Mend', body: 'x' });
    expect(show).toHaveBeenCalledOnce();
  });
});
