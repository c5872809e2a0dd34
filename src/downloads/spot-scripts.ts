/**
 * The broadcaster's Word file: one per campaign that carries spot scripts, with
 * every script of its theme, the address filled in from the site config. Built
 * from the campaigns collection, so a new campaign with spots gets its file.
 */
import { site } from '../config/site';
import { isLocalPreview } from '../deploy/site-url';
import type { Locale } from '../i18n/locales';
import { fill, useTranslations } from '../i18n/t';
import { published } from '../lib/collections';
import { entrySlug, splitEntryId, spotScriptsPath } from '../lib/routes';
import { spokenAddress, withAddress } from '../lib/spot-scripts';
import type { Spot } from '../schemas/spots';
import type { Block } from './blocks';
import { renderDocx } from './lesson-docx';

export interface SpotScriptsInput {
  locale: Locale;
  /** Printed first on a local preview build, whose address only works on this machine. */
  previewNote?: string | undefined;
  theme: string;
  campaignTitle: string;
  spots: Spot[];
  address: string;
}

/** How one spot is headed: "Phát thanh · 30 giây". */
export function spotHeading(spot: Pick<Spot, 'medium' | 'seconds'>, locale: Locale): string {
  const t = useTranslations(locale);
  return `${t(spot.medium === 'radio' ? 'spots.radio' : 'spots.tv')} · ${fill(t('spots.length'), { seconds: spot.seconds })}`;
}

/** The printable blocks of a theme's scripts: radio as voice lines and sound cues, TV as a table of picture, words on screen and words spoken. */
export function spotScriptBlocks({
  locale,
  theme,
  campaignTitle,
  spots,
  address,
  previewNote,
}: SpotScriptsInput): Block[] {
  const t = useTranslations(locale);
  const blocks: Block[] = [
    { type: 'title', text: t('spots.docTitle') },
    { type: 'subtitle', text: `${fill(t('spots.theme'), { theme })} · ${campaignTitle}` },
    ...(previewNote ? [{ type: 'paragraph' as const, runs: [{ text: previewNote, bold: true }] }] : []),
  ];
  for (const spot of spots.map((s) => withAddress(s, address))) {
    blocks.push({ type: 'heading', level: 1, text: spotHeading(spot, locale) });
    if (spot.medium === 'radio') {
      for (const line of spot.lines) {
        if (line.sound)
          blocks.push({ type: 'paragraph', runs: [{ text: `[${t('spots.sound')}: ${line.sound}]`, italic: true }] });
        if (line.voice && line.say)
          blocks.push({ type: 'paragraph', runs: [{ text: `${line.voice}: `, bold: true }, { text: line.say }] });
      }
    } else {
      blocks.push({
        type: 'table',
        header: [t('spots.see'), t('spots.onScreen'), t('spots.say')],
        rows: spot.shots.map((shot) => [shot.see, shot.text ?? '', shot.say ?? '']),
      });
    }
  }
  return blocks;
}

export interface SpotScriptFile {
  path: string;
  locale: Locale;
  campaignSlug: string;
  data: Uint8Array;
}

export async function spotScriptFiles(): Promise<SpotScriptFile[]> {
  const campaigns = (await published('campaigns')).filter((campaign) => campaign.data.spots.length > 0);
  return Promise.all(
    campaigns.map(async (campaign) => {
      const { locale } = splitEntryId(campaign.id);
      const t = useTranslations(locale);
      const blocks = spotScriptBlocks({
        locale,
        theme: campaign.data.theme,
        campaignTitle: campaign.data.title,
        spots: campaign.data.spots,
        address: spokenAddress(site.url, locale),
        previewNote: isLocalPreview(site.url) ? t('embed.localPreview') : undefined,
      });
      const data = await renderDocx(blocks, {
        title: `${t('spots.docTitle')}: ${campaign.data.theme}`,
        author: site.name,
        siteUrl: site.url,
        description: t('spots.docTitle'),
        language: locale === 'vi' ? 'vi-VN' : 'en-GB',
        pageWord: t('spots.docPage'),
      });
      return { path: spotScriptsPath(locale, entrySlug(campaign)), locale, campaignSlug: entrySlug(campaign), data };
    }),
  );
}
