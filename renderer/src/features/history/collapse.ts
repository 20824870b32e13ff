import type { DiffPart } from '../../../../core/history/diff.js';

/** A diff part as shown: text, or a gap standing for unchanged text that is not shown. */
export type ShownPart = DiffPart | { kind: 'gap'; hidden: number };

/**
 * Shortens long unchanged runs of a diff to `context` characters around the
 * changes, so a change in a long article is found at a glance. Cuts fall on
 * whitespace when there is some near the cut, so words stay whole.
 */
export function collapseUnchanged(parts: readonly DiffPart[], context = 160): ShownPart[] {
  const shown: ShownPart[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== 'same' || part.text.length <= context * 2 + 40) {
      shown.push(part);
      return;
    }
    const first = index === 0;
    const last = index === parts.length - 1;
    const headEnd = first ? 0 : cutAfter(part.text, context);
    const tailStart = last ? part.text.length : cutBefore(part.text, part.text.length - context);
    if (tailStart - headEnd < 40) {
      shown.push(part);
      return;
    }
    if (headEnd > 0) shown.push({ kind: 'same', text: part.text.slice(0, headEnd) });
    shown.push({ kind: 'gap', hidden: tailStart - headEnd });
    if (tailStart < part.text.length) shown.push({ kind: 'same', text: part.text.slice(tailStart) });
  });
  return shown;
}

const SPACE = /\s/;

const isLowSurrogate = (text: string, at: number): boolean => /[\uDC00-\uDFFF]/.test(text[at] ?? '');

function cutAfter(text: string, at: number): number {
  for (let i = at; i < Math.min(text.length, at + 30); i += 1) if (SPACE.test(text[i]!)) return i + 1;
  return isLowSurrogate(text, at) ? at + 1 : at;
}

function cutBefore(text: string, at: number): number {
  for (let i = at; i > Math.max(0, at - 30); i -= 1) if (SPACE.test(text[i - 1]!)) return i;
  return isLowSurrogate(text, at) ? at - 1 : at;
}
