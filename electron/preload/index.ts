import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge, type Invoke, type Subscribe } from '../../shared/client';
import { EVENT_CHANNEL } from '../../shared/events';

/**
 * The renderer's only door to the app: one function per contract channel plus events.subscribe,
 * exposed as `window.mend`. ipcRenderer itself never crosses the bridge (Electron's
 * context-isolation guide), so the page cannot send on arbitrary channels or listen to others.
 */

const invoke: Invoke = (channel, input) => ipcRenderer.invoke(channel, input);

const subscribe: Subscribe = (listener) => {
  // Only the payload is passed on: the IpcRendererEvent would hand the page `sender` (ipcRenderer).
  // The payload is untyped here; createBridge parses it with the MendEvent schema before use.
  const onEvent = (_event: IpcRendererEvent, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
  ipcRenderer.on(EVENT_CHANNEL, onEvent);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
  };
};

contextBridge.exposeInMainWorld('mend', createBridge(invoke, subscribe));
