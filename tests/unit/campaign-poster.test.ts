/** The A4 campaign poster: one page with the hotline, the three actions, the address, and the preview note only on local builds. */
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPoster, type PosterInput } from '../../src/downloads/campaign-poster';
import { campaignPosterPath } from '../../src/lib/routes';

const input: PosterInput = {
  siteName: 'An toàn số',
  province: 'Bắc Ninh',
  theme: 'Bảo vệ trẻ em trên môi trường mạng',
  hotline: '111',
  callLine: 'Gọi 111',
  whenLine: 'Miễn phí, 24/24 giờ',
  actionsHeading: 'Ba việc cần nhớ',
  actions: ['Kể cho một người lớn tin cậy.', 'Gọi 111 miễn phí, bất cứ lúc nào.', 'Gọi 113 nếu em đang gặp nguy hiểm.'],
  address: 'https://an-toan-so.example/',
  previewNote: undefined,
  language: 'vi-VN',
};

async function read(pdf: Uint8Array) {
  return extractText(await getDocumentProxy(pdf), { mergePages: true });
}

describe('renderPoster', () => {
  it('is one A4 page with the hotline, the theme, every action and the address, in Vietnamese letters', async () => {
    const pdf = await renderPoster(input);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const { text, totalPages } = await read(pdf);
    expect(totalPages).toBe(1);
    for (const words of [
      '111',
      'Gọi 111',
      'Miễn phí, 24/24 giờ',
      input.theme,
      'Ba việc cần nhớ',
      ...input.actions,
      input.address,
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(words);
    }
    expect(text).not.toContain('bản xem thử');
  });

  it('says on paper when the address is a local preview', async () => {
    const { text, totalPages } = await read(
      await renderPoster({
        ...input,
        address: 'http://localhost:4321/',
        previewNote: 'Đây là bản xem thử trên máy này.',
      }),
    );
    expect(totalPages).toBe(1);
    expect(text).toContain('Đây là bản xem thử trên máy này.');
  });

  it('refuses anything but three actions', async () => {
    await expect(renderPoster({ ...input, actions: input.actions.slice(0, 2) })).rejects.toThrow('exactly 3 actions');
  });
});

describe('campaignPosterPath', () => {
  it('sits among the downloads of each language', () => {
    expect(campaignPosterPath('vi', 'ke-hoach-191-bac-ninh')).toBe('/tai-lieu/ap-phich-ke-hoach-191-bac-ninh.pdf');
    expect(campaignPosterPath('en', 'plan-191')).toBe('/en/downloads/poster-plan-191.pdf');
  });
});
