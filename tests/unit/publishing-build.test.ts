/**
 * A build meant for publishing must carry the site's real https address; a build
 * with no settings stays a local preview that says so.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isLocalPreview, localPreviewUrl, publishFlag, siteUrlFrom } from '../../src/deploy/site-url';

const publish = { [publishFlag]: '1' };

describe('siteUrlFrom', () => {
  it('falls back to the local preview address when nothing is set', () => {
    expect(siteUrlFrom({})).toBe(localPreviewUrl);
    expect(siteUrlFrom({ SITE_URL: '' })).toBe(localPreviewUrl);
    expect(isLocalPreview(localPreviewUrl)).toBe(true);
  });

  it('takes an https origin for publishing, without a trailing slash', () => {
    expect(siteUrlFrom({ ...publish, SITE_URL: 'https://an-toan-so.example/' })).toBe('https://an-toan-so.example');
    expect(isLocalPreview('https://an-toan-so.example')).toBe(false);
  });

  it.each([
    [undefined, 'SITE_URL is not set'],
    ['an-toan-so.example', 'SITE_URL "an-toan-so.example" is not a URL'],
    ['http://an-toan-so.example', 'must start with https://'],
    ['https://localhost:4321', 'points at this machine'],
    ['https://127.0.0.1', 'points at this machine'],
    ['https://an-toan-so.example/tre-em', 'must be an origin only'],
  ])('refuses %s for publishing, naming SITE_URL and the fix', (value, message) => {
    expect(() => siteUrlFrom({ ...publish, SITE_URL: value })).toThrow(message);
    expect(() => siteUrlFrom({ ...publish, SITE_URL: value })).toThrow('Set SITE_URL to the public https address');
  });
});

describe('npm run build:publish', () => {
  it('exits non-zero before building anything when SITE_URL is not https', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
    delete env.SITE_URL;
    const unset = spawnSync('npm', ['run', 'build:publish', '--', '--outDir', 'node_modules/.an-toan-so/never-built'], {
      env,
      encoding: 'utf8',
    });
    expect(unset.status).not.toBe(0);
    expect(`${unset.stdout}${unset.stderr}`).toContain('SITE_URL is not set');
    const http = spawnSync('npm', ['run', 'build:publish', '--', '--outDir', 'node_modules/.an-toan-so/never-built'], {
      env: { ...env, SITE_URL: 'http://an-toan-so.example' },
      encoding: 'utf8',
    });
    expect(http.status).not.toBe(0);
    expect(`${http.stdout}${http.stderr}`).toContain('SITE_URL "http://an-toan-so.example" must start with https://');
  });
});
