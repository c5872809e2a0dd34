import type { Locale } from './locales';

/** Intl locales for dates and numbers: Vietnamese conventions, and British English (day month year). */
const intlLocales: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A calendar date as people in each locale write it: "26 tháng 5, 2026", "26 May 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}

/** A number as people in each locale write it: 7,5 in Vietnamese, 7.5 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: 1 }).format(value);
}

/** An ISO date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A byte count for download lists: "24 KB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const kb = bytes / 1024;
  const number = new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: kb < 10 ? 1 : 0 });
  return kb < 1024 ? `${number.format(kb)} KB` : `${number.format(kb / 1024)} MB`;
}
