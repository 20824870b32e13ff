import type { z } from 'zod';
import { AppError, toErrorInfo, type RequestIssue } from '../errors.js';
import { isChannel } from './channels.js';
import type { Channel, Envelope, Handlers, ResponseOf } from './contract.js';
import { requestSchemas } from './schemas.js';

/**
 * The one entry point of every transport: checks the channel, parses the
 * payload with the channel's schema, runs the handler, and wraps the outcome
 * in an envelope. Nothing reaches a handler unparsed; nothing throws out,
 * not even a payload whose reading throws.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
): Promise<Envelope<ResponseOf<Channel>>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` },
    };
  }
  let parsed: ReturnType<(typeof requestSchemas)[Channel]['safeParse']>;
  try {
    parsed = requestSchemas[channel].safeParse(payload === undefined ? {} : payload);
  } catch (error) {
    // A payload that throws while it is read (a getter, a proxy, a pattern that overflowed).
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: new AppError(
        'invalid_request',
        `Invalid request for ${channel}: it could not be read (${reason.slice(0, 200)}).`,
      ).toInfo(),
    };
  }
  if (!parsed.success) {
    const issues = parsed.error.issues.map(toRequestIssue);
    return {
      ok: false,
      error: new AppError('invalid_request', `Invalid request for ${channel}`, issues).toInfo(),
    };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<ResponseOf<Channel>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}

/** A schema's issue as plain data a UI can translate: the field's path, the code, the reason or limit. */
function toRequestIssue(issue: z.core.$ZodIssue): RequestIssue {
  const result: RequestIssue = { path: issue.path.join('.'), message: issue.message, code: issue.code };
  if (issue.code === 'custom' && typeof issue.params?.reason === 'string')
    result.reason = issue.params.reason;
  if (issue.code === 'too_big') result.limit = Number(issue.maximum);
  if (issue.code === 'too_small') result.limit = Number(issue.minimum);
  return result;
}
