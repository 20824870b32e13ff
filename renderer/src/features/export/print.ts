import { PRINT_CLASS, PRINT_CSS } from '../../../../core/export/print-css.js';
import { call } from '../../api/index.js';
import { useEditor } from '../editor/store.js';
import './print.css';

const ROOT_ID = 'print-root';
let sheet: CSSStyleSheet | null = null;

/** The print styles, adopted once through the CSSOM (the page's style policy allows no `<style>` element). */
function adoptPrintStyles(): void {
  if (sheet !== null) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** A data: address as a blob: one the page may show (its image policy allows blob:, not data:). */
function blobUrlOf(data: string): string | null {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(data);
  if (match === null) return null;
  const text = atob(match[2]!);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: match[1] }));
}

/**
 * Puts the print HTML of articles into the page, hidden but for printing:
 * the same document every export makes (notes, bibliography, images), in
 * the app's own fonts. Answers the element and a function that removes it.
 */
export function mountPrintDocument(html: string): { root: HTMLElement; remove: () => void } {
  adoptPrintStyles();
  document.getElementById(ROOT_ID)?.remove();
  // The document's own <style> (fonts and print CSS for a standalone file) is left out before parsing: the
  // page has the same styles already, and even an inert parsed <style> is checked against the page's policy.
  const parsed = new DOMParser().parseFromString(
    html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''),
    'text/html',
  );
  const root = document.createElement('div');
  root.id = ROOT_ID;
  root.className = PRINT_CLASS;
  root.setAttribute('aria-hidden', 'true');
  const urls: string[] = [];
  // Addresses are swapped while the nodes are still inert: the page never asks for a data: image.
  for (const image of parsed.body.querySelectorAll('img')) {
    const url = blobUrlOf(image.getAttribute('src') ?? '');
    image.removeAttribute('src');
    if (url !== null) {
      urls.push(url);
      image.setAttribute('src', url);
    }
  }
  for (const node of [...parsed.body.childNodes]) root.append(document.importNode(node, true));
  document.body.append(root);
  return {
    root,
    remove: () => {
      root.remove();
      for (const url of urls) URL.revokeObjectURL(url);
    },
  };
}

/** Prints articles (File → Print, the palette, the article's menu): saves pending edits, then opens the print dialog. */
export async function printArticles(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await useEditor.getState().flushAll();
  const { html } = await call('export:printHtml', { ids: [...ids] });
  const mounted = mountPrintDocument(html);
  const images = [...mounted.root.querySelectorAll('img')].map((image) =>
    image.decode().catch(() => undefined),
  );
  await Promise.all(images);
  window.addEventListener('afterprint', () => mounted.remove(), { once: true });
  window.print();
}
