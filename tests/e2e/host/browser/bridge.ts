// Runs in the page, before the app: builds `window.mend` over HTTP with the same factory the
// Electron preload uses over IPC, so the renderer cannot tell the two apart.
import { createBridge, type Invoke, type MendBridge, type Subscribe } from '../../../../shared/client';

declare global {
  interface Window {
    mend: MendBridge;
  }
}

const invoke: Invoke = async (channel, input) => {
  const res = await fetch(`/__mend/invoke/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  });
  return res.json();
};

const subscribe: Subscribe = (listener) => {
  const source = new EventSource('/__mend/events');
  source.onmessage = (m: MessageEvent<string>) => listener(JSON.parse(m.data));
  return () => source.close();
};

window.mend = createBridge(invoke, subscribe);
