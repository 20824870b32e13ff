import type { Category } from '../../../../core/claims/index.js';
import type { Language } from '../../../../core/model/settings.js';
import { normalizeTags } from '../../../../core/tags/index.js';

/** A category's name in the UI language. */
export const categoryName = (
  category: Pick<Category, 'name'> | null | undefined,
  language: Language,
): string => (category ? category.name[language] || category.name.vi : '');

/** Tags typed as a comma-separated list, normalized (`Chủ đề / Tham nhũng` → `chủ đề/tham nhũng`). */
export function parseTagList(text: string): string[] {
  return normalizeTags(text.split(',').filter((tag) => tag.trim() !== ''));
}
