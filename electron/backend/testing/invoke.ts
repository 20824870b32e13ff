import {
  dispatch,
  type Channel,
  type ErrorCode,
  type Handlers,
  type RequestInput,
  type ResponseOf,
} from '../../../core/index.js';
import type { Workspace } from '../workspace.js';

/** A failed envelope as an error: its message is `code: message`; `code` and `details` are kept. */
class EnvelopeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(`${code}: ${message}`);
    this.name = 'EnvelopeError';
  }
}

/**
 * Calls `channel` through `dispatch`, as every transport does, and unwraps
 * the envelope: the value, or an {@link EnvelopeError}.
 */
export async function invoke<C extends Channel>(
  target: Workspace | Handlers,
  channel: C,
  request: RequestInput<C>,
): Promise<ResponseOf<C>> {
  const handlers = 'handlers' in target ? (target as Workspace).handlers : (target as Handlers);
  const result = await dispatch(handlers, channel, request);
  if (!result.ok) throw new EnvelopeError(result.error.code, result.error.message, result.error.details);
  return result.value as ResponseOf<C>;
}
