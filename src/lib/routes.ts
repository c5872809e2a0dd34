/**
 * The one route table: URL segments per locale, and the functions that build
 * every path on the site. Vietnamese lives at the root, English under /en/.
 * Segments are Vietnamese without diacritics. Published URLs are a promise to
 * partners: tests/unit/published-urls.test.ts fails if one disappears.
 */
import type { Locale } from '../i18n/locales';

export const sections = {
  guides: { vi: 'huong-dan', en: 'guides' },
  controls: { vi: 'kiem-soat-cha-me', en: 'parental-controls' },
  lessons: { vi: 'bai-giang', en: 'lessons' },
  quizzes: { vi: 'trac-nghiem', en: 'quizzes' },
  navigator: { vi: 'toi-nen-lam-gi', en: 'what-should-i-do' },
  search: { vi: 'tim-kiem', en: 'search' },
  campaigns: { vi: 'chien-dich', en: 'campaigns' },
  hotline: { vi: '111', en: '111' },
  parents: { vi: 'phu-huynh', en: 'parents' },
  teachers: { vi: 'giao-vien', en: 'teachers' },
  children: { vi: 'tre-em', en: 'children' },
  topics: { vi: 'chu-de', en: 'topics' },
  downloads: { vi: 'tai-lieu', en: 'downloads' },
  embed: { vi: 'nhung', en: 'embed' },
  /** A quiz on a classroom projector: /lop-hoc/<quiz>/. */
  classroom: { vi: 'lop-hoc', en: 'classroom' },
  offline: { vi: 'ngoai-tuyen', en: 'offline' },
  /** A parent guide as clean HTML for newsrooms: /dang-lai/<guide>/. */
  republish: { vi: 'dang-lai', en: 'republish' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sections;

/** "" for Vietnamese, "/en" for English. */
export function localePrefix(locale: Locale): string {
  return locale === 'vi' ? '' : `/${locale}`;
}

export function homePath(locale: Locale): string {
  return `${localePrefix(locale)}/`;
}

/** The landing path of a section: /huong-dan/, /en/guides/. */
export function sectionPath(section: Section, locale: Locale): string {
  return `${localePrefix(locale)}/${sections[section][locale]}/`;
}

/** A page inside a section: /huong-dan/du-do-tre-qua-mang/. */
export function entryPath(section: Section, locale: Locale, slug: string): string {
  return `${sectionPath(section, locale)}${slug}/`;
}

/** The word in the URL of a list's later pages: /huong-dan/trang-2/, /en/guides/page-2/. */
export const pageSegments = { vi: 'trang', en: 'page' } as const satisfies Record<Locale, string>;

/**
 * Page `n` of a paged list whose first page is `firstPath`: the first page keeps
 * its own URL, later ones add a segment (/chu-de/grooming/trang-3/).
 */
export function pagedPath(firstPath: string, locale: Locale, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`A list page number is a whole number from 1, not ${n}`);
  return n === 1 ? firstPath : `${firstPath}${pageSegments[locale]}-${n}/`;
}

/** A standalone page at the root of its locale: /quyen-rieng-tu/, /en/privacy/. */
export function rootPagePath(locale: Locale, slug: string): string {
  return `${localePrefix(locale)}/${slug}/`;
}

/** A file under a section (downloads): /tai-lieu/an-toan-mat-khau.pdf. */
export function filePath(section: Section, locale: Locale, fileName: string): string {
  return `${sectionPath(section, locale)}${fileName}`;
}

/** Splits a content entry id ("vi/du-do-tre-qua-mang") into locale and translation key. */
export function splitEntryId(id: string): { locale: Locale; key: string } {
  const [locale, ...rest] = id.split('/');
  if (locale !== 'vi' && locale !== 'en') throw new Error(`Content id "${id}" must start with vi/ or en/`);
  return { locale, key: rest.join('/') };
}

/** The URL slug of an entry: its frontmatter `slug`, or its file name. */
export function entrySlug(entry: { id: string; data: { slug?: string | undefined } }): string {
  return entry.data.slug ?? splitEntryId(entry.id).key;
}

/** The social card image of a page: / → /og/index.png, /huong-dan/x/ → /og/huong-dan/x.png. */
export function socialCardPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}

/**
 * The 1080×1080 square image of a campaign, quiz or section, for partners' posts:
 * /chien-dich/x/ → /hinh-vuong/chien-dich/x.png (beside /og/ and /qr/, one tree per kind of image).
 */
export function squareImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/hinh-vuong/${trimmed || 'index'}.png`;
}

/** The RSS feed of a locale, for partners: /rss.xml, /en/rss.xml. */
export function feedPath(locale: Locale): string {
  return `${localePrefix(locale)}/rss.xml`;
}

/** The "Hộp trợ giúp 111" help box partners embed beside stories about harm (its embed page's slug). */
export const helpBoxSlugs = { vi: 'hop-tro-giup-111', en: 'help-box-111' } as const satisfies Record<Locale, string>;

/** The navigator as an embed page, named after the navigator's own segment: /nhung/toi-nen-lam-gi/, /en/embed/what-should-i-do/. */
export function navigatorEmbedPath(locale: Locale): string {
  return entryPath('embed', locale, sections.navigator[locale]);
}

/** The script partners add beside an embed so its iframe follows the embed's height: one URL for every locale. */
export const embedResizeScriptPath = filePath('embed', 'vi', 'tu-dieu-chinh.js');

/** The QR code of a page, made at build: / → /qr/index.svg, /huong-dan/x/ → /qr/huong-dan/x.svg. */
export function qrCodePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/qr/${trimmed || 'index'}.svg`;
}

/** A campaign's radio and TV spot scripts (Word) among the downloads: /tai-lieu/kich-ban-<campaign>.docx, /en/downloads/spot-scripts-<campaign>.docx. */
export function spotScriptsPath(locale: Locale, campaignSlug: string): string {
  return filePath('downloads', locale, `${locale === 'vi' ? 'kich-ban' : 'spot-scripts'}-${campaignSlug}.docx`);
}

/** A campaign's A4 poster (PDF) among the downloads: /tai-lieu/ap-phich-<campaign>.pdf, /en/downloads/poster-<campaign>.pdf. */
export function campaignPosterPath(locale: Locale, campaignSlug: string): string {
  return filePath('downloads', locale, `${locale === 'vi' ? 'ap-phich' : 'poster'}-${campaignSlug}.pdf`);
}
