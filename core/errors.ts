/** Machine-readable error codes shared by every transport. */
export const ERROR_CODES = [
  'invalid_request',
  'unknown_channel',
  'not_found',
  'conflict',
  'locked',
  'io',
  'forbidden',
  'internal',
] as const;

/** One of the error codes of the contract. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One reason a request was refused by its schema (the `details` of an
 * `invalid_request` error, as a list): where, and why in terms a UI can
 * translate.
 */
export interface RequestIssue {
  /** The field, dotted: `statement`, `appearances.0.date`; empty for the request itself. */
  path: string;
  /** What is wrong, in English (for logs and the CLI). */
  message: string;
  /** The schema's issue code: `too_small`, `too_big`, `invalid_format`, `invalid_type`, `custom`… */
  code: string;
  /** The finer reason of a custom check (`impossible_date`, `partial_date`), when it names one. */
  reason?: string;
  /** The limit a `too_small` or `too_big` issue names (characters or items). */
  limit?: number;
}

/** An error as it crosses a process boundary. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Extra machine-readable detail (validation issues, the OS error code…). */
  details?: unknown;
}

/** An error the app expects and can explain to the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** The error as plain data for a transport. */
  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Turns anything thrown into transportable error data, without leaking stack traces. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  const errno = (error as { code?: unknown } | null)?.code;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) {
    return { code: 'io', message: (error as Error).message, details: { errno } };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
