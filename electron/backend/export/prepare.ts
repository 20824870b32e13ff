import type { Token } from 'marked';
import {
  buildBibliography,
  citedKeys,
  lookupSource,
  numberCitations,
  parseCitations,
  sourceIndex,
  splitFrontMatter,
  type Article,
  type BibliographyEntry,
  type Claim,
  type Settings,
  type Source,
} from '../../../core/index.js';
import { exportMarked } from './lexer.js';

/** What every export of an article reads from the workspace besides the article. */
export interface ExportSources {
  /** The source library (citations resolve against it). */
  sources: readonly Source[];
  /** The claims, by id. */
  claims: ReadonlyMap<string, Claim>;
  settings: Settings;
  /** The bytes of an attachment (`attachments/<name>`), or null when the workspace has none of that name. */
  attachment(name: string): Promise<Uint8Array | null>;
}

/** An article ready for any format: its text split from its front matter, lexed once. */
export interface PreparedArticle {
  article: Article;
  /** The body without its leading front matter. */
  body: string;
  /** The lines of the front matter the body began with, or null. */
  frontMatter: string | null;
  tokens: Token[];
  /** The sources it cites that the library holds, numbered in order of first use. */
  bibliography: BibliographyEntry[];
  /** Every key it cites, known or not, as first written. */
  citedKeys: string[];
}

/** Lexes an article for export and lists what it cites. */
export function prepareArticle(article: Article, context: Pick<ExportSources, 'sources'>): PreparedArticle {
  const { frontMatter, body } = splitFrontMatter(article.body.normalize('NFC'));
  const index = sourceIndex(context.sources);
  const numbers = numberCitations(parseCitations(body), (key) => lookupSource(index, key) !== undefined);
  return {
    article,
    body,
    frontMatter,
    tokens: exportMarked().lexer(body),
    bibliography: buildBibliography(numbers, (key) => lookupSource(index, key)),
    citedKeys: citedKeys(body),
  };
}
