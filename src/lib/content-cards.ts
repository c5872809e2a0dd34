/**
 * A card for every listed entry, per locale: what hubs, topic pages, section
 * indexes and the home page show. English lists include Vietnamese entries
 * that have no translation yet, marked with their content language.
 */
import { locales, type Locale } from '../i18n/locales';
import type { AgeBand, Audience } from '../schemas/shared';
import type { Device } from '../schemas/controls';
import type { CurriculumSlot } from './lesson-curriculum';
import { entryKindKey, pageMeta } from './page-meta';
import { sitePages, type SitePage } from './site-pages';
import { splitEntryId } from './routes';
import { lastUpdated } from './page-dates';
import { byImportance, pageItems } from './card-lists';
import { oncePerBuild } from './once-per-build';
import { isUrgentHarm } from './urgent-harms';

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
  /** A guide about a harm where a parent may need to act tonight: listed first (src/lib/card-lists.ts). */
  urgent: boolean;
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
    urgent: 'harm' in data && isUrgentHarm(data.harm),
  };
}

/**
 * Every card on the site, per locale, once per build (src/lib/once-per-build.ts):
 * every guide page asks for them to pick its onward links.
 */
const allCards = oncePerBuild(async (): Promise<Record<Locale, Card[]>> => {
  const pages = (await sitePages()).filter(isCardPage);
  return Object.fromEntries(
    locales.map((locale) => [locale, pages.filter((p) => p.locale === locale).map(toCard)]),
  ) as Record<Locale, Card[]>;
});

export async function cardsFor(locale: Locale, filter: (card: Card) => boolean = () => true): Promise<Card[]> {
  return (await allCards())[locale].filter(filter);
}

/** The cards a paged list holds, in its order: a section's index A–Z, a topic most important first. */
export function listCards(page: Extract<SitePage, { kind: 'index' | 'topic' }>): Promise<Card[]> {
  if (page.kind === 'index') {
    return cardsFor(page.locale, (card) => card.kind === page.section).then((cards) =>
      cards.sort((a, b) => a.title.localeCompare(b.title, page.locale) || a.path.localeCompare(b.path)),
    );
  }
  return cardsFor(page.locale, (card) => card.topics.includes(page.topic.id)).then((cards) =>
    cards.sort((a, b) => byImportance(a, b) || a.path.localeCompare(b.path)),
  );
}

/** The cards on one page of a paged list. */
export async function listPageCards(page: Extract<SitePage, { kind: 'index' | 'topic' }>): Promise<Card[]> {
  return pageItems(await listCards(page), page.pageNumber);
}
