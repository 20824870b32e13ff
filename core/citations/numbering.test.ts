import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { CitableSource } from '../sources/types.js';
import { citationExtension } from './extension.js';

const who: CitableSource = {
  key: 'who2023',
  kind: 'report',
  title: 'World health statistics',
  author: 'WHO',
  publisher: '',
  date: '2023',
  url: '',
  accessed: '',
};

describe('citationExtension with numbering fixed from outside', () => {
  it('uses the given numbers and appends no bibliography when asked not to', () => {
    const numbering = new Map([
      ['other', 1],
      ['who2023', 2],
    ]);
    const marked = new Marked(citationExtension([who], { numbering: () => numbering, bibliography: false }));
    expect(marked.parse('Xem [@who2023, tr. 4].')).toBe(
      '<p>Xem <sup class="citation"><a href="#cite-2">2</a>, tr. 4</sup>.</p>\n',
    );
  });

  it('flags a key the numbering leaves out, and reads the numbering again on every parse', () => {
    let numbering = new Map<string, number>();
    const marked = new Marked(citationExtension([who], { numbering: () => numbering, bibliography: false }));
    expect(marked.parse('[@who2023]')).toBe('<p><span class="citation unknown">[@who2023]</span></p>\n');
    numbering = new Map([['who2023', 1]]);
    expect(marked.parse('[@who2023]')).toBe('<p><sup class="citation"><a href="#cite-1">1</a></sup></p>\n');
  });
});
