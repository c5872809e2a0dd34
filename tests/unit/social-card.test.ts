import { describe, expect, it } from 'vitest';
import { socialCardSvg, wrapWords } from '../../src/lib/social-card';
import { socialCardPath } from '../../src/lib/routes';

describe('social cards', () => {
  it('live at a path derived from the page path', () => {
    expect(socialCardPath('/')).toBe('/og/index.png');
    expect(socialCardPath('/en/')).toBe('/og/en.png');
    expect(socialCardPath('/huong-dan/du-do-tre-qua-mang/')).toBe('/og/huong-dan/du-do-tre-qua-mang.png');
  });

  it('wrap long titles and cut them with an ellipsis', () => {
    expect(wrapWords('Tổng đài 111 giúp gì', 30, 4)).toEqual(['Tổng đài 111 giúp gì']);
    const lines = wrapWords('một hai ba bốn năm sáu bảy tám chín mười '.repeat(6), 20, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(21);
  });

  it('escape the title and show the hotline', () => {
    const svg = socialCardSvg({ title: 'Bạn & con <3', label: 'Hướng dẫn', siteName: 'An toàn số', province: 'Bắc Ninh', hotline: 'Gọi 111 · Miễn phí, 24/7' });
    expect(svg).toContain('Bạn &amp; con &lt;3');
    expect(svg).toContain('Gọi 111 · Miễn phí, 24/7');
    expect(svg).not.toContain('<3');
  });
});
