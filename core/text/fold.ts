const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Folds text for matching: NFC, lower case, tone marks and other diacritics
 * removed, `đ`/`Đ` to `d`. "Đường" and "duong" fold to the same string.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** NFC-normalizes user input; every string entering the workspace goes through this. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
