import type { TextRange } from './types.js';

interface Fence {
  char: number;
  length: number;
  quoteDepth: number;
}

type Previous = 'blank' | 'paragraph' | 'other';

const SPACE = 0x20;
const TAB = 0x09;
const GT = 0x3e;
const BACKTICK = 0x60;
const TILDE = 0x7e;

/** Offsets where each line starts; line n (1-based) starts at `starts[n - 1]`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding `offset`, by binary search over {@link lineStarts}. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function skipQuoteMarkers(text: string, pos: number, end: number): { pos: number; depth: number } {
  let depth = 0;
  for (;;) {
    let p = pos;
    while (p < end && p - pos < 3 && text.charCodeAt(p) === SPACE) p++;
    if (p >= end || text.charCodeAt(p) !== GT) return { pos, depth };
    depth++;
    pos = p + 1;
    if (pos < end && (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === TAB)) pos++;
  }
}

function fenceAt(text: string, pos: number, end: number): Fence | null {
  const char = text.charCodeAt(pos);
  if (char !== BACKTICK && char !== TILDE) return null;
  let p = pos;
  while (p < end && text.charCodeAt(p) === char) p++;
  const length = p - pos;
  if (length < 3) return null;
  if (char === BACKTICK && text.slice(p, end).includes('`')) return null;
  return { char, length, quoteDepth: 0 };
}

function closesFence(text: string, pos: number, end: number, fence: Fence): boolean {
  let p = pos;
  while (p < end && text.charCodeAt(p) === fence.char) p++;
  if (p - pos < fence.length) return false;
  return text.slice(p, end).trim() === '';
}

const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*\r?$/;

function isHeading(text: string, pos: number, end: number): boolean {
  let p = pos;
  while (p < end && p - pos < 7 && text.charCodeAt(p) === 0x23) p++;
  const hashes = p - pos;
  return (
    hashes >= 1 && hashes <= 6 && (p >= end || text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)
  );
}

/** Width of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `pos`, or 0 when there is none. */
function listMarkerWidth(text: string, pos: number, end: number): number {
  const char = text.charCodeAt(pos);
  let p = pos;
  if (char === 0x2d || char === 0x2a || char === 0x2b) p++;
  else {
    while (p < end && p - pos < 9 && text.charCodeAt(p) >= 0x30 && text.charCodeAt(p) <= 0x39) p++;
    if (p === pos || (text.charCodeAt(p) !== 0x2e && text.charCodeAt(p) !== 0x29)) return 0;
    p++;
  }
  if (p < end && text.charCodeAt(p) !== SPACE && text.charCodeAt(p) !== TAB) return 0;
  return p - pos;
}

/** What the block pass found: code blocks, and where inline content cannot run on. */
export interface BlockScan {
  /** Fenced and indented code blocks, whole lines, fence lines included. */
  code: TextRange[];
  /**
   * Offsets of every line that does not continue a paragraph (blank lines,
   * headings, list items, rules, code): a code span never crosses one.
   */
  breaks: number[];
}

interface Line {
  start: number;
  end: number;
  /** First character after block-quote markers and indentation. */
  pos: number;
  /** Columns of indentation after the block-quote markers. */
  indent: number;
  quoteDepth: number;
  blank: boolean;
}

function readLine(text: string, start: number, end: number): Line {
  const quote = skipQuoteMarkers(text, start, end);
  let pos = quote.pos;
  let indent = 0;
  for (; pos < end; pos++) {
    const char = text.charCodeAt(pos);
    if (char === SPACE) indent++;
    else if (char === TAB) indent += 4 - (indent % 4);
    else break;
  }
  const blank = pos >= end || text.slice(pos, end).trim() === '';
  return { start, end, pos, indent, quoteDepth: quote.depth, blank };
}

/**
 * Finds fenced (```` ``` ````, `~~~`) and indented code blocks, line by line,
 * following CommonMark closely enough for link finding: block quotes are
 * stripped, list items set the indentation an indented code block needs, a
 * paragraph's continuation lines are never code, a fence ends at its closing
 * fence or when its list item or block quote ends, and an unclosed fence runs
 * to the end of the text.
 */
export function scanBlocks(text: string): BlockScan {
  const code: TextRange[] = [];
  const breaks: number[] = [];
  const lists: number[] = [];
  let fence: (Fence & { base: number }) | null = null;
  let indented: { base: number; quoteDepth: number } | null = null;
  let codeFrom = 0;
  let codeTo = 0;
  let previous: Previous = 'blank';
  let listQuoteDepth = 0;

  const openCode = (line: Line): void => {
    codeFrom = line.start;
    codeTo = line.end;
    breaks.push(line.start);
  };
  const closeCode = (): void => {
    code.push({ from: codeFrom, to: codeTo });
    fence = null;
    indented = null;
  };

  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const line = readLine(text, start, newline < 0 ? text.length : newline);
    start = newline < 0 ? text.length + 1 : newline + 1;

    if (fence !== null) {
      const open: Fence & { base: number } = fence;
      const left = !line.blank && (line.quoteDepth < open.quoteDepth || line.indent < open.base);
      if (left) closeCode();
      else {
        codeTo = line.end;
        if (!line.blank && closesFence(text, line.pos, line.end, open)) {
          closeCode();
          previous = 'other';
        }
        continue;
      }
    }
    if (indented !== null) {
      const open: { base: number; quoteDepth: number } = indented;
      if (line.blank) continue;
      if (line.quoteDepth === open.quoteDepth && line.indent >= open.base + 4) {
        codeTo = line.end;
        continue;
      }
      closeCode();
      previous = 'blank';
    }
    if (line.blank) {
      breaks.push(line.start);
      previous = 'blank';
      continue;
    }
    if (line.quoteDepth !== listQuoteDepth) {
      lists.length = 0;
      listQuoteDepth = line.quoteDepth;
    }
    const content = text.slice(line.pos, line.end);
    const rule = THEMATIC_BREAK.test(content);
    if (previous === 'paragraph' && SETEXT_UNDERLINE.test(content)) {
      breaks.push(line.start);
      previous = 'other';
      continue;
    }
    const startsBlock =
      rule ||
      fenceAt(text, line.pos, line.end) !== null ||
      listMarkerWidth(text, line.pos, line.end) > 0 ||
      isHeading(text, line.pos, line.end);
    if (previous === 'paragraph' && !startsBlock) continue;

    breaks.push(line.start);
    while (lists.length > 0 && line.indent < lists[lists.length - 1]!) lists.pop();
    const base = lists[lists.length - 1] ?? 0;
    if (line.indent - base >= 4 && previous !== 'paragraph') {
      indented = { base, quoteDepth: line.quoteDepth };
      openCode(line);
      continue;
    }
    if (rule) {
      previous = 'other';
      continue;
    }

    let pos = line.pos;
    let column = line.indent;
    let codeInItem = false;
    for (let width = listMarkerWidth(text, pos, line.end); width > 0 && !codeInItem; ) {
      let p = pos + width;
      let spaces = 0;
      while (p < line.end && text.charCodeAt(p) === SPACE && spaces < 5) {
        p++;
        spaces++;
      }
      codeInItem = spaces === 5 && p < line.end;
      if (spaces === 5 || p >= line.end) {
        spaces = 1;
        p = Math.min(pos + width + 1, line.end);
      }
      column += width + spaces;
      lists.push(column);
      pos = p;
      width = listMarkerWidth(text, pos, line.end);
    }
    if (codeInItem) {
      indented = { base: column, quoteDepth: line.quoteDepth };
      openCode(line);
      continue;
    }

    const opened = fenceAt(text, pos, line.end);
    if (opened !== null) {
      fence = { ...opened, quoteDepth: line.quoteDepth, base: lists[lists.length - 1] ?? 0 };
      openCode(line);
      previous = 'other';
    } else {
      previous = pos >= line.end || isHeading(text, pos, line.end) ? 'other' : 'paragraph';
    }
  }
  if (fence !== null || indented !== null) closeCode();
  return { code, breaks };
}
