import { describe, expect, it } from 'vitest';
import { headingFontCharacters, headingTextOf, vietnameseAlphabet } from '../../src/lib/heading-font-text';

describe('heading font subset', () => {
  it('covers every lowercase Vietnamese letter with each tone mark', () => {
    const alphabet = vietnameseAlphabet();
    for (const ch of 'ăâêôơưđằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữựỳýỷỹỵĐ') expect(alphabet).toContain(ch);
    expect([...alphabet]).toHaveLength(12 * 6 + 2);
  });

  it('reads heading text and the other heading-font elements, decoding entities', () => {
    const html = '<h1 class="x">Đó là <em>gì</em>?</h1><p>Không lấy “đoạn” này</p><span class="app-hotline__call">Gọi 111</span><h2>Bạn &amp; con</h2>';
    expect(headingTextOf(html)).toBe('Đó là gì? Bạn & con Gọi 111');
  });

  it('adds capitals and punctuation found in headings to the fixed set', () => {
    const chars = headingFontCharacters(['<h2>“Ở NHÀ” – Ữ</h2>']);
    for (const ch of '“”–ỞỮ') expect(chars).toContain(ch);
    expect(chars).not.toContain('Ẩ');
  });
});
