/** The embed code partners paste, and the resize script it loads: shape, escaping and size budget. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embedCode, embedFrameHeight } from '../../src/lib/embed-code';
import { embedResizeScriptPath } from '../../src/lib/routes';

const code = embedCode({
  siteUrl: 'https://an-toan-so.example',
  embedPath: '/nhung/do-vui/',
  pagePath: '/trac-nghiem/do-vui/',
  title: 'Đố vui "mật khẩu" & <bí mật>',
  linkText: 'Mở Đố vui <1> trên An toàn số',
});

describe('embedCode', () => {
  it('is an iframe of a fixed height with a link inside, then the resize script, all on the site address', () => {
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(/^<iframe src="https:\/\/an-toan-so\.example\/nhung\/do-vui\/" /);
    expect(iframe).toContain(`height="${embedFrameHeight}"`);
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('<a href="https://an-toan-so.example/trac-nghiem/do-vui/">');
    expect(iframe).toMatch(/<\/a><\/iframe>$/);
    expect(script).toBe(`<script src="https://an-toan-so.example${embedResizeScriptPath}" async></script>`);
    expect(embedResizeScriptPath).toBe('/nhung/tu-dieu-chinh.js');
  });

  it('escapes the title and the link text', () => {
    expect(code).toContain('title="Đố vui &quot;mật khẩu&quot; &amp; &lt;bí mật>"');
    expect(code).toContain('Mở Đố vui &lt;1> trên An toàn số</a>');
  });
});

describe('the partner resize script', () => {
  const source = readFileSync(new URL('../../src/embed/partner-resize.js', import.meta.url), 'utf8');

  it('stays within 2 KB gzip', () => {
    expect(gzipSync(source).length).toBeLessThanOrEqual(2048);
  });

  it('checks the sender origin against its own src and the message type the embed pages post', () => {
    expect(source).toContain('new URL(script.src).origin');
    expect(source).toContain('event.origin !== origin');
    expect(source).toContain("'an-toan-so:height'");
    const layout = readFileSync(new URL('../../src/layouts/Embed.astro', import.meta.url), 'utf8');
    expect(layout).toContain("type: 'an-toan-so:height'");
  });
});
