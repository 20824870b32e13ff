import { AppError } from '../../core/index.js';

/** The error every change of a read-only workspace fails with. */
export const readOnlyError = () =>
  new AppError('forbidden', 'The workspace is open read-only: nothing can be changed from here.');
