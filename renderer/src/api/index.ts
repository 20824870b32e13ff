/** The one API client every feature uses. */
export { call, getBridge } from './client.js';
export { ApiError, errorMessage, LocalizedError } from './errors.js';
