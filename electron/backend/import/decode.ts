import type { SkippedFile } from '../../../core/index.js';

/** A Markdown file's text, or why it cannot be read as text. */
export type Decoded =
  | { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { skip: Pick<SkippedFile, 'code' | 'reason'> };

/** Whether every other byte is NUL, as in UTF-16 text of Latin script without a byte order mark. */
function looksUtf16(bytes: Uint8Array, nulAt: 0 | 1): boolean {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4_000);
  if (sample < 4) return false;
  let nul = 0;
  let other = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i + nulAt] === 0) nul++;
    if (bytes[i + 1 - nulAt] === 0) other++;
  }
  return nul > sample / 2 / 3 && other === 0;
}

/**
 * Reads a text file's bytes: UTF-8 (a byte order mark dropped), UTF-16 with
 * a byte order mark or recognisably without one. Anything else is reported,
 * never guessed at: Vietnamese text in a legacy encoding (TCVN3, VNI,
 * Windows-1258) decoded wrongly would be silently garbled.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (looksUtf16(bytes, 1)) encoding = 'utf-16le';
  else if (looksUtf16(bytes, 0)) encoding = 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return {
      skip: {
        code: 'legacyEncoding',
        reason:
          encoding === 'utf-8'
            ? 'not UTF-8 text: probably a legacy encoding (TCVN3, VNI or Windows-1258); save it as UTF-8 and import it again'
            : `not valid ${encoding.toUpperCase()} text`,
      },
    };
  }
  if (text.includes('\0'))
    return { skip: { code: 'binary', reason: 'not a text file (it holds NUL bytes)' } };
  return { text: text.normalize('NFC'), encoding };
}
