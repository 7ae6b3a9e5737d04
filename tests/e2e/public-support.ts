import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { launchBrowser } from '../helpers/browser.ts';

/** The server-rendered public pages' e2e files: the app on a free port and one Chromium for the file. */
export function usePublicSite(): { readonly base: string; readonly browser: Browser } {
  let ctx: TestContext | undefined;
  const site = { base: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    ctx = await createTestApp();
    site.base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await ctx?.close();
  });
  return site;
}

/** axe with WCAG 2.x A/AA and best practices: no violations (the first nodes of each named). */
export async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
}
