/**
 * Which pages carry the "Exit this page" button: one predicate, read by every view
 * through the page list. Pages about harm or help carry it, and the whole children's section.
 */
import { harms } from '../schemas/guides';
import type { SitePage } from './site-pages';

const harmTopics: readonly string[] = harms;

export function carriesExitThisPage(page: SitePage): boolean {
  switch (page.kind) {
    case 'guides':
      return page.entry.data.exitThisPage;
    case 'hub':
      return page.audience === 'children';
    case 'index':
      return page.section === 'quizzes';
    case 'topic':
      return harmTopics.includes(page.topic.id);
    case 'navigator':
    case 'quizzes':
      return true;
    case 'home':
    case 'search':
    case 'downloads':
    case 'offline':
    case 'controls':
    case 'lessons':
    case 'campaigns':
    case 'pages':
    case 'quiz-embed':
      return false;
  }
}
