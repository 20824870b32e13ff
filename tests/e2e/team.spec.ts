import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CouchServer } from '../../electron/backend/team/testing/couch-server.js';
import { PASSWORDS, teamClient, teamServer } from '../../electron/backend/team/testing/team-fixture.js';
import { invoke } from '../../electron/backend/testing/invoke.js';
import type { TempWorkspace } from '../../electron/backend/testing/temp-workspace.js';
import type { AppSession } from './harness.js';
import { closeChecked, openDesk, type DeskSession } from './desk-session.js';

/**
 * The team library driven through the page: a CouchDB-protocol server
 * (PouchDB Server's express-pouchdb over an in-memory adapter, the backend's
 * own test server) runs in this process on 127.0.0.1 with a writer `lan`
 * and an editor `minh`; the web host connects to it as the settings form says.
 */

/** Screenshots go here when SCREENSHOTS names a folder (for a person to look at). */
const SHOTS = process.env.SCREENSHOTS;
const shot = async (app: AppSession, name: string, target?: Locator) => {
  if (!SHOTS) return;
  const file = path.join(SHOTS, `${name}.png`);
  if (target) await target.screenshot({ path: file });
  else await app.page.screenshot({ path: file });
};

const DB = 'ban_bien_tap';
let couch: CouchServer;
let session: DeskSession | null = null;
const temps: TempWorkspace[] = [];

beforeAll(async () => {
  couch = await teamServer(DB);
});
afterAll(async () => {
  await Promise.allSettled(temps.splice(0).map((temp) => temp.cleanUp()));
  await couch?.close();
});
afterEach(async () => {
  if (session) await closeChecked(session.app);
  session = null;
  couch.delayMs = 0;
});

const value = <T>(response: { body: unknown }) => (response.body as { ok: true; value: T }).value;

/** The page's words, in the language a test opens it in. */
const WORDS = {
  en: {
    settings: 'Settings',
    section: 'Team library',
    server: 'Server address',
    db: 'Database',
    user: 'User name',
    password: 'Password',
    connect: 'Connect',
    syncNow: 'Sync now',
    close: 'Close',
    bar: /^Team: /,
  },
  vi: {
    settings: 'Cài đặt',
    section: 'Thư viện nhóm',
    server: 'Địa chỉ máy chủ',
    db: 'Cơ sở dữ liệu',
    user: 'Tên người dùng',
    password: 'Mật khẩu',
    connect: 'Kết nối',
    syncNow: 'Đồng bộ ngay',
    close: 'Đóng',
    bar: /^Nhóm: /,
  },
} as const;

/** The settings' team section and the status bar's team item, in one UI language. */
class TeamUi {
  readonly words: (typeof WORDS)['en' | 'vi'];
  constructor(
    readonly page: Page,
    lang: 'en' | 'vi' = 'en',
  ) {
    this.words = WORDS[lang];
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: this.words.section });
  }

  get statusItem(): Locator {
    return this.page.locator('.status-bar').getByRole('button', { name: this.words.bar });
  }

  get progress(): Locator {
    return this.page.locator('.status-bar').getByRole('progressbar');
  }

  get settings(): Locator {
    return this.page.getByRole('region', { name: this.words.settings, exact: true });
  }

  async closeSettings(): Promise<void> {
    await this.settings.getByRole('button', { name: this.words.close, exact: true }).click();
    await this.settings.waitFor({ state: 'detached' });
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('button', { name: this.words.settings, exact: true }).click();
    await this.section.waitFor();
  }

  /** Fills the form and presses Connect. */
  async connect(user: 'lan' | 'minh', password: string): Promise<void> {
    const { section, words } = this;
    await section.getByRole('textbox', { name: words.server }).fill(couch.url);
    await section.getByRole('textbox', { name: words.db }).fill(DB);
    await section.getByRole('textbox', { name: words.user }).fill(user);
    await section.getByLabel(words.password, { exact: true }).fill(password);
    await section.getByRole('button', { name: words.connect, exact: true }).click();
  }

  /** Presses Sync now and waits until the status bar says `state`. */
  async syncNow(state: string): Promise<void> {
    await this.section.getByRole('button', { name: this.words.syncNow }).click();
    await this.waitState(state);
  }

  async waitState(state: string): Promise<void> {
    await expect.poll(() => this.statusItem.textContent(), { timeout: 20_000 }).toMatch(state);
  }

  statusOptions(name = 'Article status'): Promise<string[]> {
    return this.page.getByRole('combobox', { name }).locator('option:not([disabled])').allTextContents();
  }
}

/** axe's serious and critical findings (WCAG 2.1 A and AA) on the page as it is now, light and dark. */
async function seriousFindings(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark']) {
    await page.evaluate(async (wanted) => {
      document.documentElement.dataset.theme = wanted;
      for (let frame = 0; frame < 2; frame++) await new Promise((done) => requestAnimationFrame(done));
    }, theme);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const violation of results.violations)
      if (violation.impact === 'serious' || violation.impact === 'critical')
        found.push(
          `${theme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
        );
  }
  await page.evaluate(() => delete document.documentElement.dataset.theme);
  return found;
}

/** The team document of an article on the server, as the admin reads it. */
async function serverArticle(id: string): Promise<{ item: { title: string; body: string; status: string } }> {
  const { status, body } = await couch.request('GET', `/${DB}/article:${id}`);
  expect(status).toBe(200);
  return body as { item: { title: string; body: string; status: string } };
}

describe('team library', () => {
  it('connects from the Vietnamese settings: the labels, a wrong password said plainly, then synced in the status bar', async () => {
    session = await openDesk({ lang: 'vi' });
    const { app, desk } = session;
    const team = new TeamUi(app.page, 'vi');
    await app.invoke('articles:create', {
      title: 'Sự thật về tăng trưởng',
      body: 'Tăng trưởng kinh tế năm 2024 đạt 7,09%.',
    });
    await app.page.reload();
    await desk.ready();
    await app.page.locator('.status-bar').waitFor();
    // Not connected: no team item in the status bar.
    expect(await app.page.locator('.status-bar .team-item').count()).toBe(0);

    await team.openSettings();
    const { section } = team;
    expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe('Thư viện nhóm');
    for (const label of ['Địa chỉ máy chủ', 'Cơ sở dữ liệu', 'Tên người dùng'])
      await section.getByRole('textbox', { name: label }).waitFor();
    const password = section.getByLabel('Mật khẩu', { exact: true });
    expect(await password.getAttribute('type')).toBe('password');
    await shot(app, 'team-settings-form-vi', section);

    await team.connect('lan', 'không-đúng');
    const failure = section.getByRole('alert');
    await expect
      .poll(() => failure.textContent(), { timeout: 15_000 })
      .toContain('Sai tên người dùng hoặc mật khẩu.');
    expect(await failure.textContent()).toContain(
      'Chi tiết: The server did not accept the name and password.',
    );
    // The password is not kept by the page after an attempt.
    expect(await password.inputValue()).toBe('');
    expect(await app.page.locator('.status-bar .team-item').count()).toBe(0);
    await shot(app, 'team-settings-wrong-password-vi', section);
    expect(await seriousFindings(app.page)).toEqual([]);

    await password.fill(PASSWORDS.lan);
    await section.getByRole('button', { name: 'Kết nối', exact: true }).click();
    await section.getByRole('button', { name: 'Đồng bộ ngay' }).waitFor({ timeout: 15_000 });
    const facts = await section.locator('.team-facts').innerText();
    expect(facts).toContain(couch.url);
    expect(facts).toContain(DB);
    expect(facts).toMatch(/Vai trò\s+Người viết/);
    // The web host syncs on its own once connected, as the desktop app does: nobody presses Sync now.
    await team.waitState('Nhóm: đã đồng bộ');
    await expect
      .poll(() => section.locator('.team-facts').innerText())
      .not.toMatch(/Lần đồng bộ gần nhất\s+Chưa có/);
    await shot(app, 'team-settings-connected-vi', section);
    await team.closeSettings();
    await shot(app, 'team-status-bar-vi', app.page.locator('.status-bar'));
    await shot(app, 'team-window-vi');
  });

  it('sends a writer’s edit to the server, offers no Approved or Published, and shows the server’s refusal', async () => {
    session = await openDesk();
    const { app, desk } = session;
    const { page } = app;
    const team = new TeamUi(page);
    await desk.newArticle('Growth figures, answered');
    await desk.insertText('First paragraph.');
    await desk.waitSaved();
    const [article] = value<Array<{ id: string }>>(await app.invoke('articles:list'));
    expect(await team.statusOptions()).toEqual([
      'Idea',
      'Draft',
      'In review',
      'Approved',
      'Published',
      'Archived',
    ]);

    await team.openSettings();
    await team.connect('lan', PASSWORDS.lan);
    await team.waitState('Team: synced');
    await expect.poll(async () => (await serverArticle(article!.id)).item.body).toBe('First paragraph.');
    // A writer may not approve or publish: the status control does not offer it.
    expect(await team.statusOptions()).toEqual(['Idea', 'Draft', 'In review', 'Archived']);

    await team.closeSettings();
    // The server goes away: the edit waits, the status bar says so, and it is sent once the server is back.
    await couch.stop();
    await desk.editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' Second sentence.');
    await desk.waitSaved();
    await team.waitState('Team: offline (retrying)');
    await couch.start();
    await expect
      .poll(async () => (await serverArticle(article!.id)).item.body, { timeout: 90_000 })
      .toBe('First paragraph. Second sentence.');
    await team.waitState('Team: synced');
    // The status bar's item opens the team settings, with the focus on the section.
    await team.statusItem.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Team library');

    // Past the page (the API, as a script would): the server refuses, and the page says so.
    await app.invoke('articles:setStatus', { ids: [article!.id], status: 'published' });
    await team.section.getByRole('button', { name: 'Sync now' }).click();
    const notice = page.getByRole('region', { name: 'Notices' }).getByRole('alert');
    await expect
      .poll(() => notice.first().textContent(), { timeout: 20_000 })
      .toContain(
        'The team server refused a change to Article “Growth figures, answered”: Only an editor may set an article to published.',
      );
    const refused = team.section.getByRole('table', { name: 'Refused changes' });
    expect(await refused.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      'Sent: refused by the server',
      'Article “Growth figures, answered”',
      'Only an editor may set an article to published.',
      expect.any(String),
    ]);
    expect((await serverArticle(article!.id)).item.status).toBe('draft');
    await shot(app, 'team-settings-refused', team.section);
    expect(await seriousFindings(page)).toEqual([]);
  });

  it('lets an editor publish; Disconnect says everything stays here and leaves the workspace whole', async () => {
    session = await openDesk();
    const { app, desk } = session;
    const { page } = app;
    const team = new TeamUi(page);
    await desk.newArticle('An editor’s article');
    await desk.insertText('Approved text.');
    await desk.waitSaved();
    await team.openSettings();
    await team.connect('minh', PASSWORDS.minh);
    await team.syncNow('Team: synced');
    expect(await team.section.locator('.team-facts').innerText()).toMatch(/Role\s+Editor/);
    expect(await team.statusOptions()).toEqual([
      'Idea',
      'Draft',
      'In review',
      'Approved',
      'Published',
      'Archived',
    ]);

    await team.section.getByRole('button', { name: 'Disconnect' }).click();
    const confirm = page.getByRole('dialog', { name: `Disconnect from the team library “${DB}”?` });
    expect(await confirm.textContent()).toContain('Everything stays on this machine');
    expect(await seriousFindings(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Disconnect' }).click();
    await team.section.getByRole('button', { name: 'Connect', exact: true }).waitFor();
    // The form remembers where it was connected, never the password.
    expect(await team.section.getByRole('textbox', { name: 'User name' }).inputValue()).toBe('minh');
    expect(await team.section.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    await expect.poll(() => page.locator('.status-bar .team-item').count()).toBe(0);
    const articles = value<Array<{ title: string }>>(await app.invoke('articles:list'));
    expect(articles.map((article) => article.title)).toContain('An editor’s article');
  });

  it('shows the first sync’s progress in the status bar', async () => {
    // Another member's workspace puts 240 articles on the server first.
    const { temp, workspace } = await teamClient(couch, 'minh', DB);
    temps.push(temp);
    for (let i = 0; i < 240; i++)
      await invoke(workspace, 'articles:create', { title: `Bài số ${i}`, body: `Nội dung ${i}.` });
    await invoke(workspace, 'team:sync', {});

    session = await openDesk();
    const { app, desk } = session;
    const team = new TeamUi(app.page);
    await desk.newArticle('Waiting for the team');
    await team.openSettings();
    await team.connect('lan', PASSWORDS.lan);
    await team.section.getByRole('button', { name: 'Sync now' }).waitFor({ timeout: 15_000 });
    couch.delayMs = 250;
    await team.section.getByRole('button', { name: 'Sync now' }).click();
    await team.closeSettings();
    await team.progress.waitFor({ timeout: 20_000 });
    const max = Number(await team.progress.getAttribute('aria-valuemax'));
    expect(max).toBeGreaterThanOrEqual(240);
    expect(Number(await team.progress.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(max);
    expect(await team.progress.getAttribute('aria-valuetext')).toMatch(/^[\d,]+ of [\d,]+ items$/);
    expect(await team.statusItem.textContent()).toBe('Team: syncing');
    await shot(app, 'team-first-sync', app.page.locator('.status-bar'));
    expect(await seriousFindings(app.page)).toEqual([]);
    couch.delayMs = 0;
    await team.waitState('Team: synced');
    expect(await team.progress.count()).toBe(0);
    // What the sync brought reaches the list without a reload.
    await expect
      .poll(() => app.page.locator('.list-count').textContent(), { timeout: 15_000 })
      .toMatch(/^2\d\d articles$/);
  });
});
