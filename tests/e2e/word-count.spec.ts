import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countWords } from '../../core/text/words.js';
import type { DeskPage } from './desk-page.js';
import type { AppSession } from './harness.js';
import { closeChecked, openDesk } from './desk-session.js';

/** Strings on which Chromium's word rules and Node's differ, or which editors argue about. */
const TRICKY = [
  'TP.Hà Nội đẹp',
  'Xem v.v. và U.S.A.',
  'Số pi là 3,14 và 1.000.000 đồng',
  'COVID-19 lan rộng qua e-mail',
  'Xem https://baochinhphu.vn/a.b?c=1 và www.gso.gov.vn',
  "Đảng's và Đảng’s",
  '中文字测试 và ひらがな',
  '😀 👍🏽 🇻🇳 vui',
  'ĐẢNG.Việt x:y 12:30',
];

describe('one word count', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  it('the status bar and the list agree, with the backend, on tricky strings', async () => {
    await desk.newArticle('Đếm từ');
    const row = desk.row('Đếm từ').locator('.row-meta');
    const seen: Array<[string, string, string]> = [];
    for (const text of TRICKY) {
      await desk.editor.click();
      await app.page.keyboard.press('Control+a');
      await app.page.keyboard.insertText(text);
      await desk.waitSaved();
      const words = countWords(text);
      const label = `${words} ${words === 1 ? 'word' : 'words'}`;
      // The list shows the backend's count once the save is through; the status bar counted before the save.
      await expect.poll(() => row.textContent()).toMatch(new RegExp(`(?<!\\d)${label}$`));
      const list = /(\d+ words?)$/.exec((await row.textContent()) ?? '')?.[1] ?? '';
      seen.push([text, (await desk.wordCount.textContent()) ?? '', list]);
    }
    expect(seen).toEqual(
      TRICKY.map((text) => {
        const words = countWords(text);
        const label = `${words} ${words === 1 ? 'word' : 'words'}`;
        return [text, label, label];
      }),
    );
  });
});
