import { createHash } from 'node:crypto';
import {
  articleVersionText,
  claimVersionText,
  sourceVersionText,
  type Article,
  type Claim,
  type Source,
} from '../../../core/index.js';

/** The hash of a version: the first 128 bits of the SHA-256 of its canonical text, in hex. */
function versionHash(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** The version hash of an article. */
export const articleHash = (article: Article) => versionHash(articleVersionText(article));
/** The version hash of a claim. */
export const claimHash = (claim: Claim) => versionHash(claimVersionText(claim));
/** The version hash of a source. */
export const sourceHash = (source: Source) => versionHash(sourceVersionText(source));
