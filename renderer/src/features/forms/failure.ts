import type { TFunction } from 'i18next';
import type { RequestIssue } from '../../../../core/errors.js';
import { ApiError, LocalizedError } from '../../api/index.js';

/** The label a form shows for a request field (`statement`, `appearances.0.date`), when it has one. */
export type FieldLabeler = (path: string) => string | undefined;

/** At most this many refused fields are named in one message; the fields themselves say the rest. */
const MAX_ISSUES = 3;

const isIssue = (value: unknown): value is RequestIssue =>
  typeof value === 'object' && value !== null && typeof (value as RequestIssue).path === 'string';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** One refused field, in the UI language, named by its label. */
function issueMessage(t: TFunction, issue: RequestIssue, field: string): string {
  if (issue.reason === 'impossible_date') return t('forms.date.impossibleStored', { field });
  if (issue.reason === 'partial_date') return t('forms.date.needDay', { field });
  if (issue.reason === 'not_web_url') return t('forms.url', { field });
  if (issue.code === 'too_small' && issue.limit === 1) return t('forms.required', { field });
  if (issue.code === 'too_big' && issue.limit !== undefined)
    return t('forms.tooLong', { field, limit: issue.limit });
  return t('forms.invalid', { field });
}

function invalidRequest(t: TFunction, details: unknown, label: FieldLabeler): string {
  if (Array.isArray(details)) {
    const named = details
      .filter(isIssue)
      .map((issue) => ({ issue, field: label(issue.path) }))
      .filter((entry): entry is { issue: RequestIssue; field: string } => entry.field !== undefined);
    const seen = new Set<string>();
    const messages = named
      .filter(({ issue }) => !seen.has(issue.path) && seen.add(issue.path))
      .slice(0, MAX_ISSUES)
      .map(({ issue, field }) => issueMessage(t, issue, field));
    return messages.length > 0 ? messages.join(' ') : t('forms.invalidForm');
  }
  const detail = record(details);
  if (typeof detail.categoryId === 'string') {
    return t('forms.missingCategory', { field: label('categoryId') ?? t('claims.category') });
  }
  if (Array.isArray(detail.claimIds)) return t('forms.missingClaims');
  return t('forms.invalidForm');
}

function conflict(t: TFunction, details: unknown, label: FieldLabeler): string {
  const detail = record(details);
  if (typeof detail.key === 'string' && typeof detail.sourceTitle === 'string') {
    return t('forms.duplicateKey', {
      field: label('key') ?? t('sources.fields.key'),
      key: detail.key,
      title: detail.sourceTitle,
      holder: typeof detail.sourceKey === 'string' ? detail.sourceKey : detail.key,
    });
  }
  if (Array.isArray(detail.articles)) {
    const titles = detail.articles.map((article) => `“${String(record(article).title ?? '')}”`);
    return t('forms.inUse', { count: titles.length, titles: titles.join(', ') });
  }
  return t('forms.changedElsewhere');
}

/**
 * What a failed save says to the writer, in the UI language: a refused
 * field by the form's label for it (`label`), a key already in use with the
 * source that holds it, and otherwise a sentence for the kind of failure.
 * The backend's own message, in English, is never shown.
 */
export function describeFailure(t: TFunction, error: unknown, label: FieldLabeler = () => undefined): string {
  if (error instanceof LocalizedError) return error.message;
  if (!(error instanceof ApiError)) return t('forms.failed');
  switch (error.code) {
    case 'invalid_request':
      return invalidRequest(t, error.details, label);
    case 'conflict':
      return conflict(t, error.details, label);
    case 'locked':
      return t('forms.locked');
    case 'io': {
      const errno = record(error.details).errno;
      return t('forms.io', { detail: typeof errno === 'string' ? ` (${errno})` : '' });
    }
    case 'not_found':
      return t('forms.notFound');
    case 'forbidden':
      return t('forms.forbidden');
    default:
      return t('forms.failed');
  }
}
