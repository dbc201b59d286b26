import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and DevTools exist only in development: both would expose or discard the open journal. */
  isDev: boolean;
  /** Locks the journal (the core asks the renderer to save first). */
  onLock: () => void;
}

/** The application menu as data, so it can be checked without Electron. */
export function menuTemplate({ isMac, isDev, onLock }: MenuOptions): MenuItemConstructorOptions[] {
  const lock: MenuItemConstructorOptions = { label: 'Lock Journal', accelerator: 'CmdOrCtrl+L', click: () => onLock() };
  const devTools: MenuItemConstructorOptions[] = isDev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [lock, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...devTools,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // macOS has About in the app menu. No help links: Mend opens no web pages (navigation and
    // window.open are denied).
    ...(isMac ? [] : [{ role: 'help', submenu: [{ role: 'about' }] } satisfies MenuItemConstructorOptions]),
  ];
}

export function installMenu(opts: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}
