import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, startApp, type AppSession } from './harness.js';
import { DeskPage } from './desk-page.js';

const VAULT = path.resolve(ROOT, '../shared/corpus/obsidian-help/vi');

describe.skipIf(!existsSync(VAULT))('importing a folder and checking its links', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    app = await startApp({ lang: 'en' });
    desk = new DeskPage(app.page);
    await desk.ready();
  });
  afterEach(async () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.stop();
  });

  it('imports the Vietnamese Obsidian help vault and reports its broken and ambiguous links', async () => {
    await desk.library.getByLabel('Folder of Markdown files').setInputFiles(VAULT);
    const dialog = app.page.getByRole('dialog', { name: 'Import a folder' });
    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
      .toBe('173 articles imported.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => desk.list.getByRole('option').count()).toBeGreaterThan(10);
    const listed = (await app.invoke('articles:list', {})).body as { value: unknown[] };
    expect(listed.value).toHaveLength(173);

    await desk.library.getByRole('button', { name: 'Link check' }).click();
    const view = app.page.getByRole('region', { name: 'Link check' });
    const summary = view.getByRole('status');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toMatch(/^\d+ links in 173 articles/);
    const text = (await summary.textContent())!;
    console.log(`Vietnamese vault through the UI: ${text}`);
    const report = (await app.invoke('links:check', {})).body as {
      value: { links: number; resolved: number; broken: unknown[]; ambiguous: unknown[] };
    };
    const { links, resolved, broken, ambiguous } = report.value;
    expect(text).toBe(
      `${links} links in 173 articles: ${resolved} resolved, ${broken.length} broken, ${ambiguous.length} ambiguous.`,
    );
    expect(ambiguous.length).toBeGreaterThan(0);
    const brokenList = view.getByRole('list', { name: /^Broken links/ });
    expect(await brokenList.getByRole('listitem').count()).toBe(broken.length);
    const ambiguousList = view.getByRole('list', { name: /^Ambiguous links/ });
    expect(await ambiguousList.getByRole('listitem').count()).toBe(ambiguous.length);

    const first = ambiguousList.getByRole('listitem').first();
    const source = (await first.getByRole('button').textContent())!;
    await first.getByRole('button').click();
    await expect.poll(() => view.count()).toBe(0);
    await expect.poll(() => desk.titleBox.inputValue()).toBe(source);
  });
});
