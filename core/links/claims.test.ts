import { describe, expect, it } from 'vitest';
import { claimLinkTarget, claimTargetEntry, claimTargetsSignature } from './claims.js';
import { parseLinks } from './parse.js';
import { renameLinks } from './rename.js';
import { createLinkResolver } from './resolve.js';

const ID = '0000000000aaaaaaaaaa';

describe('claim link targets', () => {
  it('resolve a claim by id or statement, never an article of the same name', () => {
    const resolver = createLinkResolver({
      articles: [{ id: 'article', title: 'Dân chủ là hình thức' }],
      claims: [claimTargetEntry({ id: ID, statement: 'Dân chủ là hình thức' })],
    });
    const resolve = (text: string) => resolver.resolve(parseLinks(text)[0]!);
    expect(resolve('[[claim:dân chủ là  hình thức]]')).toEqual({ status: 'resolved', id: ID, via: 'title' });
    expect(resolve(`[[claim:${ID}|x]]`)).toEqual({ status: 'resolved', id: ID, via: 'id' });
    expect(resolve('[[Dân chủ là hình thức]]')).toMatchObject({ id: 'article' });
    expect(resolve('[[claim:dan chu la hinh thuc]]').status).toBe('broken');
  });

  it('name a claim by statement, or by id when the statement holds link syntax', () => {
    expect(claimLinkTarget({ id: ID, statement: '  Đa đảng  ' })).toBe('Đa đảng');
    expect(claimLinkTarget({ id: ID, statement: 'Luận điệu #3' })).toBe(ID);
    expect(claimLinkTarget({ id: ID, statement: 'a [b] c' })).toBe(ID);
  });

  it('change their signature only when an id or a statement changes', () => {
    const base = claimTargetsSignature([{ id: ID, statement: 'A' }]);
    expect(claimTargetsSignature([{ id: ID, statement: 'A' }])).toBe(base);
    expect(claimTargetsSignature([{ id: ID, statement: 'B' }])).not.toBe(base);
    expect(claimTargetsSignature([])).not.toBe(base);
  });
});

describe('renameLinks for claims', () => {
  it('replaces the whole target, slashes included, and leaves article links alone', () => {
    const text = '[[claim:Thu/chi tăng|x]] [[Thu/chi tăng]] [[claim:Thu/chi tăng#Mục]]';
    expect(renameLinks(text, 'Thu/chi tăng', 'Chi tăng', 'claim')).toEqual({
      text: '[[claim:Chi tăng|x]] [[Thu/chi tăng]] [[claim:Chi tăng#Mục]]',
      count: 2,
    });
  });
});
