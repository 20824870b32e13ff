import type { Token } from 'marked';
import {
  citationNote,
  lookupSource,
  sourceIndex,
  type BibliographySegment,
  type Citation,
  type CitableSource,
  type FootnoteDefToken,
} from '../../../core/index.js';
import { footnoteDefinitions } from './lexer.js';

/** One note of an exported article: a citation's reference, or a footnote's text. */
export type ExportNote =
  | { number: number; kind: 'citation'; segments: BibliographySegment[] }
  | { number: number; kind: 'footnote'; tokens: Token[] };

/**
 * The notes of one exported article, numbered 1, 2, 3… in the order the
 * renderer meets them: every citation is a note of its own (with its
 * locator); a footnote is one note however often it is referred to. A
 * citation of unknown keys only, and a reference to a footnote never
 * defined, get no number (they stay in the text as written).
 */
export class NoteBook {
  readonly notes: ExportNote[] = [];
  private readonly definitions: Map<string, FootnoteDefToken>;
  private readonly footnoteNumbers = new Map<string, number>();
  private readonly index: Map<string, CitableSource>;

  constructor(tokens: readonly Token[], sources: readonly CitableSource[]) {
    this.definitions = footnoteDefinitions(tokens);
    this.index = sourceIndex(sources);
  }

  /** The number of the note a citation becomes, or null. */
  cite(citation: Citation): number | null {
    const segments = citationNote(citation, (key) => lookupSource(this.index, key));
    if (segments === null) return null;
    const number = this.notes.length + 1;
    this.notes.push({ number, kind: 'citation', segments });
    return number;
  }

  /** The number of a footnote by its label, or null when it is not defined. */
  footnote(label: string): number | null {
    const known = this.footnoteNumbers.get(label);
    if (known !== undefined) return known;
    const definition = this.definitions.get(label);
    if (definition === undefined) return null;
    const number = this.notes.length + 1;
    this.footnoteNumbers.set(label, number);
    this.notes.push({ number, kind: 'footnote', tokens: definition.tokens });
    return number;
  }
}
