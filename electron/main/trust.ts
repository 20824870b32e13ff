import { isExternalOpenAllowed } from '../../core/security/url.js';
import { staticRelativePath } from '../../core/security/static-path.js';

/** The app's own scheme; pages are served from it, never from file://. */
export const APP_SCHEME = 'app';
/** The host of every app page. */
const APP_HOST = 'desk';
/** The page the main window loads. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when a URL belongs to the app's origin (`app://desk`). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === ''
  );
}

/**
 * The file an `app://desk/…` request asks for, relative to the renderer
 * folder, or null. The raw path is checked, so `..` in any spelling is refused.
 */
export function appRequestPath(url: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}/`;
  if (!url.toLowerCase().startsWith(prefix)) return null;
  const rest = url.slice(prefix.length - 1);
  const end = rest.search(/[?#]/);
  return staticRelativePath(end < 0 ? rest : rest.slice(0, end));
}

/**
 * True for a request the app's session lets through: its own pages and the
 * developer tools. Everything else (http, https, ws, file, ftp…) is cancelled,
 * so the app is offline by construction. A blob: URL made by the app's own
 * page is in-memory data and stays allowed.
 */
export function isRequestAllowed(url: string): boolean {
  if (url.startsWith('devtools:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return isAppUrl(url);
}

/**
 * The URL to hand to the operating system for a link the page tried to open,
 * or null. Both the core link rule and a WHATWG parse must agree that it is
 * http(s) with a host or a mailto address; the parsed form is what is opened.
 */
export function externalUrlToOpen(url: string): string | null {
  if (!isExternalOpenAllowed(url)) return null;
  const parsed = parse(url.trim());
  if (parsed === null) return null;
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@') ? parsed.href : null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** What the main process knows about the sender of an IPC message. */
export interface SenderFacts {
  /** URL of the sending frame, or null when the frame is gone. */
  frameUrl: string | null;
  /** Whether the sender is the top frame of its page. */
  isMainFrame: boolean;
  /** The id of the sending webContents. */
  webContentsId: number;
}

/** True when an IPC message comes from the top frame of one of our windows showing an app page. */
export function isTrustedSender(sender: SenderFacts, ourWebContents: ReadonlySet<number>): boolean {
  return (
    sender.frameUrl !== null &&
    sender.isMainFrame &&
    ourWebContents.has(sender.webContentsId) &&
    isAppUrl(sender.frameUrl)
  );
}
