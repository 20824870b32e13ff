import type { Channel, DeskBridge, Envelope, RequestInput, ResponseOf } from '../../../core/ipc/contract.js';

/** The web host's endpoint for every contract call. */
export const INVOKE_PATH = '/api/invoke';

/** Browsers refuse `keepalive` requests whose bodies exceed 64 KiB in total. */
const KEEPALIVE_LIMIT = 60_000;

const ioError = (message: string): Envelope<never> => ({ ok: false, error: { code: 'io', message } });

/**
 * The bridge over HTTP to the web host: one POST per call, authenticated by
 * the per-run token. Small requests use `keepalive` so a save sent while the
 * page is closing still arrives. No menu commands and no flush requests here.
 */
export function createWebBridge(token: string | null, fetcher: typeof fetch = fetch): DeskBridge {
  return {
    async invoke<C extends Channel>(channel: C, request: RequestInput<C>): Promise<Envelope<ResponseOf<C>>> {
      const body = JSON.stringify({ channel, payload: request });
      let response: Response;
      try {
        response = await fetcher(INVOKE_PATH, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token ?? '' },
          body,
          keepalive: body.length < KEEPALIVE_LIMIT,
          cache: 'no-store',
        });
      } catch (error) {
        return ioError(
          `The web host did not answer (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      if (response.status === 403) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'The web host refused this page (token or host)' },
        };
      }
      if (response.status !== 200) return ioError(`The web host answered HTTP ${response.status}`);
      try {
        return (await response.json()) as Envelope<ResponseOf<C>>;
      } catch {
        return ioError('The web host sent an unreadable answer');
      }
    },
    onMenuCommand: () => () => {},
    onFlushRequest: () => () => {},
  };
}
