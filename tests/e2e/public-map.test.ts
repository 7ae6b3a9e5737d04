import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { expectAxeClean } from './public-support.ts';
import { startTileServer, type TileServer } from './map-support.ts';

/**
 * The map on the public pages (issue 16), in real Chromium with a local tile server: drawn over
 * the server-rendered list of mapped enterprises (which works without JavaScript), only public
 * addresses, keyboard to a profile, Greek and English at 360 and 1280 px, axe-clean.
 */
let ctx: TestContext;
let base: string;
let browser: Browser;
let tiles: TileServer;

beforeAll(async () => {
  tiles = await startTileServer();
  ctx = await createTestApp({ config: { map: { tileUrl: tiles.tileUrl, attribution: '© Δοκιμαστικός χάρτης' } } });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  await tiles?.close();
});

const HIDDEN = ['Διαφάνεια', 'Φροντίδα στην Πολυκατοικία', 'Ήχος και Φως'];
const SCREENS = [360, 1280].flatMap((width) => (['el', 'en'] as const).map((lang) => ({ width, lang })));

describe('the map on the public pages', () => {
  it.each(SCREENS)(
    'on / at $width px in $lang: clustered markers on local tiles over the list',
    async ({ width, lang }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      const before = tiles.requests.length;
      await page.goto(`${base}/${lang === 'en' ? '?lang=en' : ''}`);
      // The map's box has its size at once; Leaflet comes only when the box nears the screen.
      await page.waitForLoadState('networkidle');
      const box = page.locator('#enterprise-map');
      expect((await box.boundingBox())?.height).toBeGreaterThan(200);
      const boxTop = await box.evaluate((element) => element.getBoundingClientRect().top);
      // Under the results: far below a phone's first screen (the loader starts 100 px before it shows).
      const far = boxTop > 800 + 100;
      if (width < 600) expect(far).toBe(true);
      const mapFiles = requested.filter((url) => url.includes('/assets/map/'));
      expect(mapFiles[0]).toBe(`${base}/assets/map/public-map.js`);
      expect(mapFiles.length > 1).toBe(!far);
      if (far) expect(tiles.requests.length).toBe(before);
      const listTop = await page.evaluate(
        () => document.querySelector('.map-list')!.getBoundingClientRect().top + scrollY,
      );
      await box.scrollIntoViewIfNeeded();
      await page.locator('#enterprise-map .leaflet-tile-loaded').first().waitFor();
      expect(requested.some((url) => /\/assets\/map\/draw-public-map\.[0-9a-f]+\.js$/.test(url))).toBe(true);
      // Drawing the map moved nothing under it.
      expect(
        await page.evaluate(() => document.querySelector('.map-list')!.getBoundingClientRect().top + scrollY),
      ).toBe(listTop);
      expect(tiles.requests.length).toBeGreaterThan(before);
      await page.locator('#enterprise-map .koinsep-map-cluster').first().waitFor();
      expect(await page.locator('#enterprise-map').getAttribute('aria-label')).toBe(
        lang === 'el' ? 'Χάρτης επιχειρήσεων' : 'Map of enterprises',
      );
      const names = await page.locator('.map-list a').allTextContents();
      expect(names.length).toBeGreaterThan(20);
      for (const hidden of HIDDEN) expect(names).not.toContain(hidden);
      expect(await page.evaluate((w) => document.documentElement.scrollWidth - w, width)).toBeLessThanOrEqual(0);
      await expectAxeClean(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('on /enterprises follows the search, and the list leads to a profile by keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/enterprises?category=catering`);
    await page.locator('#enterprise-map').scrollIntoViewIfNeeded();
    await page.locator('#enterprise-map .leaflet-tile-loaded').first().waitFor();
    const names = await page.locator('.map-list a').allTextContents();
    const all = await (await ctx.app.inject({ url: '/api/v1/map?category=catering' })).json();
    expect(names).toEqual(all.items.map((item: { name: string }) => item.name));
    expect(names.length).toBeLessThan(20);
    const first = page.locator('.map-list a').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/enterprises\/[a-z0-9-]+$/);
    expect(await page.locator('h1').textContent()).toContain(names[0]);
    await page.close();
  });

  it('without JavaScript: the list of mapped enterprises, no map', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('#enterprise-map').isHidden()).toBe(true);
    const names = await page.locator('.map-list a').allTextContents();
    expect(names.length).toBeGreaterThan(20);
    for (const hidden of HIDDEN) expect(names).not.toContain(hidden);
    await context.close();
  });
});
