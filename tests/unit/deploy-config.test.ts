/**
 * The server configuration is generated from one policy (src/deploy/). These
 * tests read the generated text: the committed nginx file must equal the
 * generator's output, and each path class gets the headers the policy promises.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheControl,
  commonHeaders,
  deniedFeatures,
  embedPathPrefixes,
  permissionsPolicy,
} from '../../src/deploy/headers';
import { defaultNginxOptions, nginxConfig, noStoreMap } from '../../src/deploy/nginx';
import { embedPreviewKinds, frameSrcDirective, pageCspDirectives, searchKinds } from '../../src/deploy/page-csp';
import { headersFile, noStorePatterns, redirectsFile } from '../../src/deploy/static-host';
import { readRedirects } from '../../src/lib/redirects';

const fixtureRedirects = readRedirects(path.resolve('tests/fixtures/deploy/redirects.yaml'));

/** One rule block of a _headers file: its pattern and its lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  for (const block of text.split(/\n\n+/)) {
    const lines = block.split('\n').filter((line) => line && !line.startsWith('#'));
    if (lines.length > 0)
      rules.set(
        lines[0]!,
        lines.slice(1).map((line) => line.trim()),
      );
  }
  return rules;
}

describe('deploy/nginx/an-toan-so.conf', () => {
  it('is the generator output for the real redirects file (run `npm run deploy:nginx` after changing the policy or redirects)', async () => {
    await expect(nginxConfig({ ...defaultNginxOptions, redirects: readRedirects() })).toMatchFileSnapshot(
      '../../deploy/nginx/an-toan-so.conf',
    );
  });
});

describe('nginxConfig', () => {
  const config = nginxConfig({ ...defaultNginxOptions, redirects: fixtureRedirects });

  it('adds every header once, at server level, with always, so no location drops them', () => {
    for (const [name, value] of Object.entries(commonHeaders)) {
      expect(config.match(new RegExp(`add_header ${name} `, 'g'))).toHaveLength(1);
      expect(config).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(config).toContain('add_header Content-Security-Policy $an_toan_so_frame_ancestors always;');
    expect(config).toContain('add_header X-Frame-Options $an_toan_so_frame_options always;');
    expect(config).toContain('add_header Cache-Control $an_toan_so_cache_control always;');
    // Only one server block adds headers; locations never do.
    const serverBody = config.slice(config.lastIndexOf('server {'));
    for (const location of serverBody.split('location ').slice(1))
      expect(location.split('}')[0]).not.toContain('add_header');
  });

  it('lets only the embed pages be framed, and denies framing everywhere else', () => {
    expect(embedPathPrefixes).toEqual(['/nhung/', '/en/embed/']);
    expect(config).toContain(`default "frame-ancestors 'none'";`);
    expect(config).toContain('~^(/nhung/|/en/embed/) "frame-ancestors *";');
    expect(config).toMatch(
      /map \$uri \$an_toan_so_frame_options \{\n\s+default "DENY";\n\s+~\^\(\/nhung\/\|\/en\/embed\/\) "";/,
    );
  });

  it('caches hashed bundles forever and reads the no-store pages the build lists', () => {
    expect(config).toContain('~^/_astro/ "public, max-age=31536000, immutable";');
    expect(config).toContain('include /srv/an-toan-so/dist/_nginx/no-store.map;');
    expect(config).toContain('brotli_static on;');
    // Brotli precompressed, gzip on the fly for the rest: one copy per file in the dist.
    expect(config).toContain('gzip on;');
    expect(config).not.toContain('gzip_static');
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain(
      'location ~ \\.webmanifest$ {\n        types { }\n        default_type application/manifest+json;',
    );
  });

  it('turns each redirect into an exact location with its status', () => {
    expect(config).toContain('location = /huong-dan/ten-cu/ {\n        return 301 /huong-dan/bat-nat-truc-tuyen/;');
    expect(config).toContain('location = /en/guides/old-name/ {\n        return 302 /en/guides/cyberbullying/;');
  });

  it('sends plain http to https when it terminates TLS, and serves the build files that are configuration as 404', () => {
    expect(config).toContain('listen 443 ssl http2;');
    expect(config).toContain('return 301 https://$host$request_uri;');
    for (const file of ['location ^~ /_nginx/', 'location = /_headers', 'location = /_redirects'])
      expect(config).toContain(file);
    const loopback = nginxConfig({
      root: '/tmp/site/',
      listen: ['127.0.0.1:8080'],
      serverName: 'localhost',
      redirects: [],
    });
    expect(loopback).not.toContain('ssl');
    expect(loopback).toContain('root /tmp/site;');
  });

  it('lists each no-store page with and without index.html, and refuses a root that would break a directive', () => {
    expect(noStoreMap(['/tre-em/', '/a/'])).toContain(
      '"/a/" "no-store";\n"/a/index.html" "no-store";\n"/tre-em/" "no-store";',
    );
    expect(() => nginxConfig({ ...defaultNginxOptions, root: '/srv/my site', redirects: [] })).toThrow(
      'nginx root "/srv/my site" must be an absolute path',
    );
    expect(() => nginxConfig({ ...defaultNginxOptions, root: 'dist', redirects: [] })).toThrow('absolute path');
  });
});

describe('the policy', () => {
  it('names each denied browser feature and keeps sharing and copying for the site itself', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(deniedFeatures).toContain(feature);
    expect(permissionsPolicy).toContain('camera=()');
    expect(permissionsPolicy).toContain('web-share=(self)');
    expect(permissionsPolicy).toContain('clipboard-write=(self)');
    expect(permissionsPolicy).not.toMatch(/web-share=\(\)|clipboard-write=\(\)/);
  });

  it('keeps every fetch directive in the page CSP and gives frame-src and wasm only where a page needs them', () => {
    expect(pageCspDirectives).toContain("default-src 'none'");
    for (const directive of [
      'object-src',
      'base-uri',
      'form-action',
      'img-src',
      'font-src',
      'connect-src',
      'worker-src',
      'manifest-src',
    ]) {
      expect(pageCspDirectives.some((d) => d.startsWith(`${directive} `))).toBe(true);
    }
    // Astro merges a page's directive into a configured one of the same name, so frame-src is per page only.
    expect(pageCspDirectives.some((d) => d.startsWith('frame-src'))).toBe(false);
    expect(frameSrcDirective(false)).toBe("frame-src 'none'");
    expect(frameSrcDirective(true)).toBe("frame-src 'self'");
    expect(searchKinds).toEqual(['search']);
    expect(embedPreviewKinds).toEqual(['press']);
    expect(Object.values(commonHeaders).join(' ')).not.toContain('default-src');
  });
});

describe('_headers and _redirects', () => {
  const { text, rules: count } = headersFile(
    ['/', '/tre-em/', '/huong-dan/', '/huong-dan/du-do-tre-qua-mang/'],
    ['/tre-em/', '/huong-dan/du-do-tre-qua-mang/'],
  );
  const rules = headerRules(text);

  it('puts the site-wide rule first and detaches before overriding', () => {
    expect([...rules.keys()][0]).toBe('/*');
    expect(rules.get('/*')).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(rules.get('/*')).toContain('X-Frame-Options: DENY');
    expect(rules.get('/*')).toContain(`Cache-Control: ${cacheControl.other}`);
    expect(rules.get('/nhung/*')).toEqual([
      '! Content-Security-Policy',
      '! X-Frame-Options',
      'Content-Security-Policy: frame-ancestors *',
    ]);
    expect(rules.get('/en/embed/*')).toEqual(rules.get('/nhung/*'));
    expect(rules.get('/_astro/*')).toEqual(['! Cache-Control', `Cache-Control: ${cacheControl.hashed}`]);
    expect(rules.get('/tre-em/')).toEqual(['! Cache-Control', 'Cache-Control: no-store']);
    expect(count).toBe(rules.size);
  });

  it('folds a folder whose pages are all no-store into one rule, and never covers a page that is not', () => {
    const pages = [
      '/',
      '/en/',
      '/trac-nghiem/',
      '/trac-nghiem/a/',
      '/trac-nghiem/b/',
      '/huong-dan/',
      '/huong-dan/x/',
      '/huong-dan/y/',
      '/en/quizzes/',
      '/en/quizzes/a/',
      '/en/home-only/',
    ];
    const noStore = ['/trac-nghiem/', '/trac-nghiem/a/', '/trac-nghiem/b/', '/huong-dan/x/', '/en/quizzes/a/'];
    const patterns = noStorePatterns(pages, noStore);
    expect(patterns).toEqual(['/en/quizzes/a/', '/huong-dan/x/', '/trac-nghiem/', '/trac-nghiem/*']);
    const matches = (page: string) =>
      patterns.some((p) => (p.endsWith('*') ? page.startsWith(p.slice(0, -1)) : p === page));
    expect(pages.filter(matches).sort()).toEqual([...noStore].sort());
  });

  it('writes one line per redirect', () => {
    expect(redirectsFile(fixtureRedirects)).toContain(
      '/huong-dan/ten-cu/ /huong-dan/bat-nat-truc-tuyen/ 301\n/en/guides/old-name/ /en/guides/cyberbullying/ 302\n',
    );
  });
});
