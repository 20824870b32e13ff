import { normalizeTag } from '../../../core/index.js';

/** `#tag` after a space or at a line start, Obsidian style: letters, digits, `_`, `-` and `/`, not only digits. */
const INLINE_TAG = /(^|[\s(])#([\p{L}\p{N}_][\p{L}\p{N}\p{M}_/-]*)/gu;

/** The text without code blocks, code spans and link addresses, where `#` means something else. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/<[^>\n]*>/g, ' ');
}

/**
 * The inline `#tags` of imported Markdown, normalized, each once: `#tham-nhũng`
 * and `#chủ-đề/kinh-tế` are tags; a heading (`# Tiêu đề`), a number (`#3`),
 * a link anchor and anything in code are not.
 */
export function inlineTags(markdown: string): string[] {
  const found = new Set<string>();
  for (const match of prose(markdown).matchAll(INLINE_TAG)) {
    const name = match[2]!.replace(/[/-]+$/, '');
    if (/^\p{N}+$/u.test(name)) continue;
    try {
      found.add(normalizeTag(name));
    } catch {
      // Not a tag this workspace can hold: left as text.
    }
  }
  return [...found];
}
