/** Where the page may send requests: the web host answers API calls on its own origin; Electron uses IPC only. */
export type ConnectSource = "'self'" | "'none'";

/**
 * What `renderer/index.html` holds where each response puts its own style
 * nonce (in its CSP meta element and in the `style-nonce` meta element).
 * Valid base64, so the page's policy parses even where nothing stamps it
 * (the development server); any server of the app replaces it.
 */
export const STYLE_NONCE_PLACEHOLDER = 'UkRzdHlsZW5vbmNl';

/**
 * The Content-Security-Policy of every page the app serves: scripts, styles,
 * fonts and images only from the app itself, no plugins, frames, forms or
 * base URL. No inline style either, except the `<style>` elements the
 * editor writes (CodeMirror's themes), which carry the page's nonce: an
 * injected `<style>` or style attribute does not apply.
 */
export function contentSecurityPolicy(connect: ConnectSource, styleNonce?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    styleNonce === undefined ? "style-src 'self'" : `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers sent with every response of the web host and the app:// protocol, besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A page of the app with its own style nonce in place of {@link STYLE_NONCE_PLACEHOLDER}. */
export function stampStyleNonce(html: string, styleNonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(styleNonce))
    throw new Error('A style nonce is at least 16 base64 characters.');
  return html.replaceAll(STYLE_NONCE_PLACEHOLDER, styleNonce);
}
