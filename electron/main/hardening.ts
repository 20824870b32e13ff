import { app, shell, type Session, type WebContents } from 'electron';
import { externalUrlToOpen, isAppUrl, isRequestAllowed } from './trust.js';

/**
 * Locks down a session: every permission request and check is denied, and
 * every request that is not the app's own (or the developer tools') is
 * cancelled, so nothing leaves the machine.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isRequestAllowed(details.url) }),
  );
  session.on('will-download', (event) => event.preventDefault());
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external !== null) {
      void shell.openExternal(external); // eng-disable OPEN_EXTERNAL_JS_CHECK — only the http(s) and mailto URLs externalUrlToOpen parsed and accepted
    }
    return { action: 'deny' };
  });
}

/**
 * Applies the navigation rules to every web contents the app ever creates:
 * navigation away from the app and webviews are refused, new windows are
 * denied (an http(s)/mailto link opens in the user's browser or mail client).
 */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
