import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built web host. */
const WEBHOST = path.join(ROOT, 'dist/webhost.js');

const FIRST_LINE = /^Rebuttal Desk web host: (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([0-9a-f]{64})$/;

/** A web host process, up and serving. */
export interface RunningHost {
  process: ChildProcess;
  baseUrl: string;
  port: number;
  token: string;
  /** Everything the host wrote on stderr so far. */
  stderr: () => string;
  /** SIGTERMs the host and waits for it to exit; resolves to its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `node dist/webhost.js --data DIR --port 0` and waits for its first
 * stdout line, which must be exactly the announced address.
 */
export async function startHost(dataDir: string, extraArgs: string[] = []): Promise<RunningHost> {
  const child = spawn(process.execPath, [WEBHOST, '--data', dataDir, '--port', '0', ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    new Promise<string>((resolve) => lines.once('line', resolve)),
    exited.then((code) => {
      throw new Error(`The web host exited with code ${code} before announcing itself:\n${stderr}`);
    }),
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`The web host did not start within 20 s:\n${stderr}`)),
        20_000,
      ).unref(),
    ),
  ]).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const match = FIRST_LINE.exec(first);
  if (match === null) {
    child.kill('SIGKILL');
    throw new Error(`Unexpected first line from the web host: ${JSON.stringify(first)}`);
  }
  lines.on('line', () => undefined);
  return {
    process: child,
    baseUrl: match[1]!,
    port: Number(match[2]),
    token: match[3]!,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Options of one app session. */
export interface StartOptions {
  /** UI language forced through `?lang=` (tests are written against English). */
  lang?: 'en' | 'vi';
  /** An existing workspace folder; it is left in place at the end. By default a fresh temp folder is used and removed. */
  workspace?: string;
  /** Let the app write its first-run guide into a new workspace (off by default: tests start from nothing). */
  welcome?: boolean;
}

/** One running app in a browser: web host, Chromium, a fresh context and page. */
export interface AppSession {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  /** Origin of the web host, e.g. `http://127.0.0.1:40123`. */
  baseUrl: string;
  token: string;
  dataDir: string;
  /** Every request the page tried to make to any other origin; each was blocked. */
  foreignRequests: string[];
  /** Uncaught errors of the page. */
  pageErrors: string[];
  /** Console errors of the page, CSP violations included. */
  consoleErrors: string[];
  host: RunningHost;
  /** Calls the API directly, as the page does. */
  invoke(channel: string, payload?: unknown): Promise<{ status: number; body: unknown }>;
  /** Closes the browser, stops the host (SIGTERM), removes the temp workspace. */
  stop(): Promise<void>;
}

/** Starts the web host on a workspace and opens the app in a fresh Chromium context. */
export async function startApp(options: StartOptions = {}): Promise<AppSession> {
  const lang = options.lang ?? 'en';
  const ownDir = options.workspace === undefined;
  const dataDir = options.workspace ?? (await mkdtemp(path.join(tmpdir(), 'desk-e2e-')));
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    host = await startHost(dataDir);
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      locale: lang === 'en' ? 'en-US' : 'vi-VN',
      serviceWorkers: 'block',
    });
    const foreignRequests: string[] = [];
    const origin = host.baseUrl;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      foreignRequests.push(url);
      return route.abort('blockedbyclient');
    });
    // Every test also checks that the page's CSP refused nothing the app itself does.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => {
        const element = event.target instanceof Element ? event.target : null;
        // Chromium's own contenteditable editing tries to keep a line's look with a style attribute when a
        // selection spanning lines is replaced; the policy refuses it and CodeMirror redraws the line from its
        // state. That is the browser, not the app, so it is reported apart; anything else fails the test.
        if (event.violatedDirective === 'style-src-attr' && element?.matches('.cm-content > .cm-line')) {
          console.warn(`CSP refused the browser's editing style on an editor line`);
          return;
        }
        // Names the element a style was refused on, so the failure says where to look.
        const where = element ? element.outerHTML.slice(0, 160) : '';
        console.error(
          `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample} ${where}`,
        );
      }),
    );
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${origin}/?token=${host.token}&lang=${lang}${options.welcome ? '' : '&welcome=off'}`);

    const running = host;
    const openBrowser = browser;
    return {
      page,
      context,
      browser,
      baseUrl: origin,
      token: host.token,
      dataDir,
      foreignRequests,
      pageErrors,
      consoleErrors,
      host,
      invoke: (channel, payload = {}) => invokeApi(running, channel, payload),
      async stop() {
        await openBrowser.close().catch(() => undefined);
        await running.stop();
        if (ownDir) await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await host?.stop();
    if (ownDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Posts one contract call to a web host, with its token, as the page would. */
export async function invokeApi(
  host: Pick<RunningHost, 'baseUrl' | 'token'>,
  channel: string,
  payload: unknown = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${host.baseUrl}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token },
    body: JSON.stringify({ channel, payload }),
  });
  return { status: response.status, body: await response.json() };
}
