/** The children's pages the children's issue promised exist in both languages, for the right ages. */
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content-files';
import type { GuideData } from '../../src/schemas/guides';

const guides = readCollection('guides');
const page = (locale: 'vi' | 'en', key: string) =>
  guides.find((file) => file.locale === locale && file.key === key)?.data as GuideData | undefined;

describe("children's pages", () => {
  it.each([
    ['khi-em-goi-111', ['8-10', '11-13']],
    ['khi-moi-thu-qua-suc', ['14-15']],
  ])('%s exists in vi and en, for children aged %j, and names 111', (key, ages) => {
    for (const locale of ['vi', 'en'] as const) {
      const data = page(locale, key);
      expect(data, `${locale}/${key}`).toBeDefined();
      expect(data!.audience).toEqual(['children']);
      expect(data!.ageBands).toEqual(ages);
      expect(data!.summary.join(' ')).toContain('111');
    }
  });
});
