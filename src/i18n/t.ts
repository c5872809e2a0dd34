import type { Locale } from './locales';
import { en } from './ui/en';
import { vi, type UiKey } from './ui/vi';

const dictionaries: Record<Locale, Record<UiKey, string>> = { vi, en };

/** A translator bound to one locale: `t('nav.parents')`. Unknown keys do not compile. */
export function useTranslations(locale: Locale) {
  return (key: UiKey): string => dictionaries[locale][key];
}

export type { UiKey };

export { fill } from './fill';
