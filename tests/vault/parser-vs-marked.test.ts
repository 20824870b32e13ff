import { describe, expect, it } from 'vitest';
import { parseLinks } from '../../core/links/index.js';
import { markedLinks } from './marked-oracle.js';

/** Markdown pieces that stress where code starts and ends: fences, backticks, indentation, containers. */
const PIECES = [
  '[[A]]',
  '[[B|b]]',
  '`',
  '``',
  '```',
  '~~~',
  '    ',
  '  ',
  '\t',
  '- ',
  '1. ',
  '> ',
  '\n',
  '\n\n',
  'chữ ',
  '# ',
  '* * *\n',
  'x',
  '---\n',
  '+ ',
];

/** mulberry32: a small seeded generator, so every run checks the same documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('the link parser and marked agree on where code is', () => {
  it('on at least 98% of 5,000 random hostile documents', () => {
    const next = random(20_240_601);
    const disagreements: string[] = [];
    const total = 5_000;
    for (let n = 0; n < total; n++) {
      let text = '';
      const length = 3 + Math.floor(next() * 25);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      const ours = parseLinks(text).map((link) => link.target);
      const theirs = markedLinks(text).map((link) => link.target);
      if (ours.join() !== theirs.join()) disagreements.push(JSON.stringify(text));
    }
    console.log(`parser vs marked: ${total - disagreements.length}/${total} random documents agree`);
    expect(disagreements.length / total).toBeLessThan(0.02);
  });
});
