/** The web app manifest, read back the way Chromium reads it when a parent adds the site to the home screen. */
import { expect, test } from '@playwright/test';

for (const [path, name] of [
  ['/', 'An toàn số'],
  ['/en/', 'An toàn số'],
] as const) {
  test(`the manifest of ${path} has what installing needs`, async ({ page, baseURL }) => {
    await page.goto(path);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
      data?: string;
    };
    expect(url).toMatch(/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data!) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.short_name).toBe(name);
    expect(manifest.name).toContain(name);
    expect(manifest.start_url).toBe(path);
    expect(manifest.display).toBe('standalone');
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size);
      expect(icon, `icon ${size}`).toBeDefined();
      const response = await page.request.get(new URL(icon!.src, baseURL).href);
      expect(response.headers()['content-type']).toBe('image/png');
      // PNG width and height from the IHDR chunk.
      const png = await response.body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(size);
    }
  });
}
