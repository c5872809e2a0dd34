/**
 * Spot scripts as they are read on air: the site's address filled in from the
 * site config, how long each script runs, and the rules a campaign's scripts
 * must meet (one radio and one TV script of each length per theme). Pure, so the
 * build, the press page, the DOCX and the tests share one reading.
 */
import type { Locale } from '../i18n/locales';
import { addressPlaceholder, spotLengths, spotMedia, type Spot } from '../schemas/spots';
import { homePath } from './routes';

/**
 * EDITORIAL RULE, not a measured fact: the pace we write public-service spots for,
 * a calm read that a listener can follow. Vietnamese is counted in syllables (one
 * written word each), English in words. A script longer than its time at this
 * pace must be cut; one shorter than `minimumShare` of it leaves dead air.
 */
export const wordsPerSecond: Record<Locale, number> = { vi: 3.5, en: 2.5 };
export const minimumShare = 0.6;

/** The address as a presenter reads it: the host, and /en for English, without the scheme. */
export function spokenAddress(siteUrl: string, locale: Locale): string {
  const url = new URL(`${siteUrl}${homePath(locale)}`);
  return `${url.host}${url.pathname}`.replace(/\/$/, '');
}

/** Puts the site's address where a script says {address}. */
export function fillAddress(text: string, address: string): string {
  return text.replaceAll(addressPlaceholder, address);
}

/** Everything that is read aloud, in order, with the address filled in. */
export function spokenLines(spot: Spot, address: string): string[] {
  const said = spot.medium === 'radio' ? spot.lines.map((line) => line.say) : spot.shots.map((shot) => shot.say);
  return said.filter((text): text is string => text !== undefined).map((text) => fillAddress(text, address));
}

/**
 * How many words (Vietnamese: syllables) it takes to read a text. A number is read
 * digit by digit ("111": một một một), so each digit counts; a dot, slash or colon
 * inside a token is read too ("chấm", "trên"), as in an address or "24/7".
 */
export function spokenWordCount(text: string): number {
  return text
    .split(/\s+/)
    .reduce(
      (count, token) =>
        count +
        (token.match(/[\p{L}'’]+/gu) ?? []).length +
        (token.match(/\p{N}/gu) ?? []).length +
        (token.match(/(?<=[\p{L}\p{N}])[./:](?=[\p{L}\p{N}])/gu) ?? []).length,
      0,
    );
}

/** The word range a script of this length may have in this language. */
export function wordBudget(seconds: number, locale: Locale): { min: number; max: number } {
  const max = Math.floor(seconds * wordsPerSecond[locale]);
  return { min: Math.ceil(max * minimumShare), max };
}

/** Why a script does not fit its time, or undefined. */
export function spotLengthProblem(spot: Spot, locale: Locale, address: string): string | undefined {
  const words = spokenWordCount(spokenLines(spot, address).join(' '));
  const { min, max } = wordBudget(spot.seconds, locale);
  const unit = locale === 'vi' ? 'syllables' : 'words';
  if (words > max)
    return `${words} ${unit} take longer than ${spot.seconds} s to read (at most ${max}); cut ${words - max}.`;
  if (words < min)
    return `${words} ${unit} leave a ${spot.seconds} s spot mostly silent (at least ${min}); write ${min - words} more.`;
  return undefined;
}

/** Every kind of spot a theme needs: radio and TV, 30 and 60 seconds. */
export const requiredSpots = spotMedia.flatMap((medium) => spotLengths.map((seconds) => ({ medium, seconds })));

export const spotLabel = (spot: { medium: Spot['medium']; seconds: number }) =>
  `${spot.seconds}-second ${spot.medium === 'tv' ? 'TV' : 'radio'} spot`;

interface CampaignSpots {
  file: string;
  theme: string;
  spots: Spot[];
}

/**
 * Within one language: each campaign theme has exactly one spot of each kind, on
 * any of the campaigns that share the theme (a campaign and its explainer page
 * need not repeat them).
 */
export function spotCoverageProblems(campaigns: CampaignSpots[]): string[] {
  const problems: string[] = [];
  const themes = [...new Set(campaigns.map((campaign) => campaign.theme))];
  for (const theme of themes) {
    const sharing = campaigns.filter((campaign) => campaign.theme === theme);
    for (const wanted of requiredSpots) {
      const found = sharing.filter((campaign) =>
        campaign.spots.some((spot) => spot.medium === wanted.medium && spot.seconds === wanted.seconds),
      );
      const count = sharing.reduce(
        (n, campaign) =>
          n + campaign.spots.filter((spot) => spot.medium === wanted.medium && spot.seconds === wanted.seconds).length,
        0,
      );
      if (count === 0) {
        problems.push(
          `${sharing.map((c) => c.file).join(' or ')}: spots: the theme "${theme}" has no ${spotLabel(wanted)}. ` +
            `Fix: add one (medium: ${wanted.medium}, seconds: ${wanted.seconds}) to the spots of one of these campaigns.`,
        );
      } else if (count > 1) {
        problems.push(
          `${found.map((c) => c.file).join(' and ')}: spots: the theme "${theme}" has ${count} ${spotLabel(wanted)}s. Fix: keep one.`,
        );
      }
    }
  }
  return problems;
}

/** The script with the site's address filled in everywhere it is said or shown. */
export function withAddress(spot: Spot, address: string): Spot {
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillAddress(text, address));
  return spot.medium === 'radio'
    ? { ...spot, lines: spot.lines.map((line) => ({ ...line, say: fill(line.say) })) }
    : { ...spot, shots: spot.shots.map((shot) => ({ ...shot, say: fill(shot.say), text: fill(shot.text) })) };
}
