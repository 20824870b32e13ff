import { AppError } from '../errors.js';

/** One edit of a text: the characters [from, to) of the base text are replaced by `insert`. */
type TextEdit = [from: number, to: number, insert: string];

/**
 * A change of a long text as it crosses the contract: the edits, in order,
 * none overlapping, all against the same base text, and the length of the
 * result (a check that the base was the one meant). A save or a journal
 * write of a 5 MB article then costs the size of what changed.
 */
export interface TextPatch {
  edits: TextEdit[];
  length: number;
}

/** Applies a patch to its base text; refuses (invalid_request) edits out of order or out of bounds, or a wrong result length. */
export function applyPatch(base: string, patch: TextPatch): string {
  const parts: string[] = [];
  let at = 0;
  for (const [from, to, insert] of patch.edits) {
    if (!(Number.isInteger(from) && Number.isInteger(to)) || from < at || to < from || to > base.length) {
      throw new AppError('invalid_request', `The text patch does not fit its base (edit ${from}–${to}).`);
    }
    parts.push(base.slice(at, from), insert);
    at = to;
  }
  parts.push(base.slice(at));
  const result = parts.join('');
  if (result.length !== patch.length) {
    throw new AppError(
      'invalid_request',
      `The text patch gives ${result.length} characters, not ${patch.length}: it was made for another text.`,
    );
  }
  return result;
}

/** The smallest single-edit patch between two strings (common prefix and suffix kept). */
export function patchBetween(before: string, after: string): TextPatch {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < limit - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  if (start === before.length && start === after.length) return { edits: [], length: after.length };
  return {
    edits: [[start, before.length - end, after.slice(start, after.length - end)]],
    length: after.length,
  };
}
