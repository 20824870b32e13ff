import { ChangeSet, type ChangeSpec, type Text } from '@codemirror/state';
import { diffArrays } from 'diff';

/** Beyond this many characters between the common prefix and suffix, the middle is replaced whole. */
const DIFF_LIMIT = 50_000;

const tokens = (text: string): string[] => text.match(/\s+|[^\s\p{P}]+|\p{P}/gu) ?? [];

/**
 * The change that turns `doc` into `text`, as small as it can cheaply be:
 * the common prefix and suffix stay, and a middle of moderate size is
 * diffed word by word, so a cursor between two rewritten links stays where
 * it was. (A long middle, such as a whole restored text, is one replacement.)
 */
export function changeBetween(doc: Text, text: string): ChangeSet {
  const before = doc.toString();
  if (before === text) return ChangeSet.empty(doc.length);
  const limit = Math.min(before.length, text.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === text.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < limit - start &&
    before.charCodeAt(before.length - 1 - end) === text.charCodeAt(text.length - 1 - end)
  ) {
    end += 1;
  }
  const oldMiddle = before.slice(start, before.length - end);
  const newMiddle = text.slice(start, text.length - end);
  if (oldMiddle.length + newMiddle.length > DIFF_LIMIT) {
    return ChangeSet.of({ from: start, to: start + oldMiddle.length, insert: newMiddle }, doc.length);
  }
  const specs: ChangeSpec[] = [];
  let at = start;
  let pending: { from: number; to: number; insert: string } | null = null;
  for (const part of diffArrays(tokens(oldMiddle), tokens(newMiddle))) {
    const value = part.value.join('');
    if (part.added) {
      pending ??= { from: at, to: at, insert: '' };
      pending.insert += value;
    } else if (part.removed) {
      pending ??= { from: at, to: at, insert: '' };
      pending.to += value.length;
      at += value.length;
    } else {
      if (pending) specs.push(pending);
      pending = null;
      at += value.length;
    }
  }
  if (pending) specs.push(pending);
  return ChangeSet.of(specs, doc.length);
}
