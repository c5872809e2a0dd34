/**
 * Every HTML page of the site, derived from the collections, the taxonomy and
 * the route table. The catch-all route renders these, and the sitemap lists
 * them: nothing is a hand-kept list.
 */
import { locales, otherLocale, type Locale } from '../i18n/locales';
import type { Audience } from '../schemas/shared';
import { audiences } from '../schemas/shared';
import type { Topic } from '../schemas/taxonomy';
import { pageCount } from './card-lists';
import { inLocale, published, type Entry } from './collections';
import { contentProblems, duplicatePathProblems, entryFile, throwIfProblems } from './content-checks';
import { listedSections, type ListedSection } from './listed-sections';
import { oncePerBuild } from './once-per-build';
import {
  entryPath,
  entrySlug,
  helpBoxSlugs,
  homePath,
  navigatorEmbedPath,
  pagedPath,
  rootPagePath,
  sectionPath,
  splitEntryId,
  type Section,
} from './routes';
import { topics } from './taxonomy-data';

export { listedSections, type ListedSection };

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

/**
 * One page of a paged list (a section's full index, or a topic). The first page
 * keeps the list's own URL; later ones are /huong-dan/trang-2/ (src/lib/routes.ts).
 */
export interface Paging {
  /** From 1. */
  pageNumber: number;
  /** The list's pages in this locale. */
  pageCount: number;
  /** The list's first page: later pages link back to it and share its social card. */
  firstPath: string;
}

export type SitePage = PageBase &
  (
    | { kind: 'home' }
    | { kind: 'search' }
    | { kind: 'downloads' }
    | { kind: 'offline' }
    | { kind: 'hub'; audience: Audience }
    | ({ kind: 'topic'; topic: Topic } & Paging)
    | ({ kind: 'index'; section: ListedSection } & Paging)
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
 * Every page of one paged list in every locale, from its first page's path and
 * the number of items it lists in each locale (locales can differ: English lists
 * Vietnamese fallbacks too). Page n's translation is page n in the other locale
 * when that exists, else the other locale's first page.
 */
function pagedLists<T extends object>(
  firstPath: (locale: Locale) => string,
  itemsIn: (locale: Locale) => number,
  extra: T,
): (PageBase & Paging & T)[] {
  const counts = Object.fromEntries(locales.map((l) => [l, pageCount(itemsIn(l))])) as Record<Locale, number>;
  return locales.flatMap((locale) =>
    Array.from({ length: counts[locale] }, (_, i) => {
      const pageNumber = i + 1;
      const translations = Object.fromEntries(
        locales.filter((l) => pageNumber <= counts[l]).map((l) => [l, pagedPath(firstPath(l), l, pageNumber)]),
      );
      const other = otherLocale(locale);
      return {
        ...extra,
        path: translations[locale]!,
        locale,
        contentLocale: locale,
        translations,
        switchTo: translations[other] ?? firstPath(other),
        pageNumber,
        pageCount: counts[locale],
        firstPath: firstPath(locale),
      };
    }),
  );
}

/**
 * One page per entry, plus an English fallback page (Vietnamese content, English
 * interface) for every Vietnamese entry that has no translation yet.
 */
function entryPages<E extends { id: string }>(
  entries: E[],
  pathOf: (locale: Locale, entry: E) => string,
): (PageBase & { entry: E })[] {
  const pages: (PageBase & { entry: E })[] = [];
  // Translations by id, so pairing them stays linear in the number of entries.
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    const { locale, key } = splitEntryId(entry.id);
    const translations: Partial<Record<Locale, string>> = {};
    for (const l of locales) {
      const version = l === locale ? entry : byId.get(`${l}/${key}`);
      if (version) translations[l] = pathOf(l, version);
    }
    const fallbackPath = pathOf(otherLocale(locale), entry);
    pages.push({
      entry,
      path: translations[locale]!,
      locale,
      contentLocale: locale,
      translations,
      switchTo: translations[otherLocale(locale)] ?? fallbackPath,
    });
    if (locale === 'vi' && !translations.en) {
      pages.push({
        entry,
        path: fallbackPath,
        locale: 'en',
        contentLocale: 'vi',
        translations,
        switchTo: translations.vi!,
      });
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

/** Every page, worked out once per build (src/lib/once-per-build.ts): views and endpoints all ask for it. */
export const sitePages: () => Promise<SitePage[]> = oncePerBuild(collectPages);

async function collectPages(): Promise<SitePage[]> {
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
  const checked = <D>(
    collection: string,
    entries: { id: string; filePath?: string | undefined; data: D; body?: string | undefined }[],
  ) =>
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
  const listed = [
    ...entryPages(guides, inSection('guides')).map((p) => ({ ...p, kind: 'guides' as const })),
    ...entryPages(controls, inSection('controls')).map((p) => ({ ...p, kind: 'controls' as const })),
    ...entryPages(lessons, inSection('lessons')).map((p) => ({ ...p, kind: 'lessons' as const })),
    ...entryPages(quizzes, inSection('quizzes')).map((p) => ({ ...p, kind: 'quizzes' as const })),
  ];
  const campaignPages = entryPages(campaigns, inSection('campaigns')).map((p) => ({
    ...p,
    kind: 'campaigns' as const,
  }));
  // What each paged list holds, counted the way content-cards.ts lists it: the entry pages in the list's locale.
  const cardPages = [...listed, ...campaignPages];
  const inIndex = (section: ListedSection) => (locale: Locale) =>
    cardPages.filter((p) => p.kind === section && p.locale === locale).length;
  const onTopic = (topic: Topic) => (locale: Locale) =>
    cardPages.filter((p) => p.locale === locale && p.entry.data.topics.includes(topic.id)).length;
  const all: SitePage[] = [
    ...everyLocale(homePath, { kind: 'home' as const }),
    ...everyLocale((l) => sectionPath('search', l), { kind: 'search' as const }),
    ...everyLocale((l) => sectionPath('downloads', l), { kind: 'downloads' as const }),
    ...everyLocale((l) => sectionPath('offline', l), { kind: 'offline' as const }),
    ...audiences.flatMap((audience) =>
      everyLocale((l) => sectionPath(audience, l), { kind: 'hub' as const, audience }),
    ),
    ...topics.flatMap((topic) =>
      pagedLists((l) => entryPath('topics', l, topic.id), onTopic(topic), { kind: 'topic' as const, topic }),
    ),
    ...listedSections.flatMap((section) =>
      pagedLists((l) => sectionPath(section, l), inIndex(section), { kind: 'index' as const, section }),
    ),
    ...listed,
    ...entryPages(guides.filter(isParentGuide), inSection('republish'))
      // A newsroom republishes a guide in the language it is written in: an untranslated guide
      // gets no copy under /en/ (at 1,000 guides those copies were 342 pages of repeated text);
      // its language switch goes to the guide's page in the other language instead.
      .filter((p) => p.locale === p.contentLocale)
      .map((p) => ({
        ...p,
        kind: 'guide-article' as const,
        switchTo: p.translations[otherLocale(p.locale)] ?? inSection('guides')(otherLocale(p.locale), p.entry),
      })),
    ...entryPages(quizzes, inSection('embed')).map((p) => ({ ...p, kind: 'quiz-embed' as const })),
    ...entryPages(quizzes, inSection('classroom')).map((p) => ({ ...p, kind: 'quiz-classroom' as const })),
    ...campaignPages,
    ...entryPages(pages, (l, entry) => rootPagePath(l, entry.data.slug)).map((p) =>
      p.entry.data.role === 'press' ? { ...p, kind: 'press' as const } : { ...p, kind: 'pages' as const },
    ),
    ...everyLocale((l) => entryPath('embed', l, helpBoxSlugs[l]), { kind: 'help-embed' as const }),
    ...navigators.map((entry) => {
      const { locale } = splitEntryId(entry.id);
      return {
        kind: 'navigator' as const,
        entry,
        ...everyLocale((l) => sectionPath('navigator', l), {}).find((p) => p.locale === locale)!,
      };
    }),
    ...navigators.map((entry) => {
      const { locale } = splitEntryId(entry.id);
      return {
        kind: 'navigator-embed' as const,
        entry,
        ...everyLocale(navigatorEmbedPath, {}).find((p) => p.locale === locale)!,
      };
    }),
  ];
  throwIfProblems(
    duplicatePathProblems(
      all.map((page) => ({
        path: page.path,
        source: 'entry' in page ? entryFile(entryCollection[page.kind], page.entry) : `the ${page.kind} page`,
      })),
    ),
  );
  return all;
}

/** The path of a guide (or any entry) in a locale, by its file key, for cross-links. */
export async function guidePathByKey(
  locale: Locale,
  key: string,
): Promise<{ path: string; title: string } | undefined> {
  const entry = (await inLocale('guides', locale)).find((e) => splitEntryId(e.id).key === key);
  return entry ? { path: entryPath('guides', locale, entrySlug(entry)), title: entry.data.title } : undefined;
}
