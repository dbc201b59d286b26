/**
 * The OS ports as test doubles, and nothing else: a notifier that records, dialogs that write into a
 * folder and hand out queued files, power events fired by hand. Light on imports, so child processes
 * can use them without loading the whole core.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ManualClock,
  type Dialogs,
  type Notification,
  type Notifier,
  type OpenDirectoryRequest,
  type OpenFileRequest,
  type PowerEvent,
  type PowerEvents,
  type Ports,
  type SaveFileRequest,
} from '../../../electron/core/ports';

export class FakePower implements PowerEvents {
  private listeners = new Set<(e: PowerEvent) => void>();
  subscribe(listener: (e: PowerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  fire(e: PowerEvent): void {
    for (const l of [...this.listeners]) l(e);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
}

export class RecordingNotifier implements Notifier {
  readonly shown: Notification[] = [];
  show(n: Notification): void {
    this.shown.push(n);
  }
}

type OpenedFile = { name: string; data: Uint8Array };
type OpenedDirectory = { files: { path: string; data: Uint8Array }[]; skipped: string[] };

/** Saves into `dir` under the suggested name; the open dialogs hand out whatever the test queued (else "cancelled"). */
export class FakeDialogs implements Dialogs {
  readonly saved: string[] = [];
  readonly toOpen: (OpenedFile | null)[] = [];
  readonly directoriesToOpen: (OpenedDirectory | null)[] = [];
  constructor(readonly dir: string) {}
  async saveFile(req: SaveFileRequest): Promise<string | null> {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, req.suggestedName);
    writeFileSync(path, req.data);
    this.saved.push(path);
    return path;
  }
  async openFile(req: OpenFileRequest): Promise<OpenedFile | null> {
    const next = this.toOpen.shift() ?? null;
    if (next && next.data.length > req.maxBytes) return null;
    return next;
  }
  async openDirectory(req: OpenDirectoryRequest): Promise<OpenedDirectory | null> {
    const next = this.directoriesToOpen.shift() ?? null;
    if (!next) return null;
    const files = next.files.filter((f) => req.extensions.some((ext) => f.path.endsWith(ext)));
    const fitting = files.filter((f) => f.data.length <= req.maxFileBytes).slice(0, req.maxFiles);
    const skipped = [...next.skipped, ...files.filter((f) => !fitting.includes(f)).map((f) => f.path)];
    return { files: fitting, skipped };
  }
}

/** Ports for a child process that needs no dialogs: a ManualClock, nothing saved, nothing fired. */
export function quietPorts(dialogsDir: string): Ports {
  return { clock: new ManualClock(), notifier: new RecordingNotifier(), dialogs: new FakeDialogs(dialogsDir), power: new FakePower() };
}
