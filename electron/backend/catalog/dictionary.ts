import { compareVietnamese, nfc } from '../../../core/index.js';
import { assertWritable, type CatalogContext } from './context.js';

/** Adds a word (a word already there in any case is not added twice); answers the dictionary. */
export async function addWord(context: CatalogContext, word: string): Promise<string[]> {
  assertWritable(context);
  const catalog = context.docs.catalog.data;
  const added = nfc(word);
  if (catalog.dictionary.some((known) => known.toLowerCase() === added.toLowerCase()))
    return [...catalog.dictionary];
  const dictionary = [...catalog.dictionary, added].sort(compareVietnamese);
  await context.docs.catalog.commit({ ...catalog, dictionary });
  return [...dictionary];
}

/** Removes a word, in any case; answers the dictionary. */
export async function removeWord(context: CatalogContext, word: string): Promise<string[]> {
  assertWritable(context);
  const catalog = context.docs.catalog.data;
  const removed = nfc(word).toLowerCase();
  const dictionary = catalog.dictionary.filter((known) => known.toLowerCase() !== removed);
  if (dictionary.length !== catalog.dictionary.length)
    await context.docs.catalog.commit({ ...catalog, dictionary });
  return [...dictionary];
}
