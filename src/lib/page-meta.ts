/**
 * What each page is, beyond its path: title, description, "Exit this page",
 * noindex, audience, search filters, social-card text and breadcrumbs. One
 * exhaustive switch per page kind, read by the views (through the Base
 * layout), the social cards, the sitemap, RSS and the search index, so
 * nothing else decides these things (after Starlight's route data).
 */
import { site } from '../config/site';
import { fill, useTranslations, type UiKey } from '../i18n/t';
import type { Audience } from '../schemas/shared';
import { carriesExitThisPage } from './exit-this-page';
import {
  entryPath,
  entrySlug,
  homePath,
  rootPagePath,
  sectionPath,
  socialCardPath,
  squareImagePath,
  type Section,
} from './routes';
import type { SearchFilters } from './search-filters';
import type { CardText } from './social-card';
import type { ListedSection, Paging, SitePage } from './site-pages';

export interface Breadcrumb {
  label: string;
  path: string;
}

export interface PageMeta {
  /** The page's own title: its heading, og:title and the start of <title>. */
  title: string;
  /** The whole <title>: the home page's title already names the site. */
  documentTitle: string;
  description: string;
  /** Show "Exit this page" (rules in src/lib/exit-this-page.ts). */
  exit: boolean;
  /** Keep out of search engines and the sitemap. */
  noindex: boolean;
  /** In the Pagefind index: indexable, and written in the interface language (fallback pages are not). */
  searchIndexed: boolean;
  /** Who the page is for; empty for pages for everyone. */
  audience: Audience[];
  /** Pagefind filters, for pages that are search results of a kind. */
  search: SearchFilters | undefined;
  /** What the page's social card says (for a shared card, what the owner's card says). */
  card: CardText;
  /** The og:image: the page's own card, or the card of the page it shares one with. */
  cardPath: string;
  /** Only these pages get a card rendered (src/pages/og/); every other page points at one of them. */
  ownsCard: boolean;
  /** The 1080×1080 square image for partners' posts, on campaigns, quizzes and sections only. */
  squareImagePath: string | undefined;
  /** The pages above this one, from the home page down; empty on the home page. */
  breadcrumbs: Breadcrumb[];
  /** The page search engines should index instead (canonical link, social card), when it is another. */
  canonicalPath: string | undefined;
}

/** The heading of each section index, shared by its page, its breadcrumb and its social card. */
export const sectionTitleKeys = {
  guides: 'hub.guides',
  controls: 'hub.controls',
  lessons: 'hub.lessons',
  quizzes: 'hub.quizzes',
  campaigns: 'kind.campaign',
} as const satisfies Record<ListedSection, UiKey>;

/** A guide whose only audience is children is one of the children's pages. */
export function isChildrenPage(audience: readonly Audience[]): boolean {
  return audience.length === 1 && audience[0] === 'children';
}

/** The kind label of an entry page, shared by search results and content cards. */
export function entryKindKey(
  kind: 'guides' | 'controls' | 'lessons' | 'quizzes' | 'campaigns',
  audience: readonly Audience[],
) {
  const keys = {
    guides: 'kind.guide',
    controls: 'kind.control',
    lessons: 'kind.lesson',
    quizzes: 'kind.quiz',
    campaigns: 'kind.campaign',
  } as const;
  return kind === 'guides' && isChildrenPage(audience) ? 'kind.children' : keys[kind];
}

interface KindMeta {
  title: string;
  description: string;
  noindex?: boolean;
  /** Left out of the site search though indexable (later pages of a list: page 1 is the result to show). */
  notInSearch?: boolean;
  audience?: Audience[];
  search?: SearchFilters;
  /** The small label above the title on the social card. */
  cardLabel: string;
  /** The social card's title, when it is not the page title. */
  cardTitle?: string;
  /**
   * The page whose social card this page shares: its own path, or a page that
   * owns its card. A PNG per page was most of the dist at 1,000 guides, so only
   * pages people share and search engines show get their own: noindex pages
   * share the card of the page they stand for, fallback pages the original's.
   */
  cardFor: string;
  /** Has a 1080×1080 square image (campaigns, quizzes and sections, not every page: DESIGN §9). */
  square?: boolean;
  breadcrumbs: Breadcrumb[];
  canonicalPath?: string;
}

/**
 * The page that shows an entry in its own language: the page itself, or, for a
 * fallback page (English interface, Vietnamese text), embed or classroom view,
 * the original entry page whose card it shares.
 */
function originalPath(
  section: Section,
  page: { contentLocale: SitePage['locale']; entry: { id: string; data: { slug?: string | undefined } } },
): string {
  return entryPath(section, page.contentLocale, entrySlug(page.entry));
}

/**
 * A later page of a paged list (/huong-dan/trang-2/) is the list's own metadata
 * with its page number in the title and the first page's social card. Its
 * breadcrumbs stay the list's (a long topic name would push the heading below the
 * first screen on a phone); its page links always lead back to the first page.
 * It stays indexable and in the sitemap, so search engines reach every entry it
 * lists, but out of the site search, where the first page is the result to show.
 * Each page is its own canonical URL.
 */
function listPage(page: Paging & { locale: SitePage['locale'] }, meta: KindMeta): KindMeta {
  if (page.pageNumber === 1) return meta;
  const t = useTranslations(page.locale);
  return {
    ...meta,
    title: `${meta.title} (${fill(t('list.pageOf'), { n: page.pageNumber, count: page.pageCount })})`,
    cardTitle: meta.cardTitle ?? meta.title,
    notInSearch: true,
    cardFor: page.firstPath,
    // The square image is the list's, on its first page.
    square: false,
  };
}

function kindMeta(page: SitePage): KindMeta {
  const t = useTranslations(page.locale);
  const home: Breadcrumb = { label: t('nav.home'), path: homePath(page.locale) };
  const section = (name: Section, key: UiKey): Breadcrumb => ({ label: t(key), path: sectionPath(name, page.locale) });
  const index = (name: ListedSection): Breadcrumb => section(name, sectionTitleKeys[name]);
  // Pages no one shares on their own (search, offline, the help box) carry the home page's card.
  const siteCard = { cardLabel: site.name, cardTitle: site.tagline[page.locale], cardFor: homePath(page.locale) };
  switch (page.kind) {
    case 'home':
      return {
        title: t('home.title'),
        description: site.tagline[page.locale],
        cardTitle: site.tagline[page.locale],
        cardLabel: site.name,
        cardFor: page.path,
        breadcrumbs: [],
      };
    case 'search':
      return {
        title: t('search.title'),
        description: t('search.noJs'),
        noindex: true,
        ...siteCard,
        breadcrumbs: [home],
      };
    case 'offline':
      // Shown by the service worker in place of pages that are not saved; no one searches for it.
      return {
        title: t('offline.title'),
        description: t('offline.lede'),
        noindex: true,
        ...siteCard,
        breadcrumbs: [home],
      };
    case 'downloads':
      return {
        title: t('hub.downloads'),
        description: t('hub.teachers.lede'),
        audience: ['teachers'],
        cardLabel: t('nav.teachers'),
        cardFor: page.path,
        breadcrumbs: [home, section('teachers', 'hub.teachers.title')],
      };
    case 'hub':
      return {
        title: t(`hub.${page.audience}.title`),
        description: t(`hub.${page.audience}.lede`),
        audience: [page.audience],
        cardLabel: site.name,
        cardFor: page.path,
        square: true,
        breadcrumbs: [home],
      };
    case 'topic':
      return listPage(page, {
        title: page.topic.label[page.locale],
        description: page.topic.description[page.locale],
        cardLabel: t('article.topics'),
        cardFor: page.path,
        breadcrumbs: [home],
      });
    case 'index': {
      const title = t(sectionTitleKeys[page.section]);
      return listPage(page, {
        title,
        description: `${title}: ${t('home.lede')}`,
        cardLabel: site.name,
        cardFor: page.path,
        square: true,
        breadcrumbs: [home],
      });
    }
    case 'navigator': {
      const { data } = page.entry;
      return {
        title: data.title,
        description: data.description,
        cardLabel: t('nav.navigator'),
        cardFor: page.path,
        breadcrumbs: [home],
      };
    }
    case 'guides':
    case 'controls':
    case 'lessons':
    case 'quizzes':
    case 'campaigns': {
      const { data } = page.entry;
      const kind = entryKindKey(page.kind, data.audience);
      return {
        title: data.title,
        description: data.description,
        audience: data.audience,
        search: { kind, audience: data.audience, topics: data.topics },
        // The card says "guide" for children's guides too: the card is for sharing, not filtering.
        cardLabel: t(entryKindKey(page.kind, [])),
        cardFor: originalPath(page.kind, page),
        // Quizzes and campaigns are what partners post; a fallback page would repeat the original's image.
        square: (page.kind === 'quizzes' || page.kind === 'campaigns') && page.contentLocale === page.locale,
        breadcrumbs: [home, index(page.kind)],
      };
    }
    case 'pages':
    case 'press': {
      const { data } = page.entry;
      return {
        title: data.title,
        description: data.description,
        search: { kind: 'kind.page', audience: [], topics: [] },
        cardLabel: site.name,
        cardFor: rootPagePath(page.contentLocale, data.slug),
        breadcrumbs: [home],
      };
    }
    case 'help-embed':
      // Beside partners' stories about harm; the 111 page is the one to index.
      return { title: t('helpBox.title'), description: t('helpBox.lede'), noindex: true, ...siteCard, breadcrumbs: [] };
    case 'guide-article': {
      // A copy for newsrooms: the guide is the page to index and share.
      const { data } = page.entry;
      const guidePath = entryPath('guides', page.locale, entrySlug(page.entry));
      return {
        title: `${t('republish.title')}: ${data.title}`,
        description: data.description,
        noindex: true,
        audience: data.audience,
        cardLabel: t('kind.guide'),
        cardTitle: data.title,
        cardFor: originalPath('guides', page),
        // The guide's own title is in the h1 and the page links to it; a third crumb with a long
        // title pushed the h1 below a phone's first screen.
        breadcrumbs: [home, index('guides')],
        canonicalPath: guidePath,
      };
    }
    case 'navigator-embed': {
      // Partners' iframes: the navigator page is the one to index.
      const { data } = page.entry;
      return {
        title: data.title,
        description: data.description,
        noindex: true,
        cardLabel: t('nav.navigator'),
        cardFor: sectionPath('navigator', page.locale),
        breadcrumbs: [],
      };
    }
    case 'quiz-classroom': {
      // A projector view of a quiz for teachers: the quiz page is the one to index.
      const { data } = page.entry;
      return {
        title: `${data.title}: ${t('quiz.classroom')}`,
        description: data.description,
        noindex: true,
        audience: ['teachers'],
        cardLabel: t('kind.quiz'),
        cardTitle: data.title,
        cardFor: originalPath('quizzes', page),
        breadcrumbs: [home, index('quizzes')],
      };
    }
    case 'quiz-embed': {
      // Partners' iframes: no site navigation, and the quiz page is the one to index.
      const { data } = page.entry;
      return {
        title: data.title,
        description: data.description,
        noindex: true,
        audience: data.audience,
        cardLabel: t('kind.quiz'),
        cardFor: originalPath('quizzes', page),
        breadcrumbs: [],
      };
    }
  }
}

export function pageMeta(page: SitePage): PageMeta {
  const t = useTranslations(page.locale);
  const meta = kindMeta(page);
  const noindex = meta.noindex ?? false;
  return {
    title: meta.title,
    documentTitle: page.kind === 'home' ? meta.title : `${meta.title} | ${site.name}`,
    description: meta.description,
    exit: carriesExitThisPage(page),
    noindex,
    searchIndexed: !noindex && !meta.notInSearch && page.contentLocale === page.locale,
    audience: meta.audience ?? [],
    search: meta.search,
    card: {
      title: meta.cardTitle ?? meta.title,
      label: meta.cardLabel,
      siteName: site.name,
      province: site.province[page.locale],
      hotline: `${t('hotline.call')} · ${t('hotline.free')}`,
    },
    cardPath: socialCardPath(meta.cardFor),
    ownsCard: meta.cardFor === page.path,
    squareImagePath: meta.square ? squareImagePath(page.path) : undefined,
    breadcrumbs: meta.breadcrumbs,
    canonicalPath: meta.canonicalPath,
  };
}
