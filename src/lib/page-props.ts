import { carriesExitThisPage } from './exit-this-page';
import type { SitePage } from './site-pages';

/** The route fields every view passes on to the Base layout, and whether the page carries "Exit this page". */
export function baseProps(page: SitePage) {
  return {
    locale: page.locale,
    contentLocale: page.contentLocale,
    path: page.path,
    translations: page.translations,
    switchTo: page.switchTo,
    exit: carriesExitThisPage(page),
  };
}

/** Whether a guide is one of the children's pages (its only audience is children). */
export function isChildrenPage(audience: readonly string[]): boolean {
  return audience.length === 1 && audience[0] === 'children';
}
