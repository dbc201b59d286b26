import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bringToFront } from '../../../electron/main/lifecycle';

// Only `electron` is mocked: enough of `app` to see what main does when another Mend is running.
const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  commandLine: { hasSwitch: () => false },
  requestSingleInstanceLock: vi.fn(() => false),
  quit: vi.fn(),
  exit: vi.fn(),
  enableSandbox: vi.fn(),
  setPath: vi.fn(),
  getPath: vi.fn(() => '/tmp/mend-single-instance-test'),
  setAppUserModelId: vi.fn(),
  whenReady: vi.fn(() => new Promise(() => {})),
});

vi.mock('electron', () => ({
  app,
  BrowserWindow: class {},
  dialog: {},
  ipcMain: {},
  nativeTheme: { on: vi.fn(), shouldUseDarkColors: false },
  powerMonitor: {},
  protocol: { registerSchemesAsPrivileged: vi.fn() },
  session: {},
  shell: {},
  Notification: class {},
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
}));

describe('single instance', () => {
  beforeEach(() => {
    vi.resetModules();
    app.removeAllListeners();
    app.quit.mockClear();
    app.whenReady.mockClear();
  });

  it('a second Mend quits at once without starting the core or a window', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../electron/main/index');
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first Mend listens for second launches', async () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    await import('../../../electron/main/index');
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(1);
    // Before the window exists there is nothing to focus, and nothing breaks.
    expect(() => app.emit('second-instance')).not.toThrow();
  });

  it('brings the running window to the front, restoring it if minimized', () => {
    const calls: string[] = [];
    const win = {
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    bringToFront(win);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });
});
