import type DOMPurify from 'dompurify';
import type * as Jsdom from 'jsdom';
import { createRequire } from 'node:module';
import { installPurifierHooks, PURIFY_CONFIG, type Purifier } from '../../../core/index.js';

const require = createRequire(import.meta.url);

/** A DOM for exports: a jsdom window and the preview's DOMPurify bound to it. */
export interface ExportDom {
  window: Jsdom.DOMWindow;
  /** Sanitizes HTML exactly as the preview does. */
  sanitize(html: string): string;
  /** Parses an HTML fragment into a detached element. */
  fragment(html: string): HTMLElement;
}

let shared: ExportDom | null = null;

/** The one export DOM of the process, made on first use (jsdom takes half a second to load). */
export function exportDom(): ExportDom {
  if (shared !== null) return shared;
  const { JSDOM } = require('jsdom') as typeof Jsdom;
  const createDOMPurify = require('dompurify') as typeof DOMPurify;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  installPurifierHooks(purifier as unknown as Purifier);
  shared = {
    window,
    sanitize: (html) => String(purifier.sanitize(html, PURIFY_CONFIG)),
    fragment(html) {
      const element = window.document.createElement('div');
      element.innerHTML = html;
      return element as unknown as HTMLElement;
    },
  };
  return shared;
}
