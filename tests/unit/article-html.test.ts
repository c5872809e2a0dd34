/**
 * A parent guide as clean HTML for newsrooms (src/lib/article-html.ts): only
 * elements a CMS keeps, every link a full address, the urgent section first as on
 * the guide page, the sources and the credit and licence lines; and the licence
 * it names is the one the press page states.
 */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleHtml, type ArticleInput } from '../../src/lib/article-html';
import { readCollection } from '../../src/lib/content-files';
import { useTranslations } from '../../src/i18n/t';
import { contentLicenceUrl } from '../../src/lib/republish';
import { sourcesById } from '../../src/lib/taxonomy-data';

const input: ArticleInput = {
  siteUrl: 'https://an-toan-so.example',
  guidePath: '/huong-dan/bao-cao/',
  title: 'Báo cáo & chặn',
  description: 'Cách báo cáo một tài khoản <xấu>.',
  summaryHeading: 'Tóm tắt',
  summary: ['Chụp màn hình.', 'Gọi 111.'],
  body: [
    'import HotlineLink from "../../../src/components/HotlineLink.astro";',
    '',
    '## Dấu hiệu',
    '',
    'Đọc [trang 111](/111/), [bài bên cạnh](../khac/) và [mục dưới](#lam-gi) hay [UNICEF](https://www.unicef.org/). **Đậm** và _nghiêng_.',
    '',
    '![ảnh](/anh.png)',
    '',
    '<HotlineLink />',
    '',
    '## Làm gì ngay bây giờ',
    '',
    '1. Bình tĩnh.',
    '2. Gọi 111.',
    '',
    '> Con là người bị hại.',
  ].join('\n'),
  sourcesHeading: 'Nguồn',
  sources: [
    { title: 'Tổng đài 111', publisher: 'Bộ Y tế', url: 'https://tongdai111.vn/' },
    { title: 'Luật Trẻ em', publisher: 'Quốc hội' },
  ],
  credit: 'Bài gốc: {link}, trên trang An toàn số.',
  licence: 'Nội dung được dùng lại theo giấy phép {licence}.',
  licenceName: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};

describe('absoluteUrl', () => {
  it('gives site paths, relative paths and anchors the full address of the guide', () => {
    expect(absoluteUrl('/111/', input.siteUrl, input.guidePath)).toBe('https://an-toan-so.example/111/');
    expect(absoluteUrl('../khac/', input.siteUrl, input.guidePath)).toBe('https://an-toan-so.example/huong-dan/khac/');
    expect(absoluteUrl('#lam-gi', input.siteUrl, input.guidePath)).toBe(
      'https://an-toan-so.example/huong-dan/bao-cao/#lam-gi',
    );
    expect(absoluteUrl('https://www.unicef.org/', input.siteUrl, input.guidePath)).toBe('https://www.unicef.org/');
  });
});

describe('articleHtml', () => {
  const html = articleHtml(input);

  it('has the lede, the summary, the headings, paragraphs, lists and quote, escaped', () => {
    expect(html).toContain('<p><strong>Cách báo cáo một tài khoản &lt;xấu&gt;.</strong></p>');
    expect(html).toContain('<h2>Tóm tắt</h2>\n<ul>\n<li>Chụp màn hình.</li>\n<li>Gọi 111.</li>\n</ul>');
    expect(html).toContain('<h2>Dấu hiệu</h2>');
    expect(html).toContain('<strong>Đậm</strong> và <em>nghiêng</em>');
    expect(html).toContain('<ol>\n<li>Bình tĩnh.</li>\n<li>Gọi 111.</li>\n</ol>');
    expect(html).toContain('<blockquote>\n<p>Con là người bị hại.</p>\n</blockquote>');
  });

  it('has only full link addresses, and no images, components, imports, classes, ids, styles or scripts', () => {
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(4);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(html).not.toMatch(/<img|<script|<style|class=|id=|style=|HotlineLink|import /);
    expect(
      [...html.matchAll(/<([a-z0-9]+)/g)]
        .map((m) => m[1])
        .filter((tag) => !['p', 'strong', 'em', 'h2', 'ul', 'ol', 'li', 'a', 'blockquote'].includes(tag!)),
    ).toEqual([]);
  });

  it('moves the urgent section first, as the guide page does, when asked', () => {
    const urgent = articleHtml({ ...input, firstSection: 'Làm gì ngay bây giờ' });
    expect(urgent.indexOf('<h2>Làm gì ngay bây giờ</h2>')).toBeLessThan(urgent.indexOf('<h2>Dấu hiệu</h2>'));
    expect(html.indexOf('<h2>Làm gì ngay bây giờ</h2>')).toBeGreaterThan(html.indexOf('<h2>Dấu hiệu</h2>'));
  });

  it('ends with the sources, then the credit linking the guide and the licence linking its deed', () => {
    expect(html).toContain(
      '<h2>Nguồn</h2>\n<ol>\n<li><a href="https://tongdai111.vn/">Tổng đài 111</a> (Bộ Y tế)</li>\n<li>Luật Trẻ em (Quốc hội)</li>\n</ol>',
    );
    expect(
      html.endsWith(
        '<p>Bài gốc: <a href="https://an-toan-so.example/huong-dan/bao-cao/">Báo cáo &amp; chặn</a>, trên trang An toàn số. ' +
          'Nội dung được dùng lại theo giấy phép <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)</a>.</p>',
      ),
    ).toBe(true);
  });
});

describe('the licence line', () => {
  it('names the licence the press page states, and links the deed the press page cites, in each language', () => {
    const press = readCollection('pages').filter((file) => (file.data as { role?: string }).role === 'press');
    expect(press.map((file) => file.locale).sort()).toEqual(['en', 'vi']);
    for (const file of press) {
      expect(file.body, file.file).toContain(useTranslations(file.locale)('licence.name'));
      const cited = ((file.data as { sources?: string[] }).sources ?? []).map((id) => sourcesById.get(id)?.url);
      expect(cited, file.file).toContain(contentLicenceUrl);
    }
  });
});
