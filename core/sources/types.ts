/** What kind of thing a source is. */
export const SOURCE_KINDS = ['web', 'document', 'book', 'statistic', 'speech', 'report'] as const;

/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A quoted passage of a source that articles reuse. */
export interface SourceExcerpt {
  id: string;
  /** The passage, verbatim. */
  text: string;
  /** Page or place in the source (`tr. 12`, `mục 3`); empty when not given. */
  location: string;
}

/**
 * A citable item. Articles cite it by `key` (`[@key]`); `id` stays fixed
 * when the key is edited. Empty strings stand for unknown fields; `date` is
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, `accessed` is `YYYY-MM-DD`.
 */
export interface Source {
  id: string;
  key: string;
  kind: SourceKind;
  title: string;
  /** Author or organisation. */
  author: string;
  publisher: string;
  date: string;
  url: string;
  accessed: string;
  notes: string;
  excerpts: SourceExcerpt[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** The fields of a source a bibliography entry is made from. */
export type CitableSource = Pick<
  Source,
  'key' | 'kind' | 'title' | 'author' | 'publisher' | 'date' | 'url' | 'accessed'
>;
