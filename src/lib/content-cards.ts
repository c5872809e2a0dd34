/**
 * A card for every listed entry, per locale: what hubs, topic pages, section
 * indexes and the home page show. English lists include Vietnamese entries
 * that have no translation yet, marked with their content language.
 */
import type { Locale } from '../i18n/locales';
import type { AgeBand, Audience } from '../schemas/shared';
import type { Device } from '../schemas/controls';
import type { CurriculumSlot } from './lesson-curriculum';
import { entryKindKey, pageMeta } from './page-meta';
import { sitePages, type SitePage } from './site-pages';
import { splitEntryId } from './routes';
import { lastUpdated } from './page-dates';

export type CardKind = 'guides' | 'controls' | 'lessons' | 'quizzes' | 'campaigns';

export interface Card {
  kind: CardKind;
  /** Its kind, as the reader sees it ("For children" for children's guides). */
  kindKey: ReturnType<typeof entryKindKey>;
  /** File key shared by translations. */
  key: string;
  title: string;
  description: string;
  path: string;
  /** The language the entry is written in (differs on fallbacks). */
  contentLocale: Locale;
  audience: Audience[];
  topics: string[];
  ageBands: AgeBand[];
  devices: Device[];
  grades: number[];
  /** For lessons: the subjects or activities it can be taught in (lesson-curriculum.ts). */
  curriculum: CurriculumSlot[];
  /** Last change a reader would notice: orders "Mới cập nhật" and the RSS feeds. */
  updated: Date;
}

type EntryPage = Extract<SitePage, { kind: CardKind }>;

function isCardPage(page: SitePage): page is EntryPage {
  return ['guides', 'controls', 'lessons', 'quizzes', 'campaigns'].includes(page.kind);
}

function toCard(page: EntryPage): Card {
  const data = page.entry.data;
  const meta = pageMeta(page);
  return {
    kind: page.kind,
    kindKey: entryKindKey(page.kind, data.audience),
    key: splitEntryId(page.entry.id).key,
    title: meta.title,
    description: meta.description,
    path: page.path,
    contentLocale: page.contentLocale,
    audience: meta.audience,
    topics: data.topics,
    ageBands: 'ageBand' in data ? [data.ageBand] : data.ageBands,
    devices: 'devices' in data ? data.devices : [],
    grades: 'grades' in data ? data.grades : [],
    curriculum: 'curriculum' in data ? data.curriculum : [],
    updated: lastUpdated(data),
  };
}

/**
 * Every card on the site. Not cached in the module: `astro dev` keeps modules
 * between requests, and a cache would serve hubs without the entry just written.
 */
async function allCards(): Promise<Card[]> {
  return (await sitePages()).filter(isCardPage).map(toCard);
}

export async function cardsFor(locale: Locale, filter: (card: Card) => boolean = () => true): Promise<Card[]> {
  const localePaths = locale === 'vi' ? (p: string) => !p.startsWith('/en/') : (p: string) => p.startsWith('/en/');
  return (await allCards()).filter((card) => localePaths(card.path) && filter(card));
}
