const STORAGE_KEY = 'rebuttal-desk.token';

/** Name of the meta element in which the web host hands a reloaded page its token. */
export const TOKEN_META = 'desk-token';

/**
 * The web host's per-run token: from `?token=` when the page was opened with
 * one, else from the host's `<meta name="desk-token">`, else the one kept in
 * sessionStorage from earlier in this tab. A token found is kept there too.
 */
export function readToken(
  search: string = location.search,
  doc: Pick<Document, 'querySelector'> = document,
  storage: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage,
): string | null {
  const found =
    new URLSearchParams(search).get('token') ||
    doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ||
    null;
  if (found) {
    storage.setItem(STORAGE_KEY, found);
    return found;
  }
  return storage.getItem(STORAGE_KEY);
}
