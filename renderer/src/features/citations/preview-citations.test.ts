// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { countWords } from '../../../../core/text/words.js';
import type { Source } from '../../../../core/sources/index.js';
import { renderMarkdown } from '../preview/markdown.js';
import { SectionRenderer } from '../preview/sections.js';
import { useSources } from '../sources/store.js';
import { currentNumbering, numberArticle } from './preview-citations.js';

const source = (key: string, title: string): Source => ({
  id: `${key}0000000000`,
  key,
  kind: 'book',
  title,
  author: '',
  publisher: '',
  date: '',
  url: '',
  accessed: '',
  notes: '',
  excerpts: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const TEXT = 'Đoạn một [@b2024, tr. 3].\n\nĐoạn hai [@a2023] và [@moi].\n\nĐoạn ba [@B2024].';

const notes = (html: string[]): string[] =>
  html.flatMap((part) => [...part.matchAll(/<sup class="citation">(.*?)<\/sup>/g)].map((match) => match[1]!));

describe('citations in the sectioned preview', () => {
  beforeEach(() => useSources.setState({ sources: [source('a2023', 'A'), source('b2024', 'B')] }));

  it('numbers notes across sections in order of first use and leaves the bibliography out of them', () => {
    const sections = new SectionRenderer(renderMarkdown, countWords, numberArticle).sections(TEXT);
    const html = sections.map((section) => section.html);
    expect(html).toHaveLength(3);
    expect(notes(html)).toEqual([
      '<a href="#cite-1">1</a>, tr. 3',
      '<a href="#cite-2">2</a>',
      '<a href="#cite-1">1</a>',
    ]);
    expect(html[1]).toContain('<span class="citation unknown">[@moi]</span>');
    expect(html.join('')).not.toContain('bibliography');
    expect([...currentNumbering()]).toEqual([
      ['b2024', 1],
      ['a2023', 2],
    ]);
  });

  it('renders cached sections again when the library gives an unknown key a source', () => {
    const renderer = new SectionRenderer(renderMarkdown, countWords, numberArticle);
    expect(renderer.sections(TEXT)[1]!.html).toContain('citation unknown');
    useSources.setState({ sources: [...useSources.getState().sources, source('moi', 'Mới')] });
    const html = renderer.sections(TEXT).map((section) => section.html);
    expect(html[1]).not.toContain('unknown');
    expect(notes(html)).toContain('<a href="#cite-3">3</a>');
  });
});
