/**
 * The 1080×1080 square images partners post (campaigns, quizzes and sections),
 * in one language, derived from the page list: src/lib/page-meta.ts decides
 * which pages have one, src/pages/hinh-vuong/ renders them, and the press page
 * lists them (src/components/SquareImages.astro).
 */
import type { Locale } from '../i18n/locales';
import { pageMeta } from './page-meta';
import { sitePages } from './site-pages';

export interface SquareImage {
  /** The PNG: /hinh-vuong/… */
  path: string;
  /** The page the image stands for. */
  pagePath: string;
  title: string;
  /** Sections first, then campaigns, then quizzes: the order partners look for them in. */
  group: 'sections' | 'campaigns' | 'quizzes';
}

const groupOrder: SquareImage['group'][] = ['sections', 'campaigns', 'quizzes'];

export async function squareImages(locale: Locale): Promise<SquareImage[]> {
  const images: SquareImage[] = [];
  for (const page of await sitePages()) {
    const meta = pageMeta(page);
    if (page.locale !== locale || !meta.squareImagePath) continue;
    const group = page.kind === 'campaigns' || page.kind === 'quizzes' ? page.kind : 'sections';
    images.push({ path: meta.squareImagePath, pagePath: page.path, title: meta.card.title, group });
  }
  return images.sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group));
}
