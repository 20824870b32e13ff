import type { SearchFilters } from '../../../core/search/index.js';
import { fold } from '../../../core/text/index.js';
import type { DocRecord } from './doc-store.js';

/** Whether a document passes every filter of a query (`time` is its last change, epoch ms). */
export function passesFilters(record: DocRecord, time: number, filters: SearchFilters): boolean {
  if (filters.before !== undefined && !(time < filters.before)) return false;
  if (filters.after !== undefined && !(time >= filters.after)) return false;
  for (const tag of filters.tags)
    if (!record.tags.some((own) => own === tag || own.startsWith(`${tag}/`))) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(fold(record.doc.status ?? ''))) return false;
  for (const claim of filters.claims)
    if (!(record.doc.claimIds ?? []).includes(claim) && !record.claimText.includes(fold(claim))) return false;
  if (
    filters.categories.length > 0 &&
    !filters.categories.some((category) => record.category.includes(category))
  )
    return false;
  for (const source of filters.sources) if (!record.sources.includes(source)) return false;
  return true;
}
