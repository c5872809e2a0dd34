/**
 * Who stands behind the site: while no publisher is configured every page
 * says it is an independent draft and offers no corrections link; once one
 * is set, every page links to the corrections channel with its own address.
 */
import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../src/schemas/site-config';
import { site } from '../../src/config/site';
import { correctionsHref, publisherNotice } from '../../src/lib/publisher';

const publisher = {
  name: { vi: 'Đơn vị thử', en: 'Test body' },
  address: { vi: 'Bắc Ninh', en: 'Bac Ninh' },
  contact: 'lienhe@example.org',
  corrections: 'mailto:baoloi@example.org',
};

describe('publisher', () => {
  it('is unset today, so pages say the site is an independent draft', () => {
    expect(site.publisher).toBeUndefined();
    expect(publisherNotice(site.publisher, 'vi', 'https://x.vn/a/', 'Báo lỗi nội dung')).toEqual({ kind: 'draft' });
  });

  it('once set, gives every page a corrections link naming that page', () => {
    const config = siteConfigSchema.parse({ ...site, url: 'https://x.vn', publisher });
    const notice = publisherNotice(config.publisher, 'vi', 'https://x.vn/huong-dan/a/', 'Báo lỗi nội dung');
    expect(notice).toMatchObject({ kind: 'published', name: 'Đơn vị thử', contact: 'lienhe@example.org' });
    expect(notice.kind === 'published' && notice.correctionsHref).toBe(
      `mailto:baoloi@example.org?subject=${encodeURIComponent('Báo lỗi nội dung: https://x.vn/huong-dan/a/')}`,
    );
  });

  it('passes the page address to a web form as a query parameter', () => {
    expect(correctionsHref('https://form.example.org/bao-loi', 'https://x.vn/a/', 'x')).toBe(
      'https://form.example.org/bao-loi?trang=https%3A%2F%2Fx.vn%2Fa%2F',
    );
  });

  it('rejects a corrections channel that is neither mailto: nor https:', () => {
    const result = siteConfigSchema.safeParse({
      ...site,
      url: 'https://x.vn',
      publisher: { ...publisher, corrections: 'http://x.vn' },
    });
    expect(result.success).toBe(false);
  });
});
