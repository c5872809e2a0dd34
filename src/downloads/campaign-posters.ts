/**
 * One poster per campaign that names `posterActionsFrom`, in the campaign's
 * language: the words come from the campaign, that guide's summary and the site
 * config, and the address from SITE_URL (a local preview build says so on paper).
 */
import { primaryHotline, site } from '../config/site';
import { isLocalPreview } from '../deploy/site-url';
import { useTranslations } from '../i18n/t';
import { inLocale, published } from '../lib/collections';
import { entryFile } from '../lib/content-checks';
import { campaignPosterPath, entrySlug, homePath, splitEntryId } from '../lib/routes';
import { renderPoster } from './campaign-poster';

export interface CampaignPoster {
  path: string;
  title: string;
  data: Uint8Array;
}

export async function campaignPosters(): Promise<CampaignPoster[]> {
  const campaigns = (await published('campaigns')).filter((campaign) => campaign.data.posterActionsFrom);
  return Promise.all(
    campaigns.map(async (campaign) => {
      const { locale } = splitEntryId(campaign.id);
      const key = campaign.data.posterActionsFrom!;
      const guide = (await inLocale('guides', locale)).find((entry) => splitEntryId(entry.id).key === key);
      // The campaign's own file: national content/ or the province's folder.
      const file = entryFile('campaigns', campaign);
      if (!guide) throw new Error(`${file}: posterActionsFrom "${key}" names no ${locale} guide`);
      if (guide.data.summary.length < 3)
        throw new Error(`${file}: posterActionsFrom "${key}" has fewer than 3 summary points`);
      const t = useTranslations(locale);
      const address = `${site.url}${homePath(locale)}`;
      const data = await renderPoster({
        siteName: site.name,
        province: site.province[locale],
        theme: campaign.data.theme,
        hotline: primaryHotline.number,
        callLine: t('hotline.call'),
        whenLine: primaryHotline.when[locale],
        actionsHeading: t('poster.actions'),
        actions: guide.data.summary.slice(0, 3),
        address,
        previewNote: isLocalPreview(site.url) ? t('embed.localPreview') : undefined,
        language: locale === 'vi' ? 'vi-VN' : 'en-GB',
      });
      return { path: campaignPosterPath(locale, entrySlug(campaign)), title: campaign.data.title, data };
    }),
  );
}
