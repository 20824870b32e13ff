import { CompletionContext, type Completion } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { wikiLinkCompletions } from './autocomplete.js';
import { buildTargets } from '../targets.js';
import { linkTargets, type LinkTargetSource } from './targets-field.js';
import { articlesTitled, fixedSource } from './testing.js';

const source = fixedSource('Tham nhũng', 'Tham nhũng vặt', 'Đảng và nhân dân', 'Kinh tế thị trường');
const CLAIM_ID = '0000000000cccccccccc';

/** Articles and claims: a claim whose statement holds `#` is linked by its id. */
function claimSource(): LinkTargetSource {
  const targets = buildTargets(articlesTitled('Dân chủ'), [
    { id: 'c1', statement: 'Dân chủ là hình thức' },
    { id: CLAIM_ID, statement: 'Luận điệu #2' },
  ]);
  return { get: () => targets, subscribe: () => () => undefined };
}

/** Completes at the end of `doc` (or at `¦`) and applies the first option as CodeMirror would. */
function complete(
  doc: string,
  targets: LinkTargetSource = source,
): { labels: string[]; applied: string; cursor: number } | null {
  const pos = doc.includes('¦') ? doc.indexOf('¦') : doc.length;
  const text = doc.replace('¦', '');
  const state = EditorState.create({
    doc: text,
    selection: { anchor: pos },
    extensions: linkTargets(targets),
  });
  const result = wikiLinkCompletions(new CompletionContext(state, pos, false));
  if (result === null) return null;
  const first = result.options[0] as Completion;
  const insert = first.apply as string;
  const applied = state.update({
    changes: { from: result.from, to: result.to ?? pos, insert },
    selection: { anchor: result.from + insert.length },
  }).state;
  return {
    labels: result.options.map((option) => option.label),
    applied: applied.doc.toString(),
    cursor: applied.selection.main.head,
  };
}

describe('wikiLinkCompletions', () => {
  it('finds a title typed without tone marks and closes the link', () => {
    const result = complete('Xem [[tham nhung');
    expect(result?.labels.slice(0, 2)).toEqual(['Tham nhũng', 'Tham nhũng vặt']);
    expect(result?.applied).toBe('Xem [[Tham nhũng]]');
    expect(result?.cursor).toBe('Xem [[Tham nhũng]]'.length);
  });

  it('treats đ as d', () => {
    expect(complete('[[dang')?.labels).toEqual(['Đảng và nhân dân']);
  });

  it('does not add a second closing bracket', () => {
    expect(complete('[[kinh te¦]] sau')?.applied).toBe('[[Kinh tế thị trường]] sau');
  });

  it('lists every title right after [[', () => {
    expect(complete('[[')?.labels).toHaveLength(4);
  });

  it('lists claims after [[ and only claims after [[claim:, matching without tone marks', () => {
    const claimed = claimSource();
    expect(complete('[[dan chu', claimed)?.labels).toEqual(['Dân chủ', 'Dân chủ là hình thức']);
    expect(complete('Xem [[dan chu la', claimed)?.applied).toBe('Xem [[claim:Dân chủ là hình thức]]');
    const prefixed = complete('[[claim:dan chu¦]]', claimed);
    expect(prefixed?.labels).toEqual(['Dân chủ là hình thức']);
    expect(prefixed?.applied).toBe('[[claim:Dân chủ là hình thức]]');
    expect(complete('[[claim:luan dieu', claimed)?.applied).toBe(`[[claim:${CLAIM_ID}]]`);
  });

  it('offers nothing outside a link, after its display text, or when nothing matches', () => {
    expect(complete('tham nhung')).toBeNull();
    expect(complete('[[Tham nhũng|tham')).toBeNull();
    expect(complete('[[Tham nhũng]] và tham')).toBeNull();
    expect(complete('[[không có bài này')).toBeNull();
  });
});
