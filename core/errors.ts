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
