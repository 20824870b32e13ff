import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogPage } from './catalog-page.js';
import { closeChecked, openDesk, type DeskSession } from './desk-session.js';
import { ROOT } from './harness.js';

/** Screenshots go to docs/ only when asked for (`SCREENSHOTS=docs`), so a test run leaves the tree clean. */
const SHOTS =
  process.env.SCREENSHOTS === 'docs'
    ? path.join(ROOT, 'docs')
    : path.join(os.tmpdir(), 'rebuttal-desk-shots');

let session: DeskSession | null = null;
afterEach(async () => {
  if (session) await closeChecked(session.app);
  session = null;
});

const body = <T>(response: { body: unknown }) => (response.body as { ok: true; value: T }).value;

/** The serious and critical findings of axe on the page as it is now (WCAG 2.1 A and AA rules). */
async function seriousFindings(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${screen}: ${violation.id} (${violation.impact}) ${violation.help} — ` +
        violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | '),
    );
}

/** Switches the page to a theme and waits until two frames have been drawn with it. */
async function showTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate(async (wanted) => {
    document.documentElement.dataset.theme = wanted;
    for (let frame = 0; frame < 2; frame++) await new Promise((done) => requestAnimationFrame(done));
  }, theme);
}

/** A workspace with something on every screen: a claim, a source, an article citing and answering them. */
async function fill(session: DeskSession): Promise<void> {
  const { app } = session;
  const claim = body<{ id: string }>(
    await app.invoke('claims:create', {
      statement: 'Chống tham nhũng chỉ là đấu đá phe phái',
      categoryId: 'categorycorruption',
    }),
  );
  await app.invoke('sources:create', {
    key: 'hienphap2013',
    kind: 'document',
    title: 'Hiến pháp năm 2013',
    excerpts: [{ id: 'excerpt0000001', text: 'Quyền lực nhà nước là thống nhất.', location: 'Điều 2' }],
  });
  const article = body<{ id: string }>(
    await app.invoke('articles:create', {
      title: 'Sự thật về công cuộc phòng, chống tham nhũng',
      body: '## Bối cảnh\n\nTheo Hiến pháp [@hienphap2013, Điều 2], quyền lực là thống nhất. Xem [[Bài khác]].\n\nMột lỗi khong đáng có.\n',
    }),
  );
  await app.invoke('articles:update', {
    id: article.id,
    claimIds: [claim.id],
    wordTarget: 800,
    deadline: '2030-01-01',
  });
  await app.page.reload();
  await session.desk.ready();
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(
      `has no serious or critical axe finding on any main screen (${scheme} theme)`,
      { timeout: 600_000 },
      async () => {
        session = await openDesk();
        const { app, desk } = session;
        const { page } = app;
        await page.emulateMedia({ colorScheme: scheme });
        await fill(session);
        const catalog = new CatalogPage(page);
        const findings: string[] = [];
        const check = async (screen: string) => {
          const found = await seriousFindings(page, screen);
          if (process.env.AXE_LOG) console.log(screen, found);
          findings.push(...found);
        };

        await desk.row(/Sự thật/).click();
        await page.locator('.cm-misspelt').first().waitFor({ timeout: 15_000 });
        await check('article, split view');
        await page.locator('.cm-misspelt').first().click({ button: 'right' });
        await page.getByRole('menu').waitFor();
        await check('spelling menu');
        await page.keyboard.press('Escape');
        for (const mode of ['Editor', 'Preview']) {
          await page.getByRole('radio', { name: mode }).click();
          await check(`${mode.toLowerCase()} view`);
        }
        await page.getByRole('radio', { name: 'Split' }).click();
        for (const panel of ['Backlinks', 'Related', 'History']) {
          await page.getByRole('button', { name: panel, exact: true }).click();
          await check(`${panel.toLowerCase()} panel`);
          await page.getByRole('button', { name: panel, exact: true }).click();
        }
        await desk.editor.click();
        await page.keyboard.press('F8');
        await check('focus mode');
        await page.keyboard.press('Escape');

        await catalog.sidebarButton('Search').click();
        await page.getByRole('combobox', { name: 'Search articles' }).fill('tham nhung');
        await check('search');
        await catalog.sidebarButton('All articles').click();
        await catalog.sidebarButton('Claims').click();
        await check('claims');
        await catalog
          .view('Claims')
          .getByRole('button', { name: /Chống tham nhũng/ })
          .click();
        await page.getByRole('button', { name: 'Write a rebuttal' }).waitFor();
        await check('claim page');
        await catalog.sidebarButton('Sources').click();
        await check('sources');
        await catalog.view('Sources').getByRole('button', { name: 'hienphap2013' }).click();
        await check('source page');
        await catalog.sidebarButton('Dashboard').click();
        await check('dashboard');
        await catalog.sidebarButton('Settings').click();
        await check('settings');
        await catalog
          .view('Settings')
          .getByRole('combobox', { name: 'Template' })
          .selectOption({ label: 'Rebuttal (English)' });
        await check('settings, a template open');
        await catalog.view('Settings').getByRole('button', { name: 'Close' }).click();
        await desk.openGraph(2);
        await check('link graph');
        await page.getByRole('region', { name: 'Link graph' }).getByRole('button', { name: 'Close' }).click();
        await desk.library.getByRole('button', { name: 'Link check' }).click();
        await page.getByRole('region', { name: 'Link check' }).waitFor();
        await check('link check');
        await page.getByRole('region', { name: 'Link check' }).getByRole('button', { name: 'Close' }).click();

        await page.keyboard.press('Control+Shift+P');
        await check('command palette');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        await check('quick switcher');
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        await check('keyboard shortcuts');
        await page.getByRole('tab', { name: 'Markdown' }).click();
        await check('markdown sheet');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Shift+N');
        await page.getByRole('dialog', { name: 'New article from template' }).waitFor();
        await check('new article from template');
        await page.keyboard.press('Escape');
        await desk.library.getByRole('button', { name: 'Backups' }).click();
        await page.getByRole('dialog', { name: 'Backups' }).waitFor();
        await check('backups');
        await page.keyboard.press('Escape');

        expect(findings).toEqual([]);
      },
    );
  }

  it('reaches every part of the main window by keyboard, with the focus always visible', async () => {
    session = await openDesk();
    const { app, desk } = session;
    const { page } = app;
    await desk.newArticle('Bàn phím');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const seen: string[] = [];
    for (let press = 0; press < 80; press++) {
      await page.keyboard.press('Tab');
      // The editor marks itself focused in its next update, after the focus event.
      await page.waitForFunction(
        () => !document.activeElement?.closest('.cm-editor:not(.cm-focused)'),
        null,
        { timeout: 5_000 },
      );
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (element === null || element === document.body) return null;
        // A date field's calendar button is a stop inside the browser's own control: Chromium draws its ring,
        // and neither :focus nor the computed style of the field can see it.
        if (element instanceof HTMLInputElement && element.type === 'date' && !element.matches(':focus'))
          return null;
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        const parent = element.closest('.cm-editor');
        const parentStyle = parent ? getComputedStyle(parent) : null;
        return {
          name:
            element.getAttribute('aria-label') ||
            (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ||
            element.textContent?.trim().slice(0, 40) ||
            `${element.tagName.toLowerCase()}#${element.id}.${element.className}`,
          area: element.closest('nav, header, footer, main, aside, section')?.className ?? '',
          visible: rect.width > 0 && rect.height > 0,
          indicated:
            style.outlineStyle !== 'none' ||
            style.boxShadow !== 'none' ||
            (parentStyle !== null && parentStyle.boxShadow !== 'none'),
        };
      });
      if (focus === null) continue;
      expect([focus.name, focus.visible, focus.indicated]).toEqual([focus.name, true, true]);
      seen.push(`${focus.area}: ${focus.name}`);
    }
    const all = seen.join('\n');
    for (const expected of [
      'New article',
      'Search',
      'Claims',
      'Settings',
      'Article title',
      'Article text',
      'Word target',
      'Spelling',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('respects reduced motion and follows the OS font size', async () => {
    session = await openDesk();
    const { app, desk } = session;
    const { page } = app;
    await desk.newArticle();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const transition = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.status-bar')!).transitionDuration);
    expect(parseFloat(await transition())).toBeLessThan(0.001);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    // The browser's default font size (what Electron and Chromium take from the OS) goes from 16 to 20 px:
    // everything sized in rem follows.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20, fixed: 16 } });
    await expect.poll(size).toBeCloseTo((before * 20) / 16, 1);
    const editorSize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.cm-scroller')!).fontSize),
    );
    expect(editorSize).toBeCloseTo(17 * (20 / 16), 1);
  });

  it('shows the README screenshots: the first-run guide in Vietnamese, light and dark', async () => {
    session = await openDesk({ lang: 'vi', welcome: true });
    const { app } = session;
    const { page } = app;
    await page.setViewportSize({ width: 1400, height: 860 });
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Tiêu đề bài viết' }).inputValue())
      .toBe('Bắt đầu với Rebuttal Desk');
    await app.invoke('settings:set', { writing: { theme: 'light' } });
    await mkdir(SHOTS, { recursive: true });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nMột câu có lỗi chính tả: chúng tôi khong đồng ý.');
    await page.locator('.cm-misspelt').first().waitFor({ timeout: 15_000 });
    await showTheme(page, 'light');
    await page.screenshot({ path: path.join(SHOTS, 'screenshot.png') });
    await showTheme(page, 'dark');
    await page.screenshot({ path: path.join(SHOTS, 'screenshot-dark.png') });
    await page.evaluate(() => delete document.documentElement.dataset.theme);
  });
});
