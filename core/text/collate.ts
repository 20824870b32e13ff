const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese dictionary order (a < ă < â < b …, đ after d). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
