/**
 * Which pages carry the "Exit this page" button: one predicate, read by every view
 * through baseProps. A reader may be in danger on any page that discusses a harm or
 * where to get help, so those carry it: harm and disclosure guides, the reporting
 * topic and guide, the 111 page, search (its queries name the harm), lessons, the
 * navigator and the whole children's section. Embeds (quizzes, the 111 help box, the navigator) carry it too,
 * leaving the whole tab.
 */
import { harms } from '../schemas/guides';
import type { SitePage } from './site-pages';
import type { GuideData } from '../schemas/guides';

/** Topics about a harm, or about getting help with one. */
const harmOrHelpTopics: readonly string[] = [...harms, 'reporting'];

function guideCarriesExit(guide: Pick<GuideData, 'exitThisPage' | 'harm' | 'audience' | 'topics'>): boolean {
  // An author may switch it off or on explicitly; otherwise the guide's subject decides.
  return (
    guide.exitThisPage ??
    (guide.harm !== undefined ||
      guide.audience.includes('children') ||
      guide.topics.some((topic) => harmOrHelpTopics.includes(topic)))
  );
}

export function carriesExitThisPage(page: SitePage): boolean {
  switch (page.kind) {
    case 'guides':
    case 'guide-article':
      return guideCarriesExit(page.entry.data);
    case 'hub':
      return page.audience === 'children';
    case 'index':
      return page.section === 'quizzes';
    case 'topic':
      return harmOrHelpTopics.includes(page.topic.id);
    case 'pages':
      return page.entry.data.role === 'hotline';
    case 'navigator':
    case 'navigator-embed':
    case 'quizzes':
    case 'quiz-embed':
    case 'help-embed':
    case 'lessons':
    case 'quiz-classroom':
    case 'search':
      return true;
    case 'home':
    case 'downloads':
    case 'offline':
    case 'controls':
    case 'campaigns':
    case 'press':
      return false;
  }
}
