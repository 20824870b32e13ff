import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectron } from './electron-binary.js';
import { ROOT } from './harness.js';

const electron = findElectron(ROOT);
const reason = 'missing' in electron ? electron.missing : '';
if (reason) console.warn(`Electron smoke tests skipped: ${reason}.`);

describe.skipIf(reason !== '')(`Electron shell${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'desk-electron-'));
    app = await _electron.launch({
      executablePath: 'path' in electron ? electron.path : undefined,
      // Chromium refuses its OS sandbox to root (CI containers); the JS sandbox of the page is unaffected.
      args: [
        path.join(ROOT, 'dist/electron/main.js'),
        '--data',
        dataDir,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
      cwd: ROOT,
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens the window on the app:// page with its title', async () => {
    expect(page.url()).toMatch(/^app:\/\/desk\//);
    expect(await page.title()).toBe('Rebuttal Desk');
  });

  it('gives the page the bridge and nothing of Node', async () => {
    const globals = await page.evaluate(() => ({
      desk: typeof (window as { desk?: unknown }).desk,
      keys: Object.keys((window as unknown as { desk: object }).desk).sort(),
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
      ipcRenderer: typeof (window as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(globals).toEqual({
      desk: 'object',
      keys: ['invoke', 'onFlushRequest', 'onMenuCommand'],
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
  });

  it('creates an article through the bridge and refuses a bad payload', async () => {
    const result = await page.evaluate(async () => {
      const desk = (window as unknown as { desk: { invoke(c: string, r: unknown): Promise<unknown> } }).desk;
      const created = await desk.invoke('articles:create', { title: 'Phản bác luận điệu sai trái' });
      const bad = await desk.invoke('articles:save', { id: 42 });
      const unknown = await desk.invoke('fs:readFile', { path: '/etc/passwd' });
      const list = await desk.invoke('articles:list', {});
      return { created, bad, unknown, list };
    });
    expect(result.created).toMatchObject({ ok: true, value: { title: 'Phản bác luận điệu sai trái' } });
    expect(result.bad).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(result.unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(result.list).toMatchObject({ ok: true, value: [{ title: 'Phản bác luận điệu sai trái' }] });
  });

  it('makes no request off the machine', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
  });

  it('denies new windows and navigation away from the app', async () => {
    await page.evaluate(() => {
      window.open('https://example.org/', '_blank');
      location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^app:\/\/desk\//);
  });

  it('releases the workspace when it quits', async () => {
    expect(existsSync(path.join(dataDir, 'lock'))).toBe(true);
    await app.close();
    expect(existsSync(path.join(dataDir, 'lock'))).toBe(false);
  });
});
