/**
 * How lists stay short as the site grows (DESIGN §9: no page lists every other
 * page). Hubs and the home page show a few cards, most important first, and link
 * to the full index; full indexes and topic pages are split into pages of a fixed
 * size. Pure functions, so the bounds are unit-tested with any number of cards.
 */

/** How many items each kind of list shows at most. */
export const listLimits = {
  /** Cards in one section of a hub ("Hướng dẫn" on the parents' hub). */
  hubCards: 6,
  /** Links in one group of a hub ("Theo độ tuổi: 8–10 tuổi"). */
  hubGroupLinks: 8,
  /** Cards on one page of a full index or a topic. */
  indexPage: 24,
  /** "Mới cập nhật" on the home page. */
  latest: 6,
  /** Items in an RSS feed. */
  feed: 50,
  /** Page links either side of the current one in a list's page navigation. */
  pageWindow: 2,
} as const;

/** What the importance order reads from a card. */
export interface Ranked {
  title: string;
  updated: Date;
  /** About a harm where a parent may need to act tonight (src/lib/urgent-harms.ts). */
  urgent: boolean;
}

/** Most important first: urgent harms, then the most recently updated, then by title. */
export function byImportance(a: Ranked, b: Ranked): number {
  return (
    Number(b.urgent) - Number(a.urgent) || b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title)
  );
}

/** Newest change first, then by title: "Mới cập nhật" and the feeds. */
export function byLatest(a: Ranked, b: Ranked): number {
  return b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title);
}

/** The first `limit` items in importance order, and how many there are in all (for "all N"). */
export function mostImportant<T extends Ranked>(items: readonly T[], limit: number): { shown: T[]; total: number } {
  return { shown: [...items].sort(byImportance).slice(0, limit), total: items.length };
}

/** How many pages a list of `total` items takes; an empty list still has its first page. */
export function pageCount(total: number, perPage: number = listLimits.indexPage): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `n` (from 1) of a list already in its order. */
export function pageItems<T>(items: readonly T[], n: number, perPage: number = listLimits.indexPage): T[] {
  return items.slice((n - 1) * perPage, n * perPage);
}

/**
 * The page numbers a list's navigation links to: the first, the last, and a
 * window around the current page, with `gap` where numbers are left out. Every
 * page links to its neighbours, so a crawler walking "next" reaches them all.
 */
export function pageLinks(current: number, count: number, window: number = listLimits.pageWindow): (number | 'gap')[] {
  const shown = [...new Set([1, count, ...Array.from({ length: window * 2 + 1 }, (_, i) => current - window + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ['gap' as const, n] : [n]));
}
