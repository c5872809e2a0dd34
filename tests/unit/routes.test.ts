import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  entryPath,
  entrySlug,
  homePath,
  rootPagePath,
  sectionPath,
  sections,
  splitEntryId,
} from '../../src/lib/routes';
import { bandZipPath, lessonFilePath } from '../../src/lib/download-paths';

describe('routes', () => {
  it('puts Vietnamese at the root and English under /en/', () => {
    expect(homePath('vi')).toBe('/');
    expect(homePath('en')).toBe('/en/');
    expect(sectionPath('guides', 'vi')).toBe('/huong-dan/');
    expect(sectionPath('guides', 'en')).toBe('/en/guides/');
    expect(entryPath('controls', 'vi', 'zalo')).toBe('/kiem-soat-cha-me/zalo/');
    expect(rootPagePath('en', 'privacy')).toBe('/en/privacy/');
  });

  it('uses Vietnamese segments without diacritics', () => {
    for (const segment of Object.values(sections).map((s) => s.vi)) expect(segment).toMatch(/^[a-z0-9-]+$/);
  });

  it('splits entry ids and prefers a frontmatter slug', () => {
    expect(splitEntryId('en/du-do')).toEqual({ locale: 'en', key: 'du-do' });
    expect(() => splitEntryId('fr/x')).toThrow(/vi\/ or en\//);
    expect(entrySlug({ id: 'en/du-do', data: { slug: 'grooming' } })).toBe('grooming');
    expect(entrySlug({ id: 'vi/du-do', data: {} })).toBe('du-do');
  });

  it('keeps the downloads endpoint folder in step with the route table', () => {
    expect(existsSync(`src/pages/${sections.downloads.vi}/[file].ts`)).toBe(true);
    expect(lessonFilePath('bai-1', 'pdf')).toBe('/tai-lieu/bai-1.pdf');
    expect(bandZipPath('thcs')).toBe('/tai-lieu/bai-giang-thcs.zip');
  });
});
