import type { Language } from '../../../../core/model/settings.js';
import { isCalendarDate } from '../../../../core/text/dates.js';
import { localeOf } from '../../i18n/index.js';

/**
 * A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in the UI language's
 * format, with only the parts it has; anything else (a day that does not
 * exist, stored before days were checked) is shown as written.
 */
export function partialDate(value: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (match === null || !isCalendarDate(value.trim())) return value.trim();
  const [, year, month, day] = match;
  const date = new Date(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'medium' }
      : month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(localeOf(language), options).format(date);
}
