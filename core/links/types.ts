/** What a wiki-link points at: an article (`[[Tiêu đề]]`) or a claim (`[[claim:…]]`). */
export type LinkKind = 'article' | 'claim';

/** A half-open range `[from, to)` of UTF-16 offsets into a text. */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * One wiki-link occurrence in markdown text, with exact source offsets.
 * `[[Page#Heading|shown]]` gives target `Page`, heading `Heading`, alias `shown`.
 */
export interface WikiLink extends TextRange {
  /** 1-based line of `from`. */
  line: number;
  /** `![[…]]`: the target is embedded, not just linked. */
  embed: boolean;
  kind: LinkKind;
  /**
   * The page part as written, trimmed, without the `claim:` prefix: a title,
   * a `folder/name` path or a claim key. Empty for a link into the same page (`[[#Mục]]`).
   */
  target: string;
  /** Offsets of {@link target} in the text: what a rename replaces. */
  targetFrom: number;
  targetTo: number;
  /** The heading after `#` (`A#B` for nested headings), when it is not a block ref. */
  heading?: string;
  /** The block id after `#^` (Obsidian block reference). */
  block?: string;
  /** The display text after `|` (or `\|` inside tables), as written. */
  alias?: string;
}

/** Something a link can point at: an article or a claim, as the resolver sees it. */
export interface LinkTargetEntry {
  id: string;
  /** The title (article) or short statement (claim). */
  title: string;
  /** Folder path with the name, without `.md` (`Ghi chú/Tham nhũng`), for imported pages. */
  path?: string;
  /** Other names the entry answers to. */
  aliases?: readonly string[];
}

/** How a resolved link found its target. */
export type ResolvedVia = 'self' | 'id' | 'path' | 'title' | 'alias';

/** The outcome of resolving one link target. */
export type Resolution =
  | { status: 'resolved'; id: string; via: ResolvedVia }
  /** Several entries answer to the target; `candidates` lists their ids. */
  | { status: 'ambiguous'; candidates: string[] }
  /** No entry answers to the target. */
  | { status: 'broken' }
  /** No entry answers and the target names a non-markdown file (`.png`, `.pdf`…). */
  | { status: 'attachment' };
