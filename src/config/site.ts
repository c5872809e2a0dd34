/**
 * The one site configuration: the national parts are written here, the
 * province's parts come from its folder (provinces/<name>/province.yaml, chosen
 * by ANTOANSO_PROVINCE; src/config/province.ts). Another province reuses the
 * portal by adding its own folder; nothing here changes.
 */
import { siteUrlFrom } from '../deploy/site-url';
import type { Province } from '../schemas/province';
import { siteConfigSchema, type Contact, type SiteConfig } from '../schemas/site-config';
import { province } from './province';

/** The national hotlines, the same in every province. */
const nationalContacts: Contact[] = [
  {
    id: 'hotline-111',
    number: '111',
    name: { vi: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em', en: 'National Child Protection Hotline' },
    when: { vi: 'Miễn phí, 24/24 giờ, cả ngày lễ', en: 'Free, 24/7, including public holidays' },
    purpose: {
      vi: 'Khi trẻ em bị xâm hại, bắt nạt, đe dọa hoặc có nguy cơ bị hại, trên mạng hay ngoài đời. Trẻ em và người lớn đều gọi được.',
      en: 'When a child is abused, bullied, threatened or at risk of harm, online or offline. Children and adults can both call.',
    },
    website: 'https://tongdai111.vn/',
    primary: true,
    sources: ['nd-56-2017', 'tongdai111-cho-dua', 'plo-111-quy-trinh'],
  },
  {
    id: 'police-113',
    number: '113',
    name: { vi: 'Công an', en: 'Police' },
    when: { vi: 'Khẩn cấp', en: 'Emergency' },
    purpose: {
      vi: 'Khi trẻ đang gặp nguy hiểm ngay lúc này, hoặc bị đe dọa, tống tiền.',
      en: 'When a child is in danger right now, or is being threatened or blackmailed.',
    },
    primary: false,
    sources: ['nhandan-111-national', 'vnanet-hcm-hotlines-111-113', 'sggp-tong-dai-112'],
  },
  {
    id: 'ambulance-115',
    number: '115',
    name: { vi: 'Cấp cứu y tế', en: 'Ambulance' },
    when: { vi: 'Khẩn cấp', en: 'Emergency' },
    purpose: {
      vi: 'Khi trẻ bị thương hoặc cần cấp cứu.',
      en: 'When a child is hurt or needs urgent medical care.',
    },
    primary: false,
    sources: ['nhandan-111-national', 'vnanet-hcm-hotlines-111-113', 'sggp-tong-dai-112'],
  },
];

/**
 * Hosts a law or government source may link to: national legal databases and
 * government portals, and the other official sites national pages cite. Each
 * province adds its own portal in its province.yaml.
 */
const nationalLegalDomains = [
  'vbpl.vn',
  'congbao.chinhphu.vn',
  'chinhphu.vn',
  'quochoi.vn',
  'moj.gov.vn',
  'moet.gov.vn',
  'moh.gov.vn',
  'bocongan.gov.vn',
  'thuvienphapluat.vn',
  'tongdai111.vn',
  // The national anti-fake-news centre (Bộ TT&TT), cited by the lesson on fake news.
  'tingia.gov.vn',
  // Provincial portals cited for the data protection law and school guidance.
  'congan.quangngai.gov.vn',
  'haiphong.edu.vn',
  // A foreign regulator cited for its advice to families.
  'esafety.gov.au',
  // A UK public-sector resilience forum cited for crisis advice.
  'gmemergencyplanning.org.uk',
  // Public bodies cited by the second round of parent guides: crisis advice for parents
  // (a London borough, an NHS trust), online safety advice (Ireland's Webwise, the UK's
  // National Crime Agency) and the British gambling regulator on loot boxes.
  'richmond.gov.uk',
  'justonenorfolk.nhs.uk',
  'webwise.ie',
  'thinkuknow.co.uk',
  'gamblingcommission.gov.uk',
];

/** The national configuration with one province's parts put in: its name, plan, publisher, local contacts and portals. */
export function composeSite(province: Province, env: Readonly<Record<string, string | undefined>>): SiteConfig {
  return siteConfigSchema.parse({
    name: 'An toàn số',
    tagline: {
      vi: 'Cùng gia đình giữ an toàn cho trẻ em trên mạng',
      en: 'Helping families keep children safe online',
    },
    province: province.name,
    plan: province.plan.title,
    planShortName: province.plan.shortName,
    planLeadAgency: province.plan.leadAgency,
    // Unset until an agency adopts the site: the footer and the About page then say it is an independent draft.
    publisher: province.publisher,
    // The deployment sets SITE_URL to its public address; local builds use the preview server (src/deploy/site-url.ts).
    url: siteUrlFrom(env),
    // A neutral page to leave for; GOV.UK's component uses a weather page for the same reason.
    exitUrl: 'https://www.google.com.vn/',
    // Cited pages whose https address could not be verified; every other source uses https.
    httpOnlySourceHosts: ['thcaominh.haiphong.edu.vn'],
    contacts: [...nationalContacts, ...province.contacts],
    contactPlaceholders: province.contactPlaceholders,
    legalDomains: [...nationalLegalDomains, ...province.legalDomains],
    vendors: [
      { id: 'google', name: 'Google', helpDomains: ['support.google.com'] },
      { id: 'apple', name: 'Apple', helpDomains: ['support.apple.com'] },
      { id: 'microsoft', name: 'Microsoft', helpDomains: ['support.microsoft.com'] },
      { id: 'tiktok', name: 'TikTok', helpDomains: ['support.tiktok.com'] },
      { id: 'instagram', name: 'Instagram', helpDomains: ['help.instagram.com'] },
      { id: 'zalo', name: 'Zalo', helpDomains: ['help.zalo.me'] },
      { id: 'roblox', name: 'Roblox', helpDomains: ['en.help.roblox.com'] },
      { id: 'cloudflare', name: 'Cloudflare', helpDomains: ['developers.cloudflare.com'] },
      { id: 'cisco', name: 'Cisco', helpDomains: ['www.cisco.com'] },
      { id: 'meta', name: 'Meta', helpDomains: ['familycenter.meta.com', 'www.meta.com'] },
    ],
  });
}

export const site: SiteConfig = composeSite(province, process.env);

/** The hotline the header, footer and every page put first. */
export const primaryHotline = site.contacts.find((contact) => contact.primary)!;
