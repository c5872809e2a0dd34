import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless'] });
const c = await b.newContext({ viewport: { width: Number(process.argv[4] ?? 360), height: 500 }, isMobile: true, hasTouch: true });
const p = await c.newPage();
await p.goto(process.argv[2]);
await p.locator('.app-header__search-toggle').click();
await p.screenshot({ path: process.argv[3] });
await b.close();
