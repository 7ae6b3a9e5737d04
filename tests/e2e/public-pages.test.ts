import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { insertHsdsDirectory } from '../helpers/hsds-fixtures.ts';
import { launchBrowser } from '../helpers/browser.ts';

let ctx: TestContext;
let browser: Browser;
let base: string;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: false });
  await insertHsdsDirectory(ctx.handle);
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('public enterprise pages in real Chromium', () => {
  for (const path of [
    '/enterprises/astrapi',
    '/enterprises/astrapi?lang=en',
    '/enterprises/prasini-gonia',
    '/enterprises',
    '/enterprises?lang=en',
    '/enterprises/no-such',
  ]) {
    it(`${path} reads without JavaScript and has no axe-core (WCAG 2.2 AA) violations`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(base + path);
      expect(response?.status()).toBe(path.endsWith('no-such') ? 404 : 200);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await context.close();

      // axe needs script in the page; it checks the same server-rendered markup.
      const axeContext = await browser.newContext();
      const checked = await axeContext.newPage();
      await checked.goto(base + path);
      const results = await new AxeBuilder({ page: checked })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await axeContext.close();
    });
  }

  it('switches language with a link and keeps the service anchors the API hands out', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/enterprises/astrapi`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('heading', { level: 2, name: 'Services' }).count()).resolves.toBe(1);
    const hsdsService = await (await fetch(`${base}/hsds/services?organization_id=${await idOf('astrapi')}`)).json();
    const anchor = new URL(hsdsService.contents[0].url).hash;
    await expect(page.locator(anchor).count()).resolves.toBe(1);
    await page.close();
  });
});

async function idOf(slug: string): Promise<string> {
  return ctx.handle.sqlite.prepare('select id from enterprises where slug = ?').pluck().get(slug) as string;
}
