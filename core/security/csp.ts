/** Where the page may send requests: the web host answers API calls on its own origin; Electron uses IPC only. */
export type ConnectSource = "'self'" | "'none'";

/**
 * The Content-Security-Policy of every page the app serves: scripts, fonts
 * and images only from the app itself, no plugins, frames, forms or base URL.
 * Inline styles stay allowed for the editor, which sets element styles.
 */
export function contentSecurityPolicy(connect: ConnectSource): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
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
