import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../core/model/settings.js';
import en from './en.json';
import vi from './vi.json';

/** The language `?lang=` asks for, when it names one the UI speaks. */
export function languageFromUrl(search: string = location.search): Language | null {
  const wanted = new URLSearchParams(search).get('lang');
  return (LANGUAGES as readonly string[]).includes(wanted ?? '') ? (wanted as Language) : null;
}

/** Starts i18next in the given language; every UI string goes through it. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the UI language and the document's `lang`. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The `Intl` locale of a UI language. */
export function localeOf(language: Language): string {
  return language === 'vi' ? 'vi-VN' : 'en-GB';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the UI language's format ("26/11/2026, 10:05" / "26 Nov 2026, 10:05"). */
export function formatDateTime(iso: string, language: Language): string {
  const locale = localeOf(language);
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date);
}
