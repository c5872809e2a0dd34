/**
 * The neutral core the service worker keeps for use with no signal. Every visitor
 * gets the same core on the first visit, so holding it says nothing about what they
 * read: the home page, the 111 page, the navigator, the children's quizzes, the local
 * help pathway and the offline page itself. Anything else is cached only when the
 * reader chooses "save for offline".
 */
import type { SitePage } from './site-pages';

/** Standalone pages (by their role) that belong to the core. */
const corePageRoles: readonly string[] = ['hotline', 'help-pathway'];

export function isOfflineCore(page: SitePage): boolean {
  switch (page.kind) {
    case 'home':
    case 'navigator':
    case 'quizzes':
    case 'offline':
      return true;
    case 'index':
      // The quizzes' index, not its later pages: the core stays the same size as quizzes are added.
      return page.section === 'quizzes' && page.pageNumber === 1;
    case 'pages':
      return page.entry.data.role !== undefined && corePageRoles.includes(page.entry.data.role);
    case 'search':
    case 'downloads':
    case 'hub':
    case 'topic':
    case 'guides':
    case 'controls':
    case 'lessons':
    case 'campaigns':
    case 'quiz-embed':
    case 'help-embed':
    case 'navigator-embed':
    case 'guide-article':
    case 'press':
    case 'quiz-classroom':
      return false;
  }
}

/** Pages a reader may save for offline reading themselves: guides and lesson packs. */
export function canSaveForOffline(page: SitePage): boolean {
  return page.kind === 'guides' || page.kind === 'lessons';
}
