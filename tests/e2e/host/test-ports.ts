import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type {
  Dialogs,
  ExternalOpener,
  Notification,
  Notifier,
  OpenDirectoryRequest,
  PowerEvent,
  PowerEvents,
  Printer,
} from '../../../electron/core/ports';

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
  private dirQueue: string[] = [];

  constructor(root: string) {
    this.savedDir = join(root, 'saved');
    mkdirSync(this.savedDir, { recursive: true });
  }

  queueOpen(path: string): void {
    this.queue.push(path);
  }

  /** The next "choose a folder" dialog returns this folder. */
  queueOpenDirectory(path: string): void {
    this.dirQueue.push(path);
  }

  async openDirectory(req: OpenDirectoryRequest): Promise<{ files: { path: string; data: Uint8Array }[]; skipped: string[] } | null> {
    const root = this.dirQueue.shift();
    if (!root) return null;
    const files: { path: string; data: Uint8Array }[] = [];
    const skipped: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        const info = statSync(full);
        if (info.isDirectory()) walk(full);
        else if (req.extensions.some((e) => name.toLowerCase().endsWith(e)) && files.length < req.maxFiles) {
          if (info.size > req.maxFileBytes) skipped.push(relative(root, full));
          else files.push({ path: relative(root, full), data: new Uint8Array(readFileSync(full)) });
        }
      }
    };
    walk(root);
    return { files, skipped };
  }

  async saveFile(req: { suggestedName: string; data: Uint8Array }): Promise<string> {
    // Like a person in a save dialog, never overwrite: "name.ext", then "name (2).ext", …
    const name = basename(req.suggestedName);
    const dot = name.lastIndexOf('.');
    let path = join(this.savedDir, name);
    for (let n = 2; existsSync(path); n++)
      path = join(this.savedDir, dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`);
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

/** Records links the app asked the system browser to open. */
export class RecordingOpener implements ExternalOpener {
  readonly opened: string[] = [];
  async open(url: string): Promise<void> {
    this.opened.push(url);
  }
}

/** Chromium's own PDF of the page (set by the Playwright fixture once the page exists). */
export class PagePrinter implements Printer {
  print: (() => Promise<Uint8Array>) | null = null;
  async printToPdf(): Promise<Uint8Array> {
    if (!this.print) throw new Error('no page to print');
    return this.print();
  }
}
