/**
 * Every HTML page of the site, derived from the collections, the taxonomy and
 * the route table. The catch-all route renders these, and the sitemap lists
 * them: nothing is a hand-kept list.
 */
import { locales, otherLocale, type Locale } from '../i18n/locales';
import type { Audience } from '../schemas/shared';
import { audiences } from '../schemas/shared';
import type { Topic } from '../schemas/taxonomy';
import { inLocale, published, translationIn, type Entry } from './collections';
import { contentProblems, duplicatePathProblems, entryFile, throwIfProblems } from './content-checks';
import { entryPath, entrySlug, helpBoxSlugs, homePath, navigatorEmbedPath, rootPagePath, sectionPath, splitEntryId, type Section } from './routes';
import { topics } from './taxonomy-data';

interface PageBase {
  path: string;
  /** The language of the page's interface. */
  locale: Locale;
  /** The language of the main content: differs on fallback pages. */
  contentLocale: Locale;
  /** Real translations, for hreflang: locale → path. */
  translations: Partial<Record<Locale, string>>;
  /** Where the language switcher goes (a translation or a fallback page). */
  switchTo: string;
}

/** Sections whose index page lists their entries. */
export const listedSections = ['guides', 'controls', 'lessons', 'quizzes', 'campaigns'] as const;
export type ListedSection = (typeof listedSections)[number];


export type SitePage = PageBase &
  (
    | { kind: 'home' }
    | { kind: 'search' }
    | { kind: 'downloads' }
    | { kind: 'offline' }
    | { kind: 'hub'; audience: Audience }
    | { kind: 'topic'; topic: Topic }
    | { kind: 'index'; section: ListedSection }
    | { kind: 'navigator'; entry: Entry<'navigator'> }
    | { kind: 'guides'; entry: Entry<'guides'> }
    | { kind: 'controls'; entry: Entry<'controls'> }
    | { kind: 'lessons'; entry: Entry<'lessons'> }
    | { kind: 'quizzes'; entry: Entry<'quizzes'> }
    | { kind: 'campaigns'; entry: Entry<'campaigns'> }
    | { kind: 'pages'; entry: Entry<'pages'> }
    /** The content page with role "press": its view adds live embed previews, RSS and stable URLs. */
    | { kind: 'press'; entry: Entry<'pages'> }
    | { kind: 'quiz-embed'; entry: Entry<'quizzes'> }
    | { kind: 'help-embed' }
    /** The navigator in a partner's iframe, one per navigator entry. */
    | { kind: 'navigator-embed'; entry: Entry<'navigator'> }
    /** A parent guide as clean HTML a newsroom can paste into its CMS. */
    | { kind: 'guide-article'; entry: Entry<'guides'> }
    | { kind: 'quiz-classroom'; entry: Entry<'quizzes'> }
  );

/** The same page in every locale, from a path builder. */
function everyLocale<T extends object>(build: (locale: Locale) => string, extra: T): (PageBase & T)[] {
  const translations = Object.fromEntries(locales.map((l) => [l, build(l)])) as Record<Locale, string>;
  return locales.map((locale) => ({
    ...extra,
    path: translations[locale],
    locale,
    contentLocale: locale,
    translations,
    switchTo: translations[otherLocale(locale)],
  }));
}

/**
 * One page per entry, plus an English fallback page (Vietnamese content, English
 * interface) for every Vietnamese entry that has no translation yet.
 */
function entryPages<E extends { id: string }>(entries: E[], pathOf: (locale: Locale, entry: E) => string): (PageBase & { entry: E })[] {
  const pages: (PageBase & { entry: E })[] = [];
  for (const entry of entries) {
    const { locale } = splitEntryId(entry.id);
    const translations: Partial<Record<Locale, string>> = {};
    for (const l of locales) {
      const version = l === locale ? entry : translationIn(entries, entry, l);
      if (version) translations[l] = pathOf(l, version);
    }
    const fallbackPath = pathOf(otherLocale(locale), entry);
    pages.push({ entry, path: translations[locale]!, locale, contentLocale: locale, translations, switchTo: translations[otherLocale(locale)] ?? fallbackPath });
    if (locale === 'vi' && !translations.en) {
      pages.push({ entry, path: fallbackPath, locale: 'en', contentLocale: 'vi', translations, switchTo: translations.vi! });
    }
  }
  return pages;
}

const inSection = (section: Section) => (locale: Locale, entry: { id: string; data: { slug?: string | undefined } }) =>
  entryPath(section, locale, entrySlug(entry));

/** The collection each kind of entry page comes from, for messages. */
const entryCollection = {
  navigator: 'navigator',
  'navigator-embed': 'navigator',
  guides: 'guides',
  'guide-article': 'guides',
  controls: 'controls',
  lessons: 'lessons',
  quizzes: 'quizzes',
  'quiz-embed': 'quizzes',
  'quiz-classroom': 'quizzes',
  campaigns: 'campaigns',
  pages: 'pages',
  press: 'pages',
} as const satisfies Record<Extract<SitePage, { entry: unknown }>['kind'], string>;

/** Guides written for parents: each has a "republish" page for newsrooms. */
export function isParentGuide(guide: { data: { audience: readonly Audience[] } }): boolean {
  return guide.data.audience.includes('parents');
}

export async function sitePages(): Promise<SitePage[]> {
  const [guides, controls, lessons, quizzes, campaigns, pages, navigators] = await Promise.all([
    published('guides'),
    published('controls'),
    published('lessons'),
    published('quizzes'),
    published('campaigns'),
    published('pages'),
    published('navigator'),
  ]);
  // Content mistakes stop the build here, with the file, the field and the fix.
  const checked = <D>(collection: string, entries: { id: string; filePath?: string | undefined; data: D; body?: string | undefined }[]) =>
    entries.map((entry) => ({ id: entry.id, file: entryFile(collection, entry), data: entry.data, body: entry.body }));
  throwIfProblems(
    contentProblems({
      guides: checked('guides', guides),
      quizzes: checked('quizzes', quizzes),
      navigator: checked('navigator', navigators),
      campaigns: checked('campaigns', campaigns),
      lessons: checked('lessons', lessons),
    }),
  );
  const all: SitePage[] = [
    ...everyLocale(homePath, { kind: 'home' as const }),
    ...everyLocale((l) => sectionPath('search', l), { kind: 'search' as const }),
    ...everyLocale((l) => sectionPath('downloads', l), { kind: 'downloads' as const }),
    ...everyLocale((l) => sectionPath('offline', l), { kind: 'offline' as const }),
    ...audiences.flatMap((audience) => everyLocale((l) => sectionPath(audience, l), { kind: 'hub' as const, audience })),
    ...topics.flatMap((topic) => everyLocale((l) => entryPath('topics', l, topic.id), { kind: 'topic' as const, topic })),
    ...listedSections.flatMap((section) => everyLocale((l) => sectionPath(section, l), { kind: 'index' as const, section })),
    ...entryPages(guides, inSection('guides')).map((p) => ({ ...p, kind: 'guides' as const })),
    ...entryPages(guides.filter(isParentGuide), inSection('republish')).map((p) => ({ ...p, kind: 'guide-article' as const })),
    ...entryPages(controls, inSection('controls')).map((p) => ({ ...p, kind: 'controls' as const })),
    ...entryPages(lessons, inSection('lessons')).map((p) => ({ ...p, kind: 'lessons' as const })),
    ...entryPages(quizzes, inSection('quizzes')).map((p) => ({ ...p, kind: 'quizzes' as const })),
    ...entryPages(quizzes, inSection('embed')).map((p) => ({ ...p, kind: 'quiz-embed' as const })),
    ...entryPages(quizzes, inSection('classroom')).map((p) => ({ ...p, kind: 'quiz-classroom' as const })),
    ...entryPages(campaigns, inSection('campaigns')).map((p) => ({ ...p, kind: 'campaigns' as const })),
    ...entryPages(pages, (l, entry) => rootPagePath(l, entry.data.slug)).map((p) =>
      p.entry.data.role === 'press' ? { ...p, kind: 'press' as const } : { ...p, kind: 'pages' as const },
    ),
    ...everyLocale((l) => entryPath('embed', l, helpBoxSlugs[l]), { kind: 'help-embed' as const }),
    ...navigators.map((entry) => {
      const { locale } = splitEntryId(entry.id);
      return { kind: 'navigator' as const, entry, ...everyLocale((l) => sectionPath('navigator', l), {}).find((p) => p.locale === locale)! };
    }),
    ...navigators.map((entry) => {
      const { locale } = splitEntryId(entry.id);
      return { kind: 'navigator-embed' as const, entry, ...everyLocale(navigatorEmbedPath, {}).find((p) => p.locale === locale)! };
    }),
  ];
  throwIfProblems(duplicatePathProblems(all.map((page) => ({ path: page.path, source: 'entry' in page ? entryFile(entryCollection[page.kind], page.entry) : `the ${page.kind} page` }))));
  return all;
}

/** The path of a guide (or any entry) in a locale, by its file key, for cross-links. */
export async function guidePathByKey(locale: Locale, key: string): Promise<{ path: string; title: string } | undefined> {
  const entry = (await inLocale('guides', locale)).find((e) => splitEntryId(e.id).key === key);
  return entry ? { path: entryPath('guides', locale, entrySlug(entry)), title: entry.data.title } : undefined;
}
