/** The file served for the root of the app. */
export const PAGE_FILE = 'index.html';

/**
 * Maps the path of a URL to a file path relative to the folder of static
 * files, or null when the path must not be served: undecodable escapes, NUL,
 * backslashes, `.`/`..` or empty segments (also when percent-encoded), hidden
 * files and folders. The root maps to index.html; a trailing slash (a folder)
 * is refused, so no folder is ever listed.
 */
export function staticRelativePath(urlPath: string): string | null {
  if (!urlPath.startsWith('/')) return null;
  if (urlPath === '/') return PAGE_FILE;
  if (urlPath.endsWith('/')) return null;
  const segments = urlPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const raw of segments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment.startsWith('.')) return null;
    // eslint-disable-next-line no-control-regex
    if (/[\\/\u0000-\u001f:]/.test(segment)) return null;
    decoded.push(segment);
  }
  return decoded.join('/');
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
};

/** The Content-Type of a static file, from its extension; unknown kinds are served as opaque bytes. */
export function contentTypeOf(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const extension = dot < 0 ? '' : filePath.slice(dot + 1).toLowerCase();
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
