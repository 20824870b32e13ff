import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, startApp, type AppSession } from './harness.js';
import { DeskPage } from './desk-page.js';

const XSS = path.resolve(ROOT, '../shared/corpus/xss');
const lines = (file: string) => readFileSync(path.join(XSS, file), 'utf8').split('\n').filter(Boolean);

/** Every Markdown payload, and every 25th generic payload (about 330 of 8,273). */
/** The payload lists live in the shared corpus beside the checkout; without it this file skips. */
const HAS_XSS = existsSync(XSS);
const MARKDOWN_PAYLOADS = HAS_XSS ? lines('markdown-payloads.txt') : [];
const HTML_SAMPLE = HAS_XSS ? lines('payloads.txt').filter((_, index) => index % 25 === 0) : [];

/** Installed before any page script: every way a payload announces itself calls `__pwned`. */
function installTrap(): void {
  const w = window as unknown as Record<string, unknown> & { __pwned: (what: string) => void };
  for (const name of ['alert', 'prompt', 'confirm', 'print', 'open']) {
    w[name] = (...args: unknown[]) => w.__pwned(`${name}(${args.map(String).join(',')})`);
  }
}

describe.skipIf(!HAS_XSS)('hostile markdown in the preview', () => {
  let app: AppSession;
  let desk: DeskPage;
  let pwned: string[];
  let dialogs: string[];

  beforeEach(async () => {
    app = await startApp({ lang: 'en' });
    desk = new DeskPage(app.page);
    pwned = [];
    dialogs = [];
    await app.page.exposeFunction('__pwned', (what: string) => pwned.push(what));
    await app.page.addInitScript(installTrap);
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await app.page.reload();
    await desk.ready();
  });
  afterEach(async () => {
    await app.stop();
  });

  it('the trap itself fires when a script does run', async () => {
    await app.page.evaluate(() => window.alert('probe'));
    await expect.poll(() => pwned).toEqual(['alert(probe)']);
    pwned.length = 0;
  });

  for (const [name, payloads] of [
    ['Markdown payloads', MARKDOWN_PAYLOADS],
    ['a sample of HTML payloads', HTML_SAMPLE],
  ] as const) {
    it(`${name} render as inert text and markup (${payloads.length} lines)`, async () => {
      await desk.newArticle(`Hostile: ${name}`);
      await desk.insertText(payloads.join('\n\n'));
      await desk.waitSaved();
      await expect.poll(() => desk.preview.evaluate((el) => el.childElementCount)).toBeGreaterThan(10);

      // Fire the events inline handlers listen for on every element: nothing may run.
      const preview = desk.preview;
      await preview.evaluate((root) => {
        for (const el of root.querySelectorAll('*')) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart', 'load', 'error']) {
            el.dispatchEvent(new Event(type));
          }
        }
      });
      await app.page.waitForTimeout(500);

      const findings = await preview.evaluate((root) => {
        const bad: string[] = [];
        for (const el of root.querySelectorAll('*')) {
          const tag = el.tagName.toLowerCase();
          if (
            /^(script|iframe|object|embed|form|input|button|style|link|meta|base|svg|math|frame|video|audio)$/.test(
              tag,
            )
          )
            bad.push(`<${tag}>`);
          for (const attr of el.getAttributeNames()) {
            const value = el.getAttribute(attr) ?? '';
            if (attr.startsWith('on') || attr === 'style' || attr === 'srcset' || attr === 'formaction')
              bad.push(`${tag}[${attr}]`);
            if (
              (attr === 'href' || attr === 'src' || attr === 'action') &&
              !/^(https?:|mailto:|#)/i.test(value.trim())
            )
              bad.push(`${tag}[${attr}=${value.slice(0, 40)}]`);
          }
          if (tag === 'img' && el.hasAttribute('src')) bad.push('img with a source');
        }
        return bad;
      });
      expect(findings).toEqual([]);

      expect(pwned).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      expect(new URL(app.page.url()).origin).toBe(app.baseUrl);

      // The writer's text itself is kept exactly.
      const list = (await app.invoke('articles:list', {})).body as { value: Array<{ id: string }> };
      const stored = (await app.invoke('articles:get', { id: list.value[0]!.id })).body as {
        value: { body: string };
      };
      expect(stored.value.body).toBe(payloads.join('\n\n').normalize('NFC'));
    });
  }
});
