/** `a\b/./c` → `a/b/c`; null when the path leaves the folder or names nothing. */
export function cleanPath(raw: string): string | null {
  const parts: string[] = [];
  for (const part of raw.normalize('NFC').replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  return parts.length === 0 ? null : parts.join('/');
}
