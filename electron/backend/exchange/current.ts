import type { ConflictRecord } from '../../../core/index.js';
import type { BundleDependencies } from './create.js';
import { articleHash, claimHash, sourceHash } from './hash.js';

/** The version hash of an item as it is here, or null when it is gone. */
export async function currentHash(
  deps: BundleDependencies,
  kind: ConflictRecord['kind'],
  id: string,
): Promise<string | null> {
  const { docs } = deps.catalog.context;
  if (kind === 'article') return deps.articles.exists(id) ? articleHash(await deps.articles.get(id)) : null;
  if (kind === 'claim') {
    const claim = docs.claims.data.claims.find((c) => c.id === id);
    return claim === undefined ? null : claimHash(claim);
  }
  const source = docs.sources.data.sources.find((c) => c.id === id);
  return source === undefined ? null : sourceHash(source);
}
