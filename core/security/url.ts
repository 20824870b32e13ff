/** Schemes a link in an article may use. Everything else (javascript:, data:, file:, vbscript:…) is dropped. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme of a URL as a browser would read it: leading/trailing spaces and
 * ASCII control characters, and tabs/newlines anywhere, are ignored
 * (`java\tscript:` is `javascript:`). Returns null for a relative URL.
 */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

/** True for a link target allowed in rendered markdown: http(s), mailto, or a fragment. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === null) return url.trim().startsWith('#');
  return LINK_SCHEMES.has(scheme);
}

/** True for a URL the desktop app may hand to the operating system (browser or mail client). */
export function isExternalOpenAllowed(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === null || !LINK_SCHEMES.has(scheme)) return false;
  if (scheme === 'mailto') return /^mailto:[^\s]+@[^\s]+$/i.test(url.trim());
  return /^https?:\/\/[^/\s?#]+/i.test(url.trim());
}
