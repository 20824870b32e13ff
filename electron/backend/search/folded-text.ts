import {
  getFoldTable,
  MARK,
  resolveChar,
  SEPARATOR,
  UNKNOWN,
  type QueryClause,
} from '../../../core/search/index.js';

const wide = new TextDecoder('utf-16le');
const narrow = new TextDecoder('latin1');
let buffer = new Uint16Array(4096);
let bytes = new Uint8Array(4096);

/**
 * Folded text for phrase tests: words folded, one space between them and one
 * at each end. Built with a table pass and one native decode, so checking a
 * phrase is a native `includes`.
 */
export function foldedWords(text: string): string {
  if (buffer.length < text.length + 2) buffer = new Uint16Array(text.length * 2 + 2);
  const table = getFoldTable();
  let length = 0;
  buffer[length++] = 0x20;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = table[code] === UNKNOWN ? resolveChar(code) : table[code]!;
    if (mapped === MARK) continue;
    if (mapped !== SEPARATOR) buffer[length++] = mapped;
    else if (buffer[length - 1] !== 0x20) buffer[length++] = 0x20;
  }
  if (buffer[length - 1] !== 0x20) buffer[length++] = 0x20;
  return decodeCompact(length);
}

/** Decodes the buffer, as a one-byte string when every code fits (folded Vietnamese is ASCII). */
function decodeCompact(length: number): string {
  if (bytes.length < length) bytes = new Uint8Array(buffer.length);
  for (let i = 0; i < length; i++) {
    const code = buffer[i]!;
    if (code > 0x7f) return wide.decode(buffer.subarray(0, length));
    bytes[i] = code;
  }
  return narrow.decode(bytes.subarray(0, length));
}

/** Whether text prepared by {@link foldedWords} holds the clause; `prefix` lets its last word be unfinished. */
export function holdsFolded(prepared: string, clause: QueryClause, prefix: boolean): boolean {
  const words = clause.type === 'word' ? [clause.word] : clause.words;
  return prepared.includes(` ${words.map((word) => word.term).join(' ')}${prefix ? '' : ' '}`);
}
