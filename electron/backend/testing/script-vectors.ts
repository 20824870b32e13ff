import { JSDOM } from 'jsdom';

/** Attributes a browser loads or follows as a URL (inert ones like title are not). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'background',
  'cite',
  'data',
]);

/** Elements that run or embed active content. */
const ACTIVE_ELEMENTS = new Set(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'STYLE', 'SVG', 'MATH']);

/**
 * Every way some HTML could run script, as tests of the render pipeline check
 * its output: script and other active elements, `on*` attributes, and
 * `javascript:`/`vbscript:`/`data:` URLs. Empty when there is none.
 */
export function scriptVectors(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script');
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  for (const element of document.body.querySelectorAll('*')) {
    if (ACTIVE_ELEMENTS.has(element.tagName.toUpperCase())) found.push(element.tagName);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
      // eslint-disable-next-line no-control-regex
      const url = value.replace(/[\s\u0000-\u001f]/g, '');
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^(?:javascript|vbscript|data):/i.test(url))
        found.push(`${element.tagName} ${name}=${value}`);
    }
  }
  return found;
}
