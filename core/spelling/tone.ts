/** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below). */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The same syllable with its tone mark on the other vowel of a final `oa`,
 * `oe` or `uy`, or null when the syllable has no such choice. Both placements
 * are in use ("hòa" in the older style most newspapers keep, "hoà" in the
 * newer one), so a checker that knows one must accept the other. After `q`
 * the `u` belongs to the consonant (`quý`), so there is no choice.
 */
export function otherTonePlacement(syllable: string): string | null {
  const decomposed = syllable.normalize('NFD');
  const tone = TONE.exec(decomposed)?.[0];
  if (tone === undefined) return null;
  const bare = decomposed.replace(TONE, '').normalize('NFC');
  const match = /(?:^|[^qQ])(oa|oe|uy)$/iu.exec(bare);
  if (match === null) return null;
  const first = bare.length - 2;
  const place = (at: number) => (bare.slice(0, at + 1) + tone + bare.slice(at + 1)).normalize('NFC');
  const current = syllable.normalize('NFC');
  const [one, two] = [place(first), place(first + 1)];
  if (current === one) return two;
  if (current === two) return one;
  return null;
}
