import { defaultTemplates } from '../templates/defaults.js';

/** A document kind that carries its own `schemaVersion`. */
export type DocumentKind = 'workspace' | 'article' | 'claims' | 'sources' | 'catalog' | 'activity';

/** One numbered step that upgrades a document from `version - 1` to `version`. Never edited once released. */
export interface Migration {
  version: number;
  description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every migration ever released, per document kind, in order. Version 1 is
 * the first released layout, so its list is empty: documents without a
 * `schemaVersion` never existed. Append new steps; never change old ones.
 */
export const MIGRATIONS: Record<DocumentKind, readonly Migration[]> = {
  workspace: [
    {
      version: 2,
      description: 'settings gain publishing: author, organisation and the rating scale of fact checks',
      up: (doc) => {
        const settings = (doc.settings ?? {}) as Record<string, unknown>;
        return {
          ...doc,
          settings: {
            publishing: {
              author: '',
              organisation: '',
              organisationUrl: '',
              ratingScale: [
                { value: 1, label: 'Sai sự thật' },
                { value: 2, label: 'Xuyên tạc' },
                { value: 3, label: 'Gây hiểu lầm' },
                { value: 4, label: 'Đúng một phần' },
                { value: 5, label: 'Đúng sự thật' },
              ],
            },
            ...settings,
          },
        };
      },
    },
    {
      version: 3,
      description:
        'settings gain the writing preferences (theme, spelling, shortcuts, typewriter); an existing workspace gets no first-run guide',
      up: (doc) => {
        const settings = (doc.settings ?? {}) as Record<string, unknown>;
        const writing = {
          theme: 'system',
          spellcheck: true,
          spellcheckOff: [],
          shortcuts: {},
          typewriter: false,
          welcome: 'done',
        };
        return {
          ...doc,
          settings: { ...settings, writing: { ...writing, ...(settings.writing as object) } },
        };
      },
    },
  ],
  claims: [],
  sources: [],
  activity: [],
  catalog: [
    {
      version: 2,
      description:
        'the catalog gains article templates (the rebuttal templates to start with) and a spelling dictionary',
      up: (doc) => ({ ...doc, templates: defaultTemplates(), dictionary: [], ...doc }),
    },
  ],
  article: [
    {
      version: 2,
      description: 'articles gain aliases (other names for links) and the folder path of imported files',
      up: (doc) => {
        const article = (doc.article ?? {}) as Record<string, unknown>;
        return { ...doc, article: { aliases: [], path: null, ...article } };
      },
    },
    {
      version: 3,
      description: 'articles gain publication data (outlet, date, URL), a deadline and a word target',
      up: (doc) => {
        const article = (doc.article ?? {}) as Record<string, unknown>;
        return { ...doc, article: { publication: null, deadline: null, wordTarget: null, ...article } };
      },
    },
    {
      version: 4,
      description: 'articles gain a rating: the verdict on the claims they answer, for ClaimReview',
      up: (doc) => {
        const article = (doc.article ?? {}) as Record<string, unknown>;
        return { ...doc, article: { rating: null, ...article } };
      },
    },
  ],
};

/** First layout version of every document kind. */
const FIRST_VERSION = 1;

/** The version this build writes for each document kind. */
export function currentVersion(kind: DocumentKind): number {
  const steps = MIGRATIONS[kind];
  return steps.length === 0 ? FIRST_VERSION : steps[steps.length - 1]!.version;
}
