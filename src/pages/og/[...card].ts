/** A PNG social card for every page, rendered at build from the same page list as the site. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { useTranslations } from '../../i18n/t';
import { brandFontFiles } from '../../lib/brand-font';
import { socialCardPath } from '../../lib/routes';
import { socialCardSvg, type CardText } from '../../lib/social-card';
import { sectionTitleKeys, sitePages, type SitePage } from '../../lib/site-pages';
import { topics } from '../../lib/taxonomy-data';

const fontFiles = [brandFontFiles.regular, brandFontFiles.bold];

function cardText(page: SitePage): CardText {
  const t = useTranslations(page.locale);
  const base = { siteName: site.name, province: site.province[page.locale], hotline: `${t('hotline.call')} · ${t('hotline.free')}` };
  switch (page.kind) {
    case 'home':
      return { ...base, title: site.tagline[page.locale], label: t('home.title').split(':')[0]! };
    case 'hub':
      return { ...base, title: t(`hub.${page.audience}.title`), label: site.name };
    case 'topic':
      return { ...base, title: topics.find((x) => x.id === page.topic.id)!.label[page.locale], label: t('article.topics') };
    case 'index':
      return { ...base, title: t(sectionTitleKeys[page.section]), label: site.name };
    case 'search':
      return { ...base, title: t('search.title'), label: site.name };
    case 'downloads':
      return { ...base, title: t('hub.downloads'), label: t('nav.teachers') };
    case 'navigator':
      return { ...base, title: page.entry.data.title, label: t('nav.navigator') };
    case 'guides':
      return { ...base, title: page.entry.data.title, label: t('kind.guide') };
    case 'controls':
      return { ...base, title: page.entry.data.title, label: t('kind.control') };
    case 'lessons':
      return { ...base, title: page.entry.data.title, label: t('kind.lesson') };
    case 'quizzes':
    case 'quiz-embed':
    case 'quiz-classroom':
      return { ...base, title: page.entry.data.title, label: t('kind.quiz') };
    case 'campaigns':
      return { ...base, title: page.entry.data.title, label: t('kind.campaign') };
    case 'pages':
      return { ...base, title: page.entry.data.title, label: site.name };
  }
}

export const getStaticPaths = (async () => {
  const pages = (await sitePages()).filter((page) => page.kind !== 'quiz-embed');
  return pages.map((page) => ({ params: { card: socialCardPath(page.path).replace(/^\/og\//, '').replace(/\.png$/, '') + '.png' }, props: { text: cardText(page) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const svg = socialCardSvg(props.text as CardText);
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } }).render().asPng();
  return new Response(png.slice(), { headers: { 'Content-Type': 'image/png' } });
};
