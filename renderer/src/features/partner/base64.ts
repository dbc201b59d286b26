/**
 * Bytes to base64 for share.importPacketData. btoa takes a "binary string", built here in chunks
 * so an 8 MB packet never hits the engine's argument-count limit in String.fromCharCode.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return btoa(parts.join(''));
}
