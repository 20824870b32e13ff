import { STYLE_NONCE_PLACEHOLDER } from '../../core/security/csp.js';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_FLUSH, IPC_FLUSH_DONE, IPC_INVOKE, IPC_MENU } from '../../core/ipc/channels.js';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  StandInEvent,
  StandInWebContents,
  windows,
  type StandInMenuItem,
  type StandInWindow,
} from './stand-in.js';

vi.mock('electron', async () => (await import('./stand-in.js')).electronStandIn);

/**
 * The built main process (dist/electron/main.js, what the installers ship)
 * loaded under Node with the recording stand-in of `electron` in place of the
 * real module: no Electron binary is needed. The real Electron shell is
 * exercised by tests/e2e/electron.spec.ts where the binary is installed.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'dist/electron/main.js');
const RENDERER = path.join(ROOT, 'dist/renderer');

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

let dataDir: string;
let window: StandInWindow;
const signalListeners = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };

/** Calls the one IPC entry point as a page would, from `sender` at `frameUrl`. */
function invoke(
  channel: unknown,
  payload: unknown,
  sender: { contents: StandInWebContents; frameUrl?: string; mainFrame?: boolean },
): Promise<Envelope> {
  const registration = ipcMain.registrations.find((entry) => entry.channel === IPC_INVOKE)!;
  const event = {
    sender: sender.contents,
    senderFrame: {
      url: sender.frameUrl ?? 'app://desk/index.html',
      parent: sender.mainFrame === false ? {} : null,
    },
  };
  return registration.handler(event, channel, payload) as Promise<Envelope>;
}

const fromWindow = () => ({ contents: window.webContents });

/** Answers the next flush request of the window as its page would. */
function answerFlush(saved: boolean): void {
  ipcMain.emit(IPC_FLUSH_DONE, { sender: window.webContents }, saved);
}

const flushRequests = () => window.webContents.sent.filter((message) => message.channel === IPC_FLUSH).length;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const labels = (items: StandInMenuItem[]) => items.map((item) => item.label);
const currentMenu = () => Menu.applied.at(-1)!;
const item = (menu: StandInMenuItem[], top: string, label: string) =>
  menu.find((entry) => entry.label === top)!.submenu!.find((entry) => entry.label === label)!;

const missing =
  existsSync(MAIN) && existsSync(path.join(RENDERER, 'index.html')) ? '' : 'run the build first';

describe.skipIf(missing !== '')('the Electron main process, under a recording stand-in of electron', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'desk-main-'));
    process.env.REBUTTAL_DESK_DATA = dataDir;
    await import(pathToFileURL(MAIN).href);
    app.makeReady();
    await until(() => windows.length === 1, 'the main window');
    window = windows[0]!;
  });

  afterAll(async () => {
    delete process.env.REBUTTAL_DESK_DATA;
    // The entry listens for SIGTERM and SIGINT to save before quitting; the test process must not keep those.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      for (const listener of process.listeners(signal)) {
        if (!signalListeners[signal].includes(listener)) process.off(signal, listener);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('turns the sandbox on for every renderer and takes the single-instance lock', () => {
    expect(app.sandboxEnabled).toBe(true);
    expect(app.listenerCount('second-instance')).toBe(1);
  });

  it('opens one window with the secure web preferences, on the app:// page, with the sandboxed preload', () => {
    expect(windows).toHaveLength(1);
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toEqual({
      preload: path.join(ROOT, 'dist/electron/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(existsSync(preferences.preload as string)).toBe(true);
    expect(window.loaded).toEqual(['app://desk/index.html']);
  });

  describe('the app:// protocol', () => {
    const serve = (url: string, method = 'GET') => protocol.handlers.get('app')!({ method, url });

    it('is registered as a standard, secure scheme before the app is ready', () => {
      expect(protocol.privileged).toEqual([
        {
          schemes: [
            {
              scheme: 'app',
              privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
            },
          ],
          beforeReady: true,
        },
      ]);
      expect([...protocol.handlers.keys()]).toEqual(['app']);
    });

    it('serves the built renderer with the strict policy, connecting nowhere', async () => {
      const response = await serve('app://desk/index.html');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      // The page as built, with a fresh style nonce in place of the placeholder, the same one the policy names.
      const page = await response.text();
      const policy = response.headers.get('content-security-policy')!;
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toBeDefined();
      expect(nonce).not.toBe(STYLE_NONCE_PLACEHOLDER);
      expect(page).toBe(
        (await readFile(path.join(RENDERER, 'index.html'), 'utf8')).replaceAll(
          STYLE_NONCE_PLACEHOLDER,
          nonce!,
        ),
      );
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');

      const asset = (await readdir(path.join(RENDERER, 'assets'))).find((name) => name.endsWith('.js'))!;
      const script = await serve(`app://desk/assets/${asset}?v=1#top`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
    });

    it('refuses every way out of the renderer folder, other hosts and other methods', async () => {
      const escapes = [
        'app://desk/../package.json',
        'app://desk/..%2fpackage.json',
        'app://desk/%2e%2e/package.json',
        'app://desk/%2E%2E%2Fpackage.json',
        'app://desk/assets/../../electron/main.js',
        'app://desk/..\\package.json',
        'app://desk/%5c..%5cpackage.json',
        'app://desk//etc/passwd',
        'app://desk/%2fetc%2fpasswd',
        'app://desk/index.html%00.png',
        'app://other/index.html',
        'app://desk@evil/index.html',
        'file:///etc/passwd',
        'app://desk/missing.html',
      ];
      for (const url of escapes) {
        const response = await serve(url);
        expect([url, response.status]).toEqual([url, 404]);
        expect(await response.text()).toBe('Not found');
      }
      expect((await serve('app://desk/index.html', 'POST')).status).toBe(405);
    });

    it('refuses a link inside the renderer folder that points outside it', async () => {
      const link = path.join(RENDERER, 'escape-link.json');
      await symlink(path.join(ROOT, 'package.json'), link);
      try {
        expect((await serve('app://desk/escape-link.json')).status).toBe(404);
      } finally {
        await unlink(link);
      }
    });
  });

  describe('the session and every web contents', () => {
    it('denies every permission request and check, devices and screen capture', () => {
      const defaults = session.defaultSession;
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
        const answers: boolean[] = [];
        defaults.permissionRequest!(window.webContents, permission, (granted) => answers.push(granted));
        expect([permission, answers]).toEqual([permission, [false]]);
        expect(defaults.permissionCheck!(window.webContents, permission)).toBe(false);
      }
      expect(defaults.devicePermission!({ deviceType: 'usb' })).toBe(false);
      const capture: unknown[] = [];
      defaults.displayMedia!({}, (streams) => capture.push(streams));
      expect(capture).toEqual([null]);
    });

    it('cancels every request that is not the app’s own, and every download', () => {
      const verdict = (url: string) => {
        let cancel: boolean | undefined;
        session.defaultSession.beforeRequest!({ url }, (answer) => (cancel = answer.cancel));
        return cancel;
      };
      expect(verdict('app://desk/index.html')).toBe(false);
      expect(verdict('app://desk/assets/font.woff2')).toBe(false);
      for (const url of [
        'https://example.org/',
        'http://127.0.0.1:8080/',
        'ws://127.0.0.1/',
        'file:///etc/passwd',
        'app://evil/index.html',
        'data:text/html,hi',
      ]) {
        expect([url, verdict(url)]).toEqual([url, true]);
      }
      const download = new StandInEvent();
      session.defaultSession.emit('will-download', download);
      expect(download.defaultPrevented).toBe(true);
    });

    it('keeps every page on the app, refuses webviews, and opens only http(s) and mailto links outside', () => {
      const contents = new StandInWebContents();
      app.emit('web-contents-created', new StandInEvent(), contents);
      const navigate = (url: string, kind = 'will-navigate') => {
        const event = new StandInEvent();
        contents.emit(kind, event, url);
        return event.defaultPrevented;
      };
      expect(navigate('app://desk/index.html')).toBe(false);
      for (const url of [
        'https://example.org/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'app://evil/',
      ]) {
        expect([url, navigate(url)]).toEqual([url, true]);
        expect([url, navigate(url, 'will-redirect')]).toEqual([url, true]);
      }
      const webview = new StandInEvent();
      contents.emit('will-attach-webview', webview);
      expect(webview.defaultPrevented).toBe(true);

      shell.opened.length = 0;
      for (const url of [
        'https://example.org/bai-viet',
        'mailto:toa-soan@example.org',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'app://desk/index.html',
        'https://user:pass@example.org/',
      ]) {
        expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      }
      expect(shell.opened).toEqual(['https://example.org/bai-viet', 'mailto:toa-soan@example.org']);
    });
  });

  describe('IPC', () => {
    it('registers one entry point, once, that carries every channel of the contract', async () => {
      expect(ipcMain.registrations.map((entry) => entry.channel)).toEqual([IPC_INVOKE]);
      for (const channel of CHANNELS) {
        const answer = await invoke(channel, { '': 'not a request of any channel' }, fromWindow());
        // The request reached the channel's schema: not refused as a stranger's, nor as an unknown channel.
        expect([channel, answer.ok ? 'ok' : answer.error.code]).toEqual([channel, 'invalid_request']);
      }
      const unknown = await invoke('articles:drop', {}, fromWindow());
      expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    });

    it('refuses every channel to a sender that is not the top frame of an app page in its own window', async () => {
      const stranger = new StandInWebContents();
      const senders = [
        { contents: stranger },
        { contents: window.webContents, frameUrl: 'https://example.org/' },
        { contents: window.webContents, frameUrl: 'app://evil/index.html' },
        { contents: window.webContents, mainFrame: false },
      ];
      for (const sender of senders) {
        for (const channel of CHANNELS) {
          const answer = await invoke(channel, {}, sender);
          expect([channel, answer]).toEqual([
            channel,
            {
              ok: false,
              error: { code: 'forbidden', message: 'IPC refused: the sender is not an app page' },
            },
          ]);
        }
      }
    });

    it('answers the page: an article is created and read back through IPC', async () => {
      const created = await invoke('articles:create', { title: 'Bài viết qua IPC' }, fromWindow());
      expect(created).toMatchObject({ ok: true, value: { title: 'Bài viết qua IPC' } });
      const list = await invoke('articles:list', {}, fromWindow());
      expect(list.ok && (list.value as { title: string }[]).map((row) => row.title)).toEqual([
        'Bài viết qua IPC',
      ]);
    });
  });

  describe('the application menu', () => {
    it('is in Vietnamese, then in English once the page switches the language', async () => {
      expect(labels(currentMenu())).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
      expect(item(currentMenu(), 'Tệp', 'Bài viết mới').accelerator).toBe('CmdOrCtrl+N');

      const switched = await invoke('settings:set', { language: 'en' }, fromWindow());
      expect(switched).toMatchObject({ ok: true, value: { language: 'en' } });
      expect(labels(currentMenu())).toEqual(['File', 'Edit', 'View', 'Help']);
      expect(labels(currentMenu()[1]!.submenu!).filter(Boolean)).toEqual([
        'Undo',
        'Redo',
        'Cut',
        'Copy',
        'Paste',
        'Select All',
      ]);
      expect(item(currentMenu(), 'View', 'Split').accelerator).toBe('CmdOrCtrl+2');

      await invoke('settings:set', { language: 'vi' }, fromWindow());
      expect(labels(currentMenu())).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    });

    it('sends its commands to the window’s page', () => {
      window.webContents.sent.length = 0;
      item(currentMenu(), 'Tệp', 'Bài viết mới').click!();
      item(currentMenu(), 'Xem', 'Xem trước').click!();
      expect(window.webContents.sent).toEqual([
        { channel: IPC_MENU, args: ['article:new'] },
        { channel: IPC_MENU, args: ['view:preview'] },
      ]);
    });
  });

  describe('quitting', () => {
    it('asks the page to save first; when that fails, lets the writer stay', async () => {
      const before = flushRequests();
      app.quit();
      expect(app.quits.at(-1)).toEqual({ held: true });
      await until(() => flushRequests() === before + 1, 'the flush request');
      dialog.answers.push(2); // Cancel
      answerFlush(false);
      await until(() => dialog.messageBoxes.length === 1, 'the unsaved-changes question');
      expect(dialog.messageBoxes[0]!.options).toMatchObject({
        type: 'warning',
        title: 'Chưa lưu được',
        buttons: ['Thử lại', 'Vẫn thoát', 'Huỷ'],
        cancelId: 2,
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(existsSync(path.join(dataDir, 'lock'))).toBe(true);
      expect(app.quits).toHaveLength(1);
    });

    it('flushes the page’s saves, closes the workspace, then quits', async () => {
      const before = flushRequests();
      app.quit();
      await until(() => flushRequests() === before + 1, 'the flush request');
      // Until the page answers, the workspace stays open.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(existsSync(path.join(dataDir, 'lock'))).toBe(true);
      answerFlush(true);
      await until(() => app.quits.length === 3, 'the final quit');
      expect(app.quits.at(-1)).toEqual({ held: false });
      expect(existsSync(path.join(dataDir, 'lock'))).toBe(false);
      // Something changed (an article was created), so the quit backup was taken.
      expect((await readdir(path.join(dataDir, 'backups'))).some((name) => name.includes('quit'))).toBe(true);
      expect(dialog.errorBoxes).toEqual([]);
      expect(app.exits).toEqual([]);
    });
  });
});
