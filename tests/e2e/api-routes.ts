import type { Page, Request, Response, Route } from 'playwright-core';

/** The contract channel a page request calls, or null when it is not an API call. */
export function channelOf(request: Request): string | null {
  if (!request.url().endsWith('/api/invoke') || request.method() !== 'POST') return null;
  try {
    const body = request.postDataJSON() as { channel?: unknown } | null;
    return typeof body?.channel === 'string' ? body.channel : null;
  } catch {
    return null;
  }
}

/** The payload a page request sent to a channel. */
export function payloadOf(request: Request): Record<string, unknown> {
  return (request.postDataJSON() as { payload: Record<string, unknown> }).payload;
}

/** What the page's calls of one channel go through: the host, a delay, a hold, or a network failure. */
export interface ChannelControl {
  /** Calls of the channel the page made so far. */
  readonly calls: number;
  /** Calls held back right now (never answered until `pass`). */
  readonly held: number;
  pass(): Promise<void>;
  hold(): void;
  delay(ms: number): void;
  fail(): void;
}

/**
 * Takes control of the page's calls of one channel (e.g. `articles:save`),
 * to slow, hold or break them; other calls go through untouched. `pass`
 * lets every held call through, in order.
 */
export async function controlChannel(page: Page, channel: string): Promise<ChannelControl> {
  type Mode = { kind: 'pass' } | { kind: 'hold' } | { kind: 'fail' } | { kind: 'delay'; ms: number };
  let mode: Mode = { kind: 'pass' };
  const held: Route[] = [];
  let calls = 0;
  await page.route('**/api/invoke', async (route) => {
    if (channelOf(route.request()) !== channel) return route.fallback();
    calls += 1;
    const current = mode;
    if (current.kind === 'hold') {
      held.push(route);
      return;
    }
    if (current.kind === 'fail') return route.abort('failed');
    if (current.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, current.ms));
    await route.fallback().catch(() => undefined);
  });
  return {
    get calls() {
      return calls;
    },
    get held() {
      return held.length;
    },
    async pass() {
      mode = { kind: 'pass' };
      for (const route of held.splice(0)) await route.fallback().catch(() => undefined);
    },
    hold() {
      mode = { kind: 'hold' };
    },
    delay(ms) {
      mode = { kind: 'delay', ms };
    },
    fail() {
      mode = { kind: 'fail' };
    },
  };
}

/** Waits for the host's answer to the page's next call of a channel (optionally one whose payload matches). */
export function nextResponse(
  page: Page,
  channel: string,
  match: (payload: Record<string, unknown>) => boolean = () => true,
): Promise<Response> {
  return page.waitForResponse(
    (response) => channelOf(response.request()) === channel && match(payloadOf(response.request())),
    { timeout: 10_000 },
  );
}
