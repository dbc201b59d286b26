import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { ImportRefused } from './refused';
import { IMPORT_LIMITS } from './limits';

export const isZip = (data: Uint8Array) => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

/** A zip entry name we would accept if we were to write it: relative, no "..", no drive letters. */
export function isSafeZipPath(name: string): boolean {
  if (name.length === 0 || name.length > 512 || name.includes('\0')) return false;
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return false;
  return !name.split(/[\\/]/).some((part) => part === '..');
}

/**
 * Streams a zip and keeps only the files `want` accepts, inflating at most maxInflatedBytes in
 * total: sizes declared in the zip are not trusted (a zip bomb lies about them), the bytes
 * actually produced are counted and the read stops the moment they pass the limit.
 */
export function readZip(data: Uint8Array, want: (name: string) => boolean): { name: string; data: Uint8Array }[] {
  const out: { name: string; chunks: Uint8Array[]; size: number }[] = [];
  let total = 0;
  let entries = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++entries > IMPORT_LIMITS.maxZipEntries) {
      failure = new ImportRefused([`This zip holds more than ${IMPORT_LIMITS.maxZipEntries} files.`]);
      return;
    }
    if (!isSafeZipPath(file.name)) {
      failure = new ImportRefused([`This zip contains an unsafe file name (“${file.name.slice(0, 80)}”), so Mend will not read it.`]);
      return;
    }
    if (!want(file.name)) return;
    const slot = { name: file.name, chunks: [] as Uint8Array[], size: 0 };
    out.push(slot);
    file.ondata = (err, chunk) => {
      if (failure) return;
      if (err) {
        failure = new ImportRefused([`“${file.name}” inside the zip is damaged.`]);
        return;
      }
      total += chunk.length;
      slot.size += chunk.length;
      if (total > IMPORT_LIMITS.maxInflatedBytes) {
        failure = new ImportRefused(['This zip unpacks to far more data than a journal export holds, so Mend stopped reading it.']);
        file.terminate();
        return;
      }
      slot.chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const CHUNK = 64 * 1024;
  try {
    for (let i = 0; i < data.length && !failure; i += CHUNK) unzip.push(data.subarray(i, Math.min(data.length, i + CHUNK)), i + CHUNK >= data.length);
  } catch {
    throw new ImportRefused(['This zip file is damaged or not a zip file.']);
  }
  if (failure) throw failure;
  return out.map((f) => {
    const buf = new Uint8Array(f.size);
    let at = 0;
    for (const c of f.chunks) {
      buf.set(c, at);
      at += c.length;
    }
    return { name: f.name, data: buf };
  });
}
