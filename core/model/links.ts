import type { Claim } from '../claims/types.js';
import type { ArticleStatus, ArticleSummary } from './article.js';

/** What a link names: an article (`[[Tiêu đề]]`) or a claim (`[[claim:…]]`). */
type LinkTargetKind = 'article' | 'claim';

/**
 * How a link resolved: to one target, to several (ambiguous), to none
 * (broken), or to none while naming a non-markdown file (attachment).
 */
type LinkStatus = 'resolved' | 'ambiguous' | 'broken' | 'attachment';

/** An article or claim a link points at. */
export interface LinkTargetRef {
  id: string;
  title: string;
}

/** The sentence around a link or mention, for the backlinks panel. */
export interface LinkContext {
  /** The source text of the excerpt, markdown as written. */
  text: string;
  /** Where the link or mention sits inside {@link text} (UTF-16 offsets). */
  mark: { from: number; to: number };
  /** The sentence went on before / after the excerpt. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** One wiki-link occurrence in an article's text: two links to one page are two occurrences. */
export interface LinkOccurrence {
  kind: LinkTargetKind;
  /** The page part as written (`Thư mục/Tiêu đề`); empty for `[[#Mục]]`. */
  target: string;
  /** 1-based line of the link. */
  line: number;
  /** UTF-16 offsets of the whole link (`[[…]]`, with the `!` of an embed). */
  from: number;
  to: number;
  /** The heading after `#`, or null. */
  heading: string | null;
  /** The display text after `|`, or null. */
  display: string | null;
  embed: boolean;
  status: LinkStatus;
  /** One target when resolved, every candidate when ambiguous, none otherwise. */
  targets: LinkTargetRef[];
}

/** A link in another article that points at this one. */
export interface Backlink {
  sourceId: string;
  sourceTitle: string;
  line: number;
  from: number;
  to: number;
  target: string;
  heading: string | null;
  display: string | null;
  context: LinkContext;
}

/** A place in another article where this article's title (or an alias) appears as plain text. */
export interface UnlinkedMention {
  sourceId: string;
  sourceTitle: string;
  line: number;
  /** UTF-16 offsets of the words in the source article; send them back to `links:linkMention`. */
  from: number;
  to: number;
  /** The words as written. */
  text: string;
  /** The title or alias they matched. */
  needle: string;
  context: LinkContext;
}

/** What `links:forArticle` answers: everything the backlinks panel shows for one article. */
export interface ArticleLinks {
  /** Resolved links out of the article, one per occurrence. */
  outgoing: LinkOccurrence[];
  /** Links in other active articles that resolve to this one, one per occurrence. */
  backlinks: Backlink[];
  /** Links that name nothing (status `broken` or `attachment`). */
  broken: LinkOccurrence[];
  /** Links that name several articles. */
  ambiguous: LinkOccurrence[];
  /** Unlinked mentions of the title and aliases in other active articles. */
  mentions: UnlinkedMention[];
}

/** What `articles:rename` answers. */
export interface RenameOutcome {
  article: ArticleSummary;
  /** Links whose text was rewritten. */
  linksChanged: number;
  /** Other articles whose text was rewritten. */
  articlesChanged: number;
  /** Pass to `links:undoRename` to put everything back. */
  renameId: string;
  /** Other active articles with the new title: links naming it are now ambiguous. */
  sameTitle: LinkTargetRef[];
}

/** What `links:renameClaim` answers. */
export interface ClaimRenameOutcome {
  claim: Claim;
  /** Links whose text was rewritten. */
  linksChanged: number;
  /** Articles whose text was rewritten. */
  articlesChanged: number;
  /** Pass to `links:undoRename` to put the statement and every article back. */
  renameId: string;
}

/** What `links:undoRename` answers: every article put back as it was before the rename. */
export interface UndoRenameOutcome {
  restored: ArticleSummary[];
  /** The claim whose statement was put back, when the rename was of a claim. */
  claim?: Claim;
}

/** A broken or ambiguous link somewhere in the workspace. */
export interface LinkIssue extends LinkOccurrence {
  sourceId: string;
  sourceTitle: string;
}

/** What `links:check` answers: the workspace's link report. */
export interface LinkReport {
  /** Active articles checked. */
  articles: number;
  /** Link occurrences found. */
  links: number;
  resolved: number;
  broken: LinkIssue[];
  ambiguous: LinkIssue[];
  /**
   * Active articles that share a title, linked or not: a `[[title]]` link to
   * any of them is ambiguous. Each group lists two or more articles.
   */
  duplicateTitles: DuplicateTitle[];
}

/** Two or more active articles with one title (compared as link targets are). */
export interface DuplicateTitle {
  title: string;
  articles: LinkTargetRef[];
}

/** The kinds of node in the link graph. */
export type GraphNodeKind = 'article' | 'claim' | 'tag';

/** One node of the link graph. Tags are `tag:<name>`, claims `claim:<id>`, articles their id. */
export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  status?: ArticleStatus;
  /** Claim categories: a claim's own, an article's those of the claims it answers. */
  categoryIds?: string[];
}

/** One edge of the link graph: a link, an article answering a claim, or an article tagged. */
export interface GraphEdge {
  source: string;
  target: string;
  kind: 'link' | 'answers' | 'tagged';
}

/** What `links:graph` answers. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** An earlier article similar to the open one. */
interface SimilarArticle {
  id: string;
  title: string;
  /** Cosine similarity of the TF-IDF vectors of folded words, 0..1. */
  score: number;
}

/** What `links:related` answers. */
export interface RelatedArticles {
  /** Up to 5 articles created before this one, most similar first. */
  similar: SimilarArticle[];
  /** Other active articles answering one of the same claims. */
  sameClaims: LinkTargetRef[];
}

/** Why an import left a file out, for a message in the UI language. */
export type SkipCode =
  | 'path'
  | 'notMarkdown'
  | 'noName'
  | 'nameTooLong'
  | 'tooLarge'
  | 'notUtf8'
  | 'duplicate'
  | 'binary'
  | 'notDocx'
  | 'legacyEncoding'
  | 'emptyDocument'
  | 'chosen';

/** A file the import did not take, and why. */
export interface SkippedFile {
  path: string;
  /** Why, in English (the CLI prints it). */
  reason: string;
  code: SkipCode;
}

/** What an import did with one file. */
export interface ImportFileReport {
  path: string;
  /** `added` as a new article, `renamed` added under another title, `merged` into an existing article, `skipped`. */
  outcome: 'added' | 'renamed' | 'merged' | 'skipped';
  /** The article it became or went into. */
  id?: string;
  title?: string;
  /** Why it was skipped, in English. */
  reason?: string;
  /** Images it brought into the workspace. */
  images?: number;
}

/** What `import:markdown` and `import:commit` answer. */
export interface ImportOutcome {
  imported: number;
  /** Ids of the new articles, in the order of the files. */
  ids: string[];
  skipped: SkippedFile[];
  /** Ids of existing articles an imported file was merged into. */
  merged?: string[];
  /** Images copied into the workspace. */
  images?: number;
  /** One line per file, in order: what became of it. */
  files?: ImportFileReport[];
}
