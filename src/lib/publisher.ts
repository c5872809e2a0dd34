/**
 * Who stands behind the site, as every page footer and the About page say it.
 * Until an agency adopts the site (site.publisher unset), pages say plainly
 * that it is an independent draft; once set, they name the publisher and
 * every page offers "Báo lỗi nội dung trang này" to the corrections channel.
 */
import type { Locale } from '../i18n/locales';
import type { Publisher } from '../schemas/site-config';

export type PublisherNotice =
  { kind: 'draft' } | { kind: 'published'; name: string; address: string; contact: string; correctionsHref: string };

/**
 * The corrections link for one page: a mailto: gets the page address in its
 * subject, an https: form gets it as the `trang` query parameter, so the
 * editor knows which page the reader means.
 */
export function correctionsHref(channel: string, pageUrl: string, subject: string): string {
  if (channel.startsWith('mailto:')) {
    const separator = channel.includes('?') ? '&' : '?';
    return `${channel}${separator}subject=${encodeURIComponent(`${subject}: ${pageUrl}`)}`;
  }
  const url = new URL(channel);
  url.searchParams.set('trang', pageUrl);
  return url.toString();
}

export function publisherNotice(
  publisher: Publisher | undefined,
  locale: Locale,
  pageUrl: string,
  subject: string,
): PublisherNotice {
  if (!publisher) return { kind: 'draft' };
  return {
    kind: 'published',
    name: publisher.name[locale],
    address: publisher.address[locale],
    contact: publisher.contact,
    correctionsHref: correctionsHref(publisher.corrections, pageUrl, subject),
  };
}
