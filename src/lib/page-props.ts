import { pageMeta } from './page-meta';
import { embedPreviewKinds, searchKinds } from '../deploy/page-csp';
import { canSaveForOffline, isOfflineCore } from './offline-core';
import { searchWeights, type SearchWeight } from './search-weights';
import type { SitePage } from './site-pages';

/**
 * What every view passes on to the Base layout: the page's route and its
 * metadata (src/lib/page-meta.ts). Views spread this and add nothing of their own.
 */
export function baseProps(page: SitePage) {
  const meta = pageMeta(page);
  return {
    locale: page.locale,
    contentLocale: page.contentLocale,
    path: page.path,
    translations: page.translations,
    switchTo: page.switchTo,
    title: meta.title,
    documentTitle: meta.documentTitle,
    description: meta.description,
    exit: meta.exit,
    noindex: meta.noindex,
    searchIndexed: meta.searchIndexed,
    search: meta.search,
    answersSearch: (searchWeights as Partial<Record<SitePage['kind'], SearchWeight>>)[page.kind]?.answers ?? false,
    breadcrumbs: meta.breadcrumbs,
    cardPath: meta.cardPath,
    cardAlt: meta.card.title,
    // The page's own CSP follows its kind (src/deploy/page-csp.ts).
    previewsEmbeds: embedPreviewKinds.includes(page.kind),
    runsSearch: searchKinds.includes(page.kind),
    offlineCore: isOfflineCore(page),
    saveForOffline: canSaveForOffline(page),
  };
}
