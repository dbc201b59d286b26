// Argon2id runs here, in a worker thread, so a 0.5–1 s key derivation never freezes the process
// that serves the window. Plain JavaScript so Node, vitest and the Electron build all load it as is.
import { parentPort } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';

await sodium.ready;

parentPort.on('message', (msg) => {
  const { id, password, salt, opslimit, memlimit, outlen } = msg;
  try {
    const key = sodium.crypto_pwhash(outlen, password, salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
    // The password bytes were transferred to us; wipe our copy before answering.
    sodium.memzero(password);
    parentPort.postMessage({ id, key }, [key.buffer]);
  } catch (e) {
    sodium.memzero(password);
    parentPort.postMessage({ id, error: String(e && e.message ? e.message : e) });
  }
});
