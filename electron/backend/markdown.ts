import type DOMPurify from 'dompurify';
import type * as Jsdom from 'jsdom';
import { createRequire } from 'node:module';
import {
  createMarkdownRenderer,
  type MarkdownRenderer,
  type Purifier,
  type RenderOptions,
} from '../../core/index.js';

// Loaded on first use: jsdom takes half a second to load, and most callers never render.
const require = createRequire(import.meta.url);

/**
 * The preview's markdown pipeline under Node: core's renderer with DOMPurify
 * bound to a jsdom window, so the CLI and exports produce the same HTML as
 * the preview. `options` as for core's renderer (citations, link classes).
 */
export function createNodeMarkdownRenderer(options: RenderOptions = {}): MarkdownRenderer {
  const { JSDOM } = require('jsdom') as typeof Jsdom;
  const createDOMPurify = require('dompurify') as typeof DOMPurify;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  return createMarkdownRenderer(purifier as unknown as Purifier, options);
}
