import i18next from 'i18next';
import { errorMessage } from '../../api/index.js';
import { useNotices } from '../notices/store.js';

/** Shows a failed action as an error notice: the message of `key` with the reason. */
export function notifyFailure(key: string, error: unknown): void {
  useNotices.getState().push({ kind: 'error', message: i18next.t(key, { reason: errorMessage(error) }) });
}
