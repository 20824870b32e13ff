import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { openArticle, type Model, type Real } from './model.js';

/** How long a check waits for the page to catch up, in ms. */
const PATIENCE = 10_000;

/** The editor's whole text: every line CodeMirror drew (walk articles stay short enough to be drawn whole). */
function editorText(real: Real): Promise<string> {
  return real.desk.editor.evaluate((element) =>
    [...element.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
  );
}

/**
 * After every command: the pane shows the model's open article, and its
 * editor (when shown) holds exactly the model's text and the title box the
 * model's title.
 */
export async function checkScreen(model: Model, real: Real): Promise<void> {
  // No screen stays laid over the article once the writer went to one.
  await expect.poll(() => real.page.locator('.workspace-view').count(), { timeout: PATIENCE }).toBe(0);
  const open = openArticle(model);
  if (open === null) {
    await expect.poll(() => real.desk.titleBox.count(), { timeout: PATIENCE }).toBe(0);
    return;
  }
  if (open.trashed) return;
  await expect.poll(() => real.desk.titleBox.inputValue(), { timeout: PATIENCE }).toBe(open.title);
  if (model.mode === 'preview') {
    await expect.poll(() => real.desk.editor.count(), { timeout: PATIENCE }).toBe(0);
    return;
  }
  // The placeholder draws as the one line of an empty editor.
  await expect
    .poll(async () => (open.body === '' ? '' : await editorText(real)), { timeout: PATIENCE })
    .toBe(open.body);
  if (open.body === '') {
    expect(await real.desk.editor.locator('.cm-line').count()).toBe(1);
    expect(await real.desk.editor.locator('.cm-placeholder').count()).toBe(1);
  }
}

/** Waits until the footer says everything is saved (or no article is open, which flushed first). */
async function waitSettled(model: Model, real: Real): Promise<void> {
  if (openArticle(model) === null || openArticle(model)!.trashed) return;
  await expect.poll(() => real.desk.saveState.textContent(), { timeout: PATIENCE * 2 }).toMatch(/^Saved/);
}

/** What an article file on disk holds. */
async function onDisk(
  real: Real,
  id: string,
): Promise<{ title: string; body: string; deletedAt: string | null }> {
  const file = path.join(real.app.dataDir, 'articles', `${id}.json`);
  const { article } = JSON.parse(await readFile(file, 'utf8')) as {
    article: { title: string; body: string; deletedAt: string | null };
  };
  return article;
}

/** After the save settles: every article file on disk holds the model's text, title and trash state. */
export async function checkDisk(model: Model, real: Real): Promise<void> {
  await waitSettled(model, real);
  for (const article of model.articles) {
    const stored = await onDisk(real, article.id);
    expect({
      id: article.id,
      title: stored.title,
      body: stored.body,
      trashed: stored.deletedAt !== null,
    }).toEqual({
      id: article.id,
      title: article.title,
      body: article.body,
      trashed: article.trashed,
    });
  }
}
