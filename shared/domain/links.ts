// Shared by the editor (when a link is made), the contract and main (before the system browser opens it).
/** The only kinds of link Mend will ever hand to the system browser or mail app. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 2048;

/**
 * True for absolute http, https and mailto URLs, and nothing else: no javascript:, file:, data:,
 * custom app schemes, relative paths, credentials in the URL, or hidden control characters.
 * Used both when a link is made and again when one is opened, since an entry's state can hold
 * anything (it may come from a paste or an older version).
 */
export function isSafeLinkUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponentSafe(parsed.pathname));
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

