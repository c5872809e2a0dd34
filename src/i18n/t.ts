import type { Locale } from './locales';
import { en } from './ui/en';
import { vi, type UiKey } from './ui/vi';

const dictionaries: Record<Locale, Record<UiKey, string>> = { vi, en };

/** A translator bound to one locale: `t('nav.parents')`. Unknown keys do not compile. */
export function useTranslations(locale: Locale) {
  return (key: UiKey): string => dictionaries[locale][key];
}

export type { UiKey };

/** Fills `{name}` placeholders: format('Câu {number}', { number: 2 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
