/** Vietnamese is the default locale and lives at the site root. */
export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/** BCP 47 tags for `<html lang>`, hreflang and Intl. */
export const localeTags: Record<Locale, string> = { vi: 'vi-VN', en: 'en' };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The other locale, for the language switcher. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi';
}
