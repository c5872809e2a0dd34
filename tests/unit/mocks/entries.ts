/** A content entry for the mocked astro:content, with the fields every collection's tests need filled in. */
const common = {
  description: 'Mô tả đủ dài cho một trang thử.',
  ageBands: [],
  topics: ['reporting'],
  reviewed: new Date('2026-11-28'),
  sources: ['s'],
  draft: false,
};

export const mockEntry = (collection: string, id: string, data: Record<string, unknown>) => ({
  id,
  collection,
  data: { ...common, title: `${collection} ${id}`, ...data },
});
