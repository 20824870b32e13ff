import { createHash } from 'node:crypto';
import { normalizeTarget, parseLinks } from '../../../core/index.js';
import { foldedWordList, ArticleWordIndex } from './terms.js';

/** Text a cache must have been derived with: every kind of link, and words that fold. */
const PROBE =
  'Đường [[Tham nhũng]], [[Thư mục/Bài|chữ]] và [[Tiêu đề#Mục]] ![[Ảnh.png]] [[#Mục]] [[claim:luận điệu]]\n' +
  '`[[mã]]` ```\n[[khối]]\n``` ĐƯỜNG Quốc hội 2024 – “trích” [[  Thư  Mục/ĐƯỜNG ]]';

/** The word-pair filter this build makes of {@link PROBE}, with its links left out. */
function probePairs(): number[] {
  const terms = new ArticleWordIndex();
  terms.set('probe', PROBE, parseLinks(PROBE));
  return Array.from(terms.vector('probe')!.pairs);
}

/**
 * A digest of how this build derives links, keys, words and word pairs from
 * text: a cache written by a build whose parser, normalization, folding or
 * pair filter differs is rebuilt.
 */
export const DERIVATION_TAG = createHash('sha256')
  .update(
    JSON.stringify([
      parseLinks(PROBE),
      foldedWordList(PROBE),
      normalizeTarget(' Thư  Mục/ĐƯỜNG '),
      probePairs(),
    ]),
  )
  .digest('hex')
  .slice(0, 16);
