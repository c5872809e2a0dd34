import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertPublishable, loadProvince } from '../../src/config/province';
import { composeSite } from '../../src/config/site';
import { collectionGlob, mdxCollections, readCollection, yamlCollections } from '../../src/lib/content-files';
import { contentRoot, provinceDirFrom } from '../../src/lib/content-root';
import { mentionsDefaultProvince } from '../e2e/helpers/fixture-province';

const bacNinh = loadProvince(path.resolve('provinces/bac-ninh'));
const fixture = loadProvince(path.resolve('tests/fixtures/province-mau'));

/** A province folder in a temporary directory, with a province.yaml made from `yaml`. */
function provinceFolder(yaml: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'province-'));
  writeFileSync(path.join(dir, 'province.yaml'), yaml);
  return dir;
}

const validYaml = `name: { vi: Tỉnh Thử, en: Test Province }
plan:
  title: { vi: Kế hoạch thử, en: Test plan }
  shortName: { vi: Kế hoạch thử, en: The test plan }
  leadAgency: { vi: cơ quan thử, en: the test agency }
`;

describe('province configuration (src/schemas/province.ts)', () => {
  it('reads the real province and the fixture', () => {
    expect(bacNinh.name.vi).toBe('Bắc Ninh');
    expect(bacNinh.fixture).toBe(false);
    expect(bacNinh.legalDomains).toContain('bacninh.gov.vn');
    expect(fixture.fixture).toBe(true);
    expect(fixture.contactPlaceholders.length).toBeGreaterThan(0);
  });

  it('accepts a minimal province, with no contacts, placeholders or publisher', () => {
    const province = loadProvince(provinceFolder(validYaml));
    expect(province).toMatchObject({ fixture: false, contacts: [], contactPlaceholders: [], legalDomains: [] });
    expect(province.publisher).toBeUndefined();
  });

  it('names the file and every bad field', () => {
    const dir = provinceFolder(
      validYaml.replace('  leadAgency: { vi: cơ quan thử, en: the test agency }\n', '') +
        'contacts:\n  - { id: local, number: "02-22", name: { vi: A, en: A }, when: { vi: A, en: A }, purpose: { vi: A, en: A }, primary: false, sources: [x] }\n' +
        'legalDomains: [https://bad.example/]\n',
    );
    const file = path.relative(process.cwd(), path.join(dir, 'province.yaml'));
    expect(() => loadProvince(dir)).toThrow(`${file}: field plan.leadAgency:`);
    expect(() => loadProvince(dir)).toThrow(`${file}: field contacts.0.number: A number is digits only, as dialled`);
    expect(() => loadProvince(dir)).toThrow(`${file}: field legalDomains.0: A host name such as example.gov.vn`);
  });

  it('refuses an unknown field, naming it', () => {
    const dir = provinceFolder(`${validYaml}hotline: '111'\n`);
    expect(() => loadProvince(dir)).toThrow(/province\.yaml: field \(file\): Unrecognized key: "hotline"/);
  });

  it('says which provinces exist when ANTOANSO_PROVINCE names a missing folder', () => {
    expect(() => loadProvince(path.resolve('provinces/khong-co'))).toThrow(
      'No province configuration at provinces/khong-co/province.yaml. ANTOANSO_PROVINCE names a folder under provinces/ (bac-ninh)',
    );
  });

  it('resolves ANTOANSO_PROVINCE: a name under provinces/, a path as it is, Bắc Ninh by default', () => {
    expect(provinceDirFrom({})).toBe(path.resolve('provinces/bac-ninh'));
    expect(provinceDirFrom({ ANTOANSO_PROVINCE: 'ha-noi' })).toBe(path.resolve('provinces/ha-noi'));
    expect(provinceDirFrom({ ANTOANSO_PROVINCE: 'tests/fixtures/province-mau' })).toBe(
      path.resolve('tests/fixtures/province-mau'),
    );
  });

  it('lets only a publishing build refuse the fixture', () => {
    const dir = path.resolve('tests/fixtures/province-mau');
    expect(() => assertPublishable(fixture, dir, { ANTOANSO_PUBLISH: '1' })).toThrow(
      'tests/fixtures/province-mau/province.yaml is a test fixture (fixture: true) and is never published',
    );
    expect(() => assertPublishable(fixture, dir, {})).not.toThrow();
    expect(() =>
      assertPublishable(bacNinh, path.resolve('provinces/bac-ninh'), { ANTOANSO_PUBLISH: '1' }),
    ).not.toThrow();
  });
});

describe('the site configuration composes national and province parts (src/config/site.ts)', () => {
  const env = {};

  it('takes the name, plan, lead agency and portals from the province and keeps the national hotlines first', () => {
    const site = composeSite(fixture, env);
    expect(site.province).toEqual(fixture.name);
    expect(site.plan).toEqual(fixture.plan.title);
    expect(site.planShortName).toEqual(fixture.plan.shortName);
    expect(site.planLeadAgency).toEqual(fixture.plan.leadAgency);
    expect(site.contacts.map((c) => c.number)).toEqual(['111', '113', '115']);
    expect(site.contactPlaceholders).toEqual(fixture.contactPlaceholders);
    expect(site.legalDomains).not.toContain('bacninh.gov.vn');
    expect(composeSite(bacNinh, env).legalDomains).toContain('bacninh.gov.vn');
  });

  it('adds a province’s own lines after the national ones, and refuses one that reuses a national id', () => {
    const local = {
      id: 'local-line',
      number: '0222000000',
      name: { vi: 'A', en: 'A' },
      when: { vi: 'A', en: 'A' },
      purpose: { vi: 'A', en: 'A' },
      primary: false,
      sources: ['nd-56-2017'],
    };
    expect(composeSite({ ...fixture, contacts: [local] }, env).contacts.map((c) => c.id)).toEqual([
      'hotline-111',
      'police-113',
      'ambulance-115',
      'local-line',
    ]);
    expect(() => composeSite({ ...fixture, contacts: [{ ...local, id: 'police-113' }] }, env)).toThrow(
      'Two contacts share an id',
    );
    expect(() => composeSite({ ...fixture, contacts: [{ ...local, primary: true }] }, env)).toThrow(
      'Exactly one contact must have primary: true',
    );
  });
});

describe('content roots (src/lib/content-root.ts, src/lib/content-files.ts)', () => {
  it('reads a collection from the national folder and the province’s, with the same ids', () => {
    const both = collectionGlob('pages', 'mdx', [path.resolve('content'), path.resolve('provinces/bac-ninh/content')]);
    expect(both.base).toBe(process.cwd());
    expect(both.pattern).toEqual([
      'content/pages/{vi,en}/**/*.mdx',
      'provinces/bac-ninh/content/pages/{vi,en}/**/*.mdx',
    ]);
    expect(both.idOf('provinces/bac-ninh/content/pages/vi/gioi-thieu.mdx')).toBe('vi/gioi-thieu');
    expect(both.idOf('content/pages/en/nhom/bai.mdx')).toBe('en/nhom/bai');
    // A test's content tree alone, even outside the project: the base is its own folder.
    const alone = collectionGlob('guides', 'mdx', [path.join(os.tmpdir(), 'cay')]);
    expect(alone).toMatchObject({ base: path.join(os.tmpdir(), 'cay', 'guides'), pattern: ['{vi,en}/**/*.mdx'] });
    expect(alone.idOf('vi/nhom/bai.mdx')).toBe('vi/nhom/bai');
    const pages = readCollection('pages', [path.resolve('content'), path.resolve('provinces/bac-ninh/content')]);
    expect(pages.find((page) => (page.data as { role?: string }).role === 'help-pathway')?.file).toBe(
      'provinces/bac-ninh/content/pages/vi/ai-giup-o-bac-ninh.mdx',
    );
  });

  it('refuses the same entry in the national folder and the province’s, naming both files', () => {
    const national = mkdtempSync(path.join(os.tmpdir(), 'national-'));
    const local = mkdtempSync(path.join(os.tmpdir(), 'local-'));
    for (const root of [national, local]) {
      mkdirSync(path.join(root, 'pages', 'vi'), { recursive: true });
      writeFileSync(path.join(root, 'pages', 'vi', 'gioi-thieu.mdx'), '---\ntitle: A\n---\n');
    }
    expect(() => readCollection('pages', [national, local])).toThrow(
      /local-[^/]*\/pages\/vi\/gioi-thieu\.mdx: the same entry as .*national-[^/]*\/pages\/vi\/gioi-thieu\.mdx \(pages "vi\/gioi-thieu"\)/,
    );
  });

  it('keeps the national content free of the province: no file in content/ names Bắc Ninh or its plan', () => {
    const mentions = [...mdxCollections, ...yamlCollections]
      .flatMap((collection) => readCollection(collection, contentRoot))
      .filter((file) => mentionsDefaultProvince(`${JSON.stringify(file.data)}\n${file.body}`))
      .map((file) => file.file);
    expect(mentions).toEqual([]);
  });
});
