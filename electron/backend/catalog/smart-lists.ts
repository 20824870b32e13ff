import type { RequestOf, SmartList } from '../../../core/index.js';
import { assertWritable, freshId, notFound, type CatalogContext } from './context.js';

/** The saved smart lists, in the order they were made. */
export function listSmartLists(context: CatalogContext): SmartList[] {
  return context.docs.catalog.data.smartLists.map((list) => structuredClone(list));
}

/** Saves a smart list: a new one without `id`, else a replacement of that list. */
export async function saveSmartList(
  context: CatalogContext,
  request: RequestOf<'smartLists:save'>,
): Promise<SmartList> {
  assertWritable(context);
  const catalog = context.docs.catalog.data;
  const list: SmartList = {
    id: request.id ?? freshId(),
    name: request.name,
    filter: request.filter,
    sort: request.sort,
  };
  let smartLists: SmartList[];
  if (request.id === undefined) smartLists = [...catalog.smartLists, list];
  else {
    if (!catalog.smartLists.some((candidate) => candidate.id === request.id))
      throw notFound('smart list', request.id);
    smartLists = catalog.smartLists.map((candidate) => (candidate.id === request.id ? list : candidate));
  }
  await context.docs.catalog.commit({ ...catalog, smartLists });
  return structuredClone(list);
}

/** Deletes a smart list (the articles it shows are untouched). */
export async function deleteSmartList(context: CatalogContext, id: string): Promise<{ id: string }> {
  assertWritable(context);
  const catalog = context.docs.catalog.data;
  if (!catalog.smartLists.some((list) => list.id === id)) throw notFound('smart list', id);
  await context.docs.catalog.commit({
    ...catalog,
    smartLists: catalog.smartLists.filter((list) => list.id !== id),
  });
  return { id };
}
