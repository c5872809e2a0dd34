/**
 * The site's hubs (audience hubs, the navigator, every section index and the
 * downloads page) and its top tasks, from the route table and the page kinds:
 * the footer lists the hubs, home and the parents' hub show the top tasks.
 */
import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/t';
import { audiences } from '../schemas/shared';
import { sectionPath, type Section } from './routes';
import { sectionTitleKeys } from './page-meta';
import { listedSections } from './site-pages';

export interface HubLink {
  section: Section;
  path: string;
  labelKey: UiKey;
}

const hubLabelKeys: Partial<Record<Section, UiKey>> = {
  ...Object.fromEntries(audiences.map((audience) => [audience, `nav.${audience}` as const])),
  navigator: 'nav.navigator',
  ...sectionTitleKeys,
  downloads: 'hub.downloads',
};

const link = (section: Section, locale: Locale): HubLink => ({
  section,
  path: sectionPath(section, locale),
  labelKey: hubLabelKeys[section]!,
});

/** Every hub page, in reading order: audiences, navigator, section indexes, downloads. */
export function hubLinks(locale: Locale): HubLink[] {
  return ([...audiences, 'navigator', ...listedSections, 'downloads'] as const).map((section) => link(section, locale));
}

/** What most visitors come to do, besides reading a guide: tiles on home and on the parents' hub. */
export const topTaskSections = ['controls', 'navigator', 'quizzes', 'downloads'] as const satisfies readonly Section[];

export function topTasks(locale: Locale): (HubLink & { textKey: UiKey })[] {
  return topTaskSections.map((section) => ({ ...link(section, locale), textKey: `task.${section}` as const }));
}
