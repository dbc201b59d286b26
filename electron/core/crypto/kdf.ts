import { Worker } from 'node:worker_threads';
import type { Sodium } from './sodium';
import { randomBytes } from './random';

export interface KdfParams {
  alg: 'argon2id13';
  opslimit: number;
  memlimit: number;
  /** 16 bytes, base64 in the header. */
  salt: string;
}

/**
 * libsodium's MODERATE profile (3 passes, 256 MiB): about 0.7 s on this 2-core machine, inside the
 * 0.5–1 s the handbook asks for. The parameters are stored per vault, so they can be raised later
 * without breaking old vaults.
 */
export const DEFAULT_KDF_COST = { opslimit: 3, memlimit: 256 * 1024 * 1024 } as const;
/** For tests only: the smallest cost libsodium allows for Argon2id. */
export const TEST_KDF_COST = { opslimit: 1, memlimit: 8 * 1024 * 1024 } as const;

export interface Kdf {
  /**
   * Derives a key (32 bytes unless `outlen` says otherwise; the vault always uses 32). The passphrase
   * buffer is consumed (transferred and wiped).
   */
  derive(passphrase: Uint8Array, params: KdfParams, outlen?: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

let nextId = 1;
const IDLE_WORKER_MS = 5_000;

/** Argon2id in a worker thread. The worker is started lazily and reused. */
export function createWorkerKdf(workerUrl: URL | string = new URL('./kdf-worker.mjs', import.meta.url)): Kdf {
  let worker: Worker | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<number, { resolve: (k: Uint8Array) => void; reject: (e: Error) => void }>();

  // Argon2id grows the worker's WebAssembly memory to the cost's size (256 MiB) and it never
  // shrinks, so an idle worker is stopped: unlocking is rare, memory is not free.
  const stopWhenIdle = (w: Worker): void => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (worker === w && pending.size === 0) {
        worker = null;
        void w.terminate();
      }
    }, IDLE_WORKER_MS);
    idleTimer.unref?.();
  };

  const failAll = (e: Error): void => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(workerUrl);
    w.on('message', (msg: { id: number; key?: Uint8Array; error?: string }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.key) p.resolve(new Uint8Array(msg.key));
      else p.reject(new Error(msg.error ?? 'key derivation failed'));
      // Only a derivation in flight may keep the process alive; an idle worker must not.
      if (pending.size === 0) {
        w.unref();
        stopWhenIdle(w);
      }
    });
    w.on('error', (e) => {
      if (worker !== w) return;
      worker = null;
      failAll(e);
    });
    // A worker that dies without an 'error' (terminated, out of memory) must not leave callers waiting forever.
    w.on('exit', () => {
      if (worker !== w) return;
      worker = null;
      failAll(new Error('key derivation worker stopped'));
    });
    w.unref();
    worker = w;
    return w;
  };

  return {
    derive(passphrase, params, outlen = 32) {
      const salt = Uint8Array.from(Buffer.from(params.salt, 'base64'));
      // Only a view that owns its whole buffer can be transferred; anything else (a slice of a pooled
      // Buffer) is copied and the caller's bytes wiped, so the passphrase is consumed either way.
      let password = passphrase;
      if (passphrase.byteOffset !== 0 || passphrase.byteLength !== passphrase.buffer.byteLength || !(passphrase.buffer instanceof ArrayBuffer)) {
        password = Uint8Array.from(passphrase);
        passphrase.fill(0);
      }
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        try {
          const w = start();
          w.ref();
          // Transfer, not copy: the passphrase bytes leave this thread's heap.
          w.postMessage({ id, password, salt, opslimit: params.opslimit, memlimit: params.memlimit, outlen }, [password.buffer as ArrayBuffer]);
        } catch (e) {
          pending.delete(id);
          password.fill(0);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      const w = worker;
      worker = null;
      failAll(new Error('key derivation stopped: Mend is closing'));
      if (w) await w.terminate();
    },
  };
}

/** Same derivation on the calling thread, for tests that check the vectors and for the bench's B0. */
export function deriveInline(sodium: Sodium, passphrase: Uint8Array, params: KdfParams, outlen = 32): Uint8Array {
  const salt = Uint8Array.from(Buffer.from(params.salt, 'base64'));
  return sodium.crypto_pwhash(outlen, passphrase, salt, params.opslimit, params.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

export function newKdfParams(sodium: Sodium, cost: { opslimit: number; memlimit: number }): KdfParams {
  return { alg: 'argon2id13', opslimit: cost.opslimit, memlimit: cost.memlimit, salt: Buffer.from(randomBytes(sodium.crypto_pwhash_SALTBYTES)).toString('base64') };
}

/** Passphrases are NFC-normalised so the same words typed on another keyboard layout still unlock. */
export function passphraseBytes(passphrase: string): Uint8Array {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}
