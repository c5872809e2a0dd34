import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless'] });
const c = await b.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
const p = await c.newPage();
await p.goto(process.argv[2]);
console.log(await p.evaluate(() => [...document.querySelectorAll('.app-nav__link, .app-header__logo, .app-header__language, .app-header .app-hotline')].map(e => e.textContent.trim().replace(/\s+/g,' ') + ' ' + Math.round(e.getBoundingClientRect().width)+'x'+Math.round(e.getBoundingClientRect().height)).join('\n')));
await b.close();
