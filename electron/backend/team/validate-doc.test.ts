import { describe, expect, it } from 'vitest';
import { VALIDATE_DOC_UPDATE } from './validate-doc.js';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: object, secObj: object) => void;
// The server evaluates the same source; here it runs as a plain function.
const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Validate;

const writer = { name: 'lan', roles: ['writer'] };
const editor = { name: 'minh', roles: ['editor'] };
const admin = { name: 'root', roles: ['_admin'] };
const article = (status: string) => ({ _id: 'article:x', kind: 'article', item: { status }, hash: 'abc' });
const outcome = (newDoc: object, oldDoc: object | null, user: object) => {
  try {
    validate(newDoc, oldDoc, user, {});
    return 'ok';
  } catch (error) {
    return Object.keys(error as object)[0];
  }
};

describe('validate_doc_update', () => {
  it.each([
    ['a writer writes a draft', article('draft'), null, writer, 'ok'],
    ['a writer moves a draft to review', article('review'), article('draft'), writer, 'ok'],
    ['a writer publishes', article('published'), article('review'), writer, 'forbidden'],
    ['a writer approves', article('approved'), null, writer, 'forbidden'],
    ['a writer changes an approved article', article('draft'), article('approved'), writer, 'forbidden'],
    ['an editor publishes', article('published'), article('approved'), editor, 'ok'],
    ['a server admin publishes', article('published'), null, admin, 'ok'],
    [
      'a writer edits the taxonomy',
      { _id: 'category:x', kind: 'category', item: {}, hash: 'a' },
      null,
      writer,
      'forbidden',
    ],
    [
      'an editor edits the taxonomy',
      { _id: 'tagColors', kind: 'tagColors', item: {}, hash: 'a' },
      null,
      editor,
      'ok',
    ],
    ['a writer deletes', { _id: 'claim:x', _deleted: true }, article('draft'), writer, 'forbidden'],
    ['an editor deletes', { _id: 'claim:x', _deleted: true }, article('draft'), editor, 'ok'],
    ['an unknown kind', { _id: 'x', kind: 'person', item: {}, hash: 'a' }, null, editor, 'forbidden'],
    ['no item', { _id: 'x', kind: 'claim', item: null, hash: 'a' }, null, editor, 'forbidden'],
    ['no hash', { _id: 'x', kind: 'claim', item: {} }, null, editor, 'forbidden'],
    ['someone without a role', article('draft'), null, { name: 'guest', roles: [] }, 'forbidden'],
    ['nobody signed in', article('draft'), null, { name: null, roles: [] }, 'unauthorized'],
    ['a writer changes the design document', { _id: '_design/rebuttal' }, null, writer, 'forbidden'],
  ])('%s', (_, newDoc, oldDoc, user, expected) => {
    expect(outcome(newDoc, oldDoc, user)).toBe(expected);
  });
});
