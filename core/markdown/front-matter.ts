import { escapeHtml } from '../text/html.js';

/** A YAML front matter block at the very start of a text: `---`, lines, `---` or `...`. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Class of the block a front matter renders as. */
const FRONT_MATTER_CLASS = 'front-matter';

/** A text's leading front matter (its lines between the markers), or null, and the text after it. */
export function splitFrontMatter(markdown: string): { frontMatter: string | null; body: string } {
  // The test first: a regular expression would try every position of a long text before failing.
  if (!markdown.startsWith('---')) return { frontMatter: null, body: markdown };
  const match = FRONT_MATTER.exec(markdown);
  if (match === null) return { frontMatter: null, body: markdown };
  return { frontMatter: match[1]!, body: markdown.slice(match[0].length) };
}

/**
 * Front matter as it shows in the preview: its lines as they are, set apart
 * as metadata. Without this, markdown reads the closing `---` under the last
 * key as a heading underline and the keys as a heading.
 */
export function frontMatterHtml(frontMatter: string): string {
  return `<pre class="${FRONT_MATTER_CLASS}"><code>${escapeHtml(frontMatter)}</code></pre>\n`;
}
