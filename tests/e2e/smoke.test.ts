import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startTileServer, type TileServer } from './map-support.ts';

let ctx: TestContext;
let browser: Browser;
let base: string;
let tiles: TileServer;

beforeAll(async () => {
  // The home page shows the map: its tiles come from a local tile server, never the internet.
  tiles = await startTileServer();
  ctx = await createTestApp({
    demoData: true,
    config: { map: { tileUrl: tiles.tileUrl, attribution: '© OpenStreetMap' } },
  });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  await tiles?.close();
});

async function visit(path: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(base + path, { waitUntil: 'networkidle' });
  return { page, response, problems };
}

describe('smoke test in real Chromium', () => {
  it('shows the landing page in Greek with the number of enterprises and a link to the API docs', async () => {
    const { page, response, problems } = await visit('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Μητρώο Κοινωνικών Επιχειρήσεων');
    const count = Number(await page.locator('main strong').first().textContent());
    expect(count).toBeGreaterThanOrEqual(40);
    await expect(page.locator('a[href="/docs"]').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches the landing page to English', async () => {
    const { page, problems } = await visit('/?lang=en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Social Enterprise Directory');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders the API documentation without console errors', async () => {
    const { page, response, problems } = await visit('/docs');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Τεκμηρίωση API');
    await expect(page.locator('main').textContent()).resolves.toContain('KoinSEp Directory API');
    await expect(page.locator('.api-op h3', { hasText: '/api/v1/enterprises' }).count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
