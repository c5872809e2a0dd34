/**
 * Mistakes between content files that no single schema can see: a quiz's
 * "read next", a navigator outcome's "read more" or a campaign's embed naming
 * a file that does not exist, a lesson's letter home pointing at no guide for
 * parents, a harm guide that breaks the guide rhythm, and a
 * campaign theme without its spot scripts or a script that does not fit its time.
 * The build runs these over Astro's entries (src/lib/site-pages.ts) and the
 * content test over the same files; each problem names the file, the field
 * and the fix, with the nearest valid ids.
 */
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { site } from '../config/site';
import type { Spot } from '../schemas/spots';
import { contentRoot, contentRoots, fromProject } from './content-root';
import { guideRhythmProblems } from './guide-rhythm';
import { didYouMean } from './nearest-ids';
import { splitEntryId } from './routes';
import { spokenAddress, spotCoverageProblems, spotLabel, spotLengthProblem } from './spot-scripts';

interface Checked<D> {
  /** "vi/file-name", as Astro's entry id. */
  id: string;
  /** The file, relative to the project, for messages. */
  file: string;
  data: D;
  body?: string | undefined;
}

/** Published entries of the collections that refer to each other. */
export interface ContentSet {
  guides: Checked<{ harm?: string | undefined; audience?: readonly string[] }>[];
  quizzes: Checked<{ readNext?: string[] }>[];
  navigator: Checked<{ nodes?: Record<string, { type: string; readMore?: string[] }> }>[];
  campaigns: Checked<{ embeds?: string[]; theme?: string; spots?: Spot[] }>[];
  lessons?: Checked<{ parentLetter?: { guide?: string } }>[];
}

/** Where an entry's file is, for messages: Astro's filePath, or its collection and id. */
export function entryFile(collection: string, entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? path.relative(process.cwd(), path.join(contentRoot, collection, entry.id));
}

const folder = (collection: string, locale: Locale) =>
  contentRoots.map((root) => `${fromProject(path.join(root, collection, locale))}/`).join(' or ');

function keysByLocale(entries: { id: string }[]): Map<Locale, Set<string>> {
  const keys = new Map<Locale, Set<string>>();
  for (const entry of entries) {
    const { locale, key } = splitEntryId(entry.id);
    if (!keys.has(locale)) keys.set(locale, new Set());
    keys.get(locale)!.add(key);
  }
  return keys;
}

export function contentProblems(content: ContentSet): string[] {
  const guideKeys = keysByLocale(content.guides);
  const quizKeys = keysByLocale(content.quizzes);
  const problems: string[] = [];

  function reference(entry: { id: string; file: string }, field: string, key: string, target: 'guides' | 'quizzes') {
    const { locale } = splitEntryId(entry.id);
    const known = (target === 'guides' ? guideKeys : quizKeys).get(locale) ?? new Set<string>();
    if (known.has(key)) return;
    const what = target === 'guides' ? 'guide' : 'quiz';
    problems.push(
      `${entry.file}: ${field}: no published ${what} "${key}" in ${folder(target, locale)}.${didYouMean(key, known)} ` +
        `Fix: use the file name (without extension) of a ${what} in that folder, or publish it.`,
    );
  }

  for (const quiz of content.quizzes) {
    (quiz.data.readNext ?? []).forEach((key, i) => reference(quiz, `readNext.${i}`, key, 'guides'));
  }
  for (const graph of content.navigator) {
    for (const [id, node] of Object.entries(graph.data.nodes ?? {})) {
      (node.readMore ?? []).forEach((key, i) => reference(graph, `nodes.${id}.readMore.${i}`, key, 'guides'));
    }
  }
  for (const campaign of content.campaigns) {
    (campaign.data.embeds ?? []).forEach((key, i) => reference(campaign, `embeds.${i}`, key, 'quizzes'));
  }
  // A lesson's letter home carries a QR code to a guide for parents, in the lesson's language.
  const parentGuideKeys = keysByLocale(content.guides.filter((guide) => guide.data.audience?.includes('parents')));
  for (const lesson of content.lessons ?? []) {
    const key = lesson.data.parentLetter?.guide;
    if (key === undefined) continue;
    const { locale } = splitEntryId(lesson.id);
    if (!guideKeys.get(locale)?.has(key)) reference(lesson, 'parentLetter.guide', key, 'guides');
    else if (!parentGuideKeys.get(locale)?.has(key)) {
      problems.push(
        `${lesson.file}: parentLetter.guide: "${key}" is not a guide for parents (its audience has no "parents").${didYouMean(key, parentGuideKeys.get(locale) ?? new Set())} ` +
          `Fix: name a guide in ${folder('guides', locale)} whose audience includes parents.`,
      );
    }
  }
  for (const locale of new Set(content.campaigns.map((campaign) => splitEntryId(campaign.id).locale))) {
    const campaigns = content.campaigns.filter((campaign) => splitEntryId(campaign.id).locale === locale);
    problems.push(
      ...spotCoverageProblems(
        campaigns.map((c) => ({ file: c.file, theme: c.data.theme ?? '', spots: c.data.spots ?? [] })),
      ),
    );
    for (const campaign of campaigns) {
      (campaign.data.spots ?? []).forEach((spot, i) => {
        const problem = spotLengthProblem(spot, locale, spokenAddress(site.url, locale));
        if (problem)
          problems.push(
            `${campaign.file}: spots.${i} (${spotLabel(spot)}): ${problem} The pace is an editorial rule in src/lib/spot-scripts.ts.`,
          );
      });
    }
  }
  for (const guide of content.guides) {
    if (guide.data.harm === undefined) continue;
    const { locale } = splitEntryId(guide.id);
    for (const problem of guideRhythmProblems(guide.body ?? '', locale)) {
      problems.push(
        `${guide.file}: body (harm: ${guide.data.harm}): ${problem}. Fix: rename or reorder the "## " headings; the rhythm is in src/lib/guide-rhythm.ts.`,
      );
    }
  }
  return problems;
}

/** Two pages at one path: the second would silently replace the first. */
export function duplicatePathProblems(pages: { path: string; source: string }[]): string[] {
  const byPath = new Map<string, string[]>();
  for (const page of pages) byPath.set(page.path, [...(byPath.get(page.path) ?? []), page.source]);
  return [...byPath]
    .filter(([, sources]) => sources.length > 1)
    .map(
      ([pagePath, sources]) =>
        `Two pages would be published at ${pagePath}: ${sources.join(' and ')}. Fix: give one of them another slug (field slug), or rename its file.`,
    );
}

/** Fails the build with every problem at once, so a writer fixes them in one go. */
export function throwIfProblems(problems: string[]): void {
  if (problems.length === 0) return;
  throw new Error(
    `Content has ${problems.length} mistake${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
}
