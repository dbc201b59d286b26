/**
 * The renderer's Content-Security-Policy. The app:// protocol handler sends it as a response
 * header, and renderer/index.html repeats it verbatim in its <meta http-equiv> tag (a unit test
 * keeps the two equal), so the built page is covered even if it is ever loaded without the header.
 *
 * Everything comes from our own origin: no remote scripts, styles, fonts, images or connections,
 * no inline script, no plugins, no frames, no form posts, and no <base> tag to re-point relative
 * URLs. `data:` images are allowed for the editor and icons; they cannot execute. `style-src` stays
 * 'self' without 'unsafe-inline': React and Lexical set styles through the CSSOM, which CSP allows.
 * (Browsers ignore `frame-ancestors` in a <meta> tag; the header is where it takes effect.)
 *
 * Kept as one literal so it can be copied into the HTML exactly.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'none'; worker-src 'self'";
