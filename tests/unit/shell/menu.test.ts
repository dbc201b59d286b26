import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({ Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() } }));
vi.mock('electron', () => electron);

const { installMenu, menuTemplate } = await import('../../../electron/main/menu');

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items)
    .map((i) => i.role)
    .filter(Boolean);

describe('menuTemplate', () => {
  it('offers Reload and DevTools only in development', () => {
    for (const isMac of [true, false]) {
      const shipped = roles(menuTemplate({ isMac, isDev: false, onLock: () => {} }));
      expect(shipped).not.toContain('reload');
      expect(shipped).not.toContain('forceReload');
      expect(shipped).not.toContain('toggleDevTools');
      expect(roles(menuTemplate({ isMac, isDev: true, onLock: () => {} }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    }
  });

  it('has a Lock item on Ctrl/Cmd+L that asks the core to lock', () => {
    const onLock = vi.fn();
    const lock = flatten(menuTemplate({ isMac: false, isDev: false, onLock })).find((i) => i.accelerator === 'CmdOrCtrl+L');
    expect(lock?.label).toMatch(/lock/i);
    (lock!.click as () => void)();
    expect(onLock).toHaveBeenCalledOnce();
  });

  it('uses the platform conventions: app menu on macOS, Quit in File elsewhere', () => {
    const mac = roles(menuTemplate({ isMac: true, isDev: false, onLock: () => {} }));
    expect(mac).toEqual(expect.arrayContaining(['appMenu', 'editMenu', 'windowMenu', 'close', 'togglefullscreen', 'zoomIn']));
    const other = roles(menuTemplate({ isMac: false, isDev: false, onLock: () => {} }));
    expect(other).toEqual(expect.arrayContaining(['quit', 'editMenu', 'windowMenu', 'about', 'resetZoom', 'zoomOut']));
    expect(other).not.toContain('appMenu');
  });

  it('installs the template as the application menu', () => {
    installMenu({ isMac: false, isDev: false, onLock: () => {} });
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: electron.Menu.buildFromTemplate.mock.calls[0]![0] });
  });
});
