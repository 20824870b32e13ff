import { describe, expect, it } from 'vitest';
import { migrate, NewerVersionError } from './migrate.js';
import { currentVersion, type Migration } from './migrations.js';
import { DEFAULT_WRITING, defaultPublishing } from '../model/settings.js';

const steps: Migration[] = [
  { version: 2, description: 'rename name → title', up: ({ name, ...rest }) => ({ ...rest, title: name }) },
  { version: 3, description: 'add tags', up: (doc) => ({ ...doc, tags: [] }) },
];

describe('migrate', () => {
  it('runs every step after the document version, in order', () => {
    const input = { schemaVersion: 1, name: 'Bài 1' };
    const result = migrate('article', input, steps);
    expect(result).toEqual({ doc: { schemaVersion: 3, title: 'Bài 1', tags: [] }, from: 1, to: 3 });
    expect(input).toEqual({ schemaVersion: 1, name: 'Bài 1' });
  });

  it('skips steps the document already has', () => {
    expect(migrate('article', { schemaVersion: 2, title: 'x' }, steps).doc).toEqual({
      schemaVersion: 3,
      title: 'x',
      tags: [],
    });
  });

  it('refuses a document from a newer version', () => {
    expect(() => migrate('article', { schemaVersion: 4 }, steps)).toThrow(NewerVersionError);
  });

  it.each([{}, { schemaVersion: 0 }, { schemaVersion: '1' }, { schemaVersion: 1.5 }])(
    'refuses a document without a valid version: %j',
    (doc) => {
      expect(() => migrate('article', doc, steps)).toThrow(/schemaVersion/);
    },
  );

  it('gives a workspace of version 1 the default publishing settings, and an article of version 3 no rating', () => {
    const workspace = migrate('workspace', {
      schemaVersion: 1,
      settings: { language: 'en', viewMode: 'editor' },
    });
    expect(workspace.doc).toEqual({
      schemaVersion: currentVersion('workspace'),
      settings: {
        language: 'en',
        viewMode: 'editor',
        publishing: defaultPublishing(),
        writing: DEFAULT_WRITING,
      },
    });
    const article = migrate('article', { schemaVersion: 3, article: { id: 'x', title: 'Bài' } });
    expect(article.doc).toEqual({ schemaVersion: 4, article: { rating: null, id: 'x', title: 'Bài' } });
  });

  it('is the identity on a current document of the released chain', () => {
    const doc = { schemaVersion: currentVersion('workspace'), settings: {} };
    expect(migrate('workspace', doc).doc).toEqual(doc);
  });
});
