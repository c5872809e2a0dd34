/**
 * A synthetic content tree for `npm run bench -- --scale`: the real national
 * content plus about 1,000 guides made from the real ones, varied so that lists,
 * topics and dates look like a grown site rather than one guide copied: each
 * variant gets its own title, an extra topic, its own age bands and dates, and
 * its paragraphs in another order within each section (headings stay in order,
 * so harm guides keep their rhythm). Half are translated, so English lists carry
 * Vietnamese fallback pages. Seeded, so every run builds the same site.
 * Never published: the bench builds it in a temporary folder and deletes it.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** A small seeded generator (mulberry32), so the synthetic site is the same on every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, items) => items[Math.floor(random() * items.length)];

function shuffled(random, items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function splitFile(source, file) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return { data: parse(match[1]), body: match[2] };
}

/** The body with each section's paragraphs in another order; headings and the text before the first one stay put. */
function reorderedBody(random, body) {
  return body
    .split(/\n(?=## )/)
    .map((section) => {
      const blocks = section.split(/\n{2,}/);
      const head = section.startsWith('## ') ? blocks.slice(0, 1) : [];
      return [...head, ...shuffled(random, blocks.slice(head.length))].join('\n\n');
    })
    .join('\n');
}

const day = 24 * 60 * 60 * 1000;
const isoDay = (time) => new Date(time).toISOString().slice(0, 10);

/**
 * Copies `sourceRoot` to `targetRoot` and adds `count` varied guides, every
 * second one with its English translation. Returns what it wrote.
 */
export function writeScaleContent(sourceRoot, targetRoot, { count = 1000, until = '2026-11-28' } = {}) {
  cpSync(sourceRoot, targetRoot, { recursive: true });
  const guideDir = (locale) => path.join(sourceRoot, 'guides', locale);
  const keys = readdirSync(guideDir('vi'))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const topicIds = parse(readFileSync(path.join(sourceRoot, 'data', 'topics.yaml'), 'utf8')).map((topic) => topic.id);
  const ageBands = ['under-8', '8-10', '11-13', '14-15', '16-17'];
  const end = Date.parse(until);
  let translated = 0;
  for (let i = 0; i < count; i += 1) {
    const random = seeded(i + 1);
    const key = keys[i % keys.length];
    const n = i + 1;
    // The same choices for both languages of a variant.
    const extraTopic = pick(random, topicIds);
    const bands = ageBands.filter(() => random() < 0.5);
    const published = end - Math.floor(random() * 3 * 365) * day;
    const updated = random() < 0.5 ? published + Math.floor(random() * ((end - published) / day + 1)) * day : undefined;
    const bodySeed = Math.floor(random() * 2 ** 31);
    const variant = (locale, label) => {
      const file = path.join(guideDir(locale), key);
      const { data, body } = splitFile(readFileSync(file, 'utf8'), file);
      const { reviewed: _reviewed, reviewer: _reviewer, ...rest } = data;
      const varied = {
        ...rest,
        // Synthetic copies were never reviewed: they carry no review date.
        title: `${data.title}: ${label} ${n}`,
        topics: [...new Set([...data.topics, extraTopic])],
        ageBands: data.ageBands?.length ? (bands.length ? bands : data.ageBands) : data.ageBands,
        published: isoDay(published),
        ...(updated ? { updated: isoDay(updated) } : {}),
        ...(data.slug ? { slug: `${data.slug}-v${n}` } : {}),
      };
      if (!updated) delete varied.updated;
      const name = `${key.replace(/\.mdx$/, '')}-bien-the-${n}.mdx`;
      writeFileSync(
        path.join(targetRoot, 'guides', locale, name),
        `---\n${stringify(varied).trimEnd()}\n---\n${reorderedBody(seeded(bodySeed), body)}`,
      );
    };
    variant('vi', 'tình huống');
    // Every second variant is translated; the others get English fallback pages.
    if (i % 2 === 0 && readdirSync(guideDir('en')).includes(key)) {
      variant('en', 'case');
      translated += 1;
    }
  }
  return { realGuides: keys.length, addedGuides: count, addedTranslations: translated };
}
