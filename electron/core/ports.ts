/**
 * What the core needs from the operating system, as interfaces. Electron adapters live in
 * electron/main/adapters; tests and the browser test host pass their own versions.
 */

export type TimerHandle = { readonly id: number };

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface Notification {
  title: string;
  body: string;
}

export interface Notifier {
  show(n: Notification): void;
}

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  /** e.g. [{ name: 'Text', extensions: ['txt'] }] */
  filters?: { name: string; extensions: string[] }[];
}

export interface OpenFileRequest {
  filters?: { name: string; extensions: string[] }[];
  /** The dialog adapter refuses (returns null) files larger than this before reading them. */
  maxBytes: number;
}

export interface OpenDirectoryRequest {
  /** Only files ending in one of these (e.g. ['.md', '.markdown']), searched recursively. */
  extensions: string[];
  maxFiles: number;
  /** Per file; larger files are skipped and reported by name. */
  maxFileBytes: number;
}

export interface Dialogs {
  /** Resolves to the chosen path, or null when the person cancelled. */
  saveFile(req: SaveFileRequest): Promise<string | null>;
  openFile(req: OpenFileRequest): Promise<{ name: string; data: Uint8Array } | null>;
  /** Reads the matching files of a folder the person chose; null when cancelled. */
  openDirectory(req: OpenDirectoryRequest): Promise<{ files: { path: string; data: Uint8Array }[]; skipped: string[] } | null>;
}

export type PowerEvent = 'lock-screen' | 'suspend';

export interface PowerEvents {
  /** Returns an unsubscribe function. */
  subscribe(listener: (event: PowerEvent) => void): () => void;
}

/** Prints what the window shows now (the month in review) to PDF. Electron: printToPDF; browser host: Chromium's PDF. */
export interface Printer {
  printToPdf(): Promise<Uint8Array>;
}

/** Hands a link to the system browser or mail app (never loaded inside Mend). */
export interface ExternalOpener {
  open(url: string): Promise<void>;
}

export interface Ports {
  clock: Clock;
  notifier: Notifier;
  dialogs: Dialogs;
  power: PowerEvents;
  printer?: Printer;
  external?: ExternalOpener;
}

let nextTimerId = 1;

/** The real clock, for the app and for tests that do not need to move time. */
export function systemClock(): Clock {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const id = nextTimerId++;
      const t = setTimeout(() => {
        timers.delete(id);
        fn();
      }, ms);
      // Timers must never keep a quitting process alive.
      t.unref?.();
      timers.set(id, t);
      return { id };
    },
    clearTimeout(handle) {
      const t = timers.get(handle.id);
      if (t) clearTimeout(t);
      timers.delete(handle.id);
    },
  };
}

/**
 * A clock tests move by hand. Timers fire in due order as time advances, so idle-lock and
 * reminder logic can be tested without waiting.
 */
export class ManualClock implements Clock {
  private t: number;
  private timers = new Map<number, { at: number; fn: () => void }>();

  constructor(start = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = nextTimerId++;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
    return { id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle.id);
  }

  /** Moves time forward, firing every timer that falls due on the way (including ones they set). */
  advance(ms: number): void {
    const target = this.t + ms;
    for (;;) {
      let nextId = -1;
      let nextAt = Infinity;
      for (const [id, timer] of this.timers) {
        if (timer.at <= target && timer.at < nextAt) {
          nextAt = timer.at;
          nextId = id;
        }
      }
      if (nextId < 0) break;
      const timer = this.timers.get(nextId)!;
      this.timers.delete(nextId);
      this.t = Math.max(this.t, timer.at);
      timer.fn();
    }
    this.t = target;
  }

  set(ms: number): void {
    if (ms < this.t) throw new Error('ManualClock only moves forward');
    this.advance(ms - this.t);
  }
}
