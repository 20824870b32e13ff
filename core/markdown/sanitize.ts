import { isSafeLinkUrl } from '../security/url.js';
import { WIKILINK_ATTRIBUTE } from './wikilinks.js';

/** The subset of a DOM element the sanitizer hooks touch (kept structural so core needs no DOM types). */
interface SanitizedNode {
  nodeName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/** The subset of a DOMPurify instance the render pipeline needs. */
export interface Purifier {
  sanitize(html: string, config: Record<string, unknown>): unknown;
  addHook(entry: 'afterSanitizeAttributes', hook: (node: SanitizedNode) => void): void;
  removeAllHooks(): void;
}

/** Elements removed with their content: scripts, forms, styles, embeds, SVG and MathML. */
const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'fieldset',
  'label',
  'output',
  'datalist',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'dialog',
  'svg',
  'math',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'canvas',
  'map',
  'area',
] as const;

/** Attributes removed everywhere (event handlers are removed by DOMPurify itself). */
const FORBIDDEN_ATTRIBUTES = [
  'style',
  'srcset',
  'action',
  'formaction',
  'ping',
  'background',
  'poster',
  'xlink:href',
] as const;

/** DOMPurify configuration of the preview and every export. */
export const PURIFY_CONFIG: Record<string, unknown> = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [...FORBIDDEN_TAGS],
  FORBID_ATTR: [...FORBIDDEN_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  // The one data attribute kept: a wiki-link's target, plain text the app reads on click.
  ADD_ATTR: [WIKILINK_ATTRIBUTE],
  ADD_URI_SAFE_ATTR: [WIKILINK_ATTRIBUTE],
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Only http(s), mailto, fragments and scheme-less relative URLs survive.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|#|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.:-]|$))/i,
};

/** Class given to an image whose remote source was removed. */
const BLOCKED_IMAGE_CLASS = 'blocked-image';

/**
 * Installs the hooks that finish what the config cannot express: links are
 * checked again (control-character tricks) and open outside the app; only a
 * link may carry a wiki-link target; images
 * never load anything (remote and data: sources are removed, the address kept
 * as inert text for the writer to see).
 */
export function installPurifierHooks(purifier: Purifier): void {
  purifier.removeAllHooks();
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const name = node.nodeName.toLowerCase();
    if (name !== 'a') node.removeAttribute(WIKILINK_ATTRIBUTE);
    if (name === 'a') {
      const href = node.getAttribute('href');
      if (href !== null && !isSafeLinkUrl(href)) node.removeAttribute('href');
      if (node.getAttribute('href')?.trim().startsWith('#') === false) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (name === 'img') {
      const src = node.getAttribute('src');
      if (src !== null) {
        node.removeAttribute('src');
        node.setAttribute('data-blocked-src', src.slice(0, 2000));
        node.setAttribute('class', BLOCKED_IMAGE_CLASS);
        node.setAttribute('title', src.slice(0, 200));
      }
    }
  });
}
