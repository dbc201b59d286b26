import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dialogs, Notification, Notifier, PowerEvent, PowerEvents } from '../../../electron/core/ports';

/** Records what the app would have shown as desktop notifications. */
export class RecordingNotifier implements Notifier {
  readonly shown: Notification[] = [];
  show(n: Notification): void {
    this.shown.push(n);
  }
}

/** Power events the test fires by hand (lock screen, suspend). */
export class ManualPower implements PowerEvents {
  private listeners = new Set<(e: PowerEvent) => void>();
  subscribe(listener: (e: PowerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  fire(e: PowerEvent): void {
    for (const l of [...this.listeners]) l(e);
  }
}

/**
 * File dialogs without a person: "save" writes into <root>/saved (the name the app suggested),
 * "open" returns the file the test queued, or null (cancelled) when none is queued.
 */
export class FolderDialogs implements Dialogs {
  readonly savedDir: string;
  private queue: string[] = [];

  constructor(root: string) {
    this.savedDir = join(root, 'saved');
    mkdirSync(this.savedDir, { recursive: true });
  }

  queueOpen(path: string): void {
    this.queue.push(path);
  }

  async saveFile(req: { suggestedName: string; data: Uint8Array }): Promise<string> {
    const path = join(this.savedDir, basename(req.suggestedName));
    writeFileSync(path, req.data);
    return path;
  }

  async openFile(req: { maxBytes: number }): Promise<{ name: string; data: Uint8Array } | null> {
    const path = this.queue.shift();
    if (!path) return null;
    if (statSync(path).size > req.maxBytes) return null;
    return { name: basename(path), data: new Uint8Array(readFileSync(path)) };
  }
}
