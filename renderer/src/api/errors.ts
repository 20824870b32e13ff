import type { ErrorCode, ErrorInfo } from '../../../core/errors.js';

/** A failed call: the error code and message from the backend's envelope (or the transport's). */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.details = info.details;
  }
}

/** A failure whose message is already in the UI language, written for the writer. */
export class LocalizedError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'LocalizedError';
  }
}

/** A short human-readable message for anything a call threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
