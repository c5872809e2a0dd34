/**
 * The fixed rhythm of a harm guide: the body has these level-2 headings in this
 * order. The layout then adds "where to get help" (from the site config) and
 * the sources, so every harm guide reads the same way.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations, type UiKey } from '../i18n/t';

export const rhythmKeys = [
  'guide.rhythm.whatItIs',
  'guide.rhythm.warningSigns',
  'guide.rhythm.whatToDo',
  'guide.rhythm.talk',
] as const satisfies readonly UiKey[];

export function rhythmHeadings(locale: Locale): string[] {
  const t = useTranslations(locale);
  return rhythmKeys.map((key) => t(key));
}

/** The `## ` headings of a Markdown body, in order. */
export function levelTwoHeadings(body: string): string[] {
  return [...body.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1]!);
}

/** Problems with a harm guide's rhythm, as messages for authors; empty when it follows it. */
export function guideRhythmProblems(body: string, locale: Locale): string[] {
  const expected = rhythmHeadings(locale);
  const present = levelTwoHeadings(body).filter((heading) => expected.includes(heading));
  if (present.join('\n') === expected.join('\n')) return [];
  return [
    `A harm guide needs the headings ${expected.map((h) => `"## ${h}"`).join(', ')} in this order; found ${present.length ? present.map((h) => `"${h}"`).join(', ') : 'none'}`,
  ];
}
