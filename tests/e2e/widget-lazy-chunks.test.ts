import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CSP_PROBE,
  cards,
  hostHtml,
  openPage,
  resultsHeading,
  searchBox,
  startWidgetEnvironment,
  widgetDir,
  widgetFiles,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * Issue 17: what the first screen does not need (an enterprise's profile, the English texts)
 * comes in chunks next to the main file, loaded when needed. They must keep every promise of
 * the README: any origin, a strict host CSP naming only the directory, a pinned main file,
 * a script loaded twice.
 */
let env: WidgetEnvironment;
let main: string;
let chunks: string[];
let pinnedPath: string;
let integrity: string;

const profileChunk = () => chunks.find((name) => name.startsWith('koinsep-profile-view.'))!;
const englishChunk = () => chunks.find((name) => name.startsWith('koinsep-en.'))!;
const helpChunk = () => chunks.find((name) => name.startsWith('koinsep-search-help-view.'))!;

beforeAll(async () => {
  env = await startWidgetEnvironment();
  const files = await widgetFiles(env.ctx);
  ({ main, chunks } = files);
  pinnedPath = new URL(files.manifest.pinnedScript).pathname;
  integrity = files.manifest.integrity;
  const api = env.apiOrigin;
  env.host.pages.set('/csp-probe.js', CSP_PROBE);
  // The README's policy: only the directory's origin, nothing inline.
  const strict = {
    'content-security-policy': `default-src 'none'; script-src 'self' ${api}; style-src 'self'; connect-src ${api}; img-src 'self'`,
  };
  env.host.pages.set('/strict', {
    headers: strict,
    body: hostHtml({ apiOrigin: api, head: '<script src="/csp-probe.js"></script>' }),
  });
  env.host.pages.set('/strict-en', {
    headers: strict,
    body: hostHtml({
      apiOrigin: api,
      lang: 'en',
      attributes: 'lang="en"',
      head: '<script src="/csp-probe.js"></script>',
    }),
  });
  env.host.pages.set('/pinned', {
    headers: strict,
    body: hostHtml({ apiOrigin: api, head: '<script src="/csp-probe.js"></script>' }).replace(
      `<script type="module" src="${api}/widget/koinsep-directory.js"></script>`,
      `<script type="module" src="${api}${pinnedPath}" integrity="${integrity}" crossorigin="anonymous"></script>`,
    ),
  });
  env.host.pages.set('/twice', {
    body: hostHtml({
      apiOrigin: api,
      head: `<script type="module" src="${api}${pinnedPath}"></script><script type="module" src="${api}/widget/koinsep-directory.js?copy=2"></script>`,
      after: '<koinsep-directory lang="el" category="cleaning"></koinsep-directory>',
    }),
  });
});

afterAll(async () => {
  await env?.close();
});

describe('serving the chunks', () => {
  it('lists each chunk in the manifest with a content-hashed URL and the integrity digest of its bytes', async () => {
    const { manifest } = await widgetFiles(env.ctx);
    expect(chunks.map((name) => name.replace(/\.[0-9a-f]{10}\.js$/, '')).sort()).toEqual([
      'koinsep-en',
      'koinsep-map-view',
      'koinsep-profile-view',
      'koinsep-requests-view',
      'koinsep-search-help-view',
    ]);
    for (const chunk of manifest.chunks) {
      const name = new URL(chunk.url).pathname.split('/').pop()!;
      const bytes = readFileSync(join(widgetDir, name));
      expect(chunk.integrity).toBe(`sha384-${createHash('sha384').update(bytes).digest('base64')}`);
      expect(chunk.bytes).toBe(bytes.length);
      // The main file names its chunks, so the main file's integrity digest pins which chunks it loads.
      expect(readFileSync(join(widgetDir, main), 'utf8')).toContain(name);
    }
  });

  it('serves a chunk to any origin, as JavaScript, cached forever, compressed on request', async () => {
    const url = `/widget/${profileChunk()}`;
    const response = await env.ctx.app.inject({
      url,
      headers: { origin: 'https://municipality.example', 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).equals(readFileSync(join(widgetDir, profileChunk())))).toBe(true);
    const again = await env.ctx.app.inject({
      url,
      headers: { 'if-none-match': response.headers.etag as string, 'accept-encoding': 'br' },
    });
    expect(again.statusCode).toBe(304);
    const map = await env.ctx.app.inject({ url: `${url}.map` });
    expect(map.statusCode).toBe(200);
    expect(map.json().sources.some((source: string) => source.endsWith('views/profile-view.ts'))).toBe(true);
  });

  it('answers 404 for a chunk name that was never built, without redirecting it elsewhere', async () => {
    const response = await env.ctx.app.inject({ url: '/widget/koinsep-profile-view.0123456789.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('loading chunks on a strict host page on another origin', () => {
  it('shows the first results without any chunk, then the search help for words that name a category, then the profile view when a visitor opens a profile', async () => {
    const { page, errors, widgetRequests: requested } = await openPage(env.browser, `${env.host.origin}/strict`);
    await cards(page).first().waitFor();
    expect(requested).toEqual([main]);

    await searchBox(page).fill('καθαριότητα');
    await resultsHeading(page).filter({ hasText: 'καθαριότητα' }).waitFor();
    // «καθαριότητα» names the cleaning category: the offer to show it comes with its chunk.
    await page.locator('koinsep-directory [part~="category-offer"]').waitFor();
    expect(requested).toEqual([main, helpChunk()]);
    const first = page.locator('koinsep-directory [part~="card-link"]').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.locator('koinsep-directory #profile-heading').filter({ hasText: name }).waitFor();
    expect(requested).toEqual([main, helpChunk(), profileChunk()]);
    // The chunk's own stylesheet is adopted: its panels are laid out as a grid with padding.
    const panel = await page
      .locator('koinsep-directory [part~="contact"]')
      .evaluate((el) => ({ display: getComputedStyle(el).display, padding: getComputedStyle(el).paddingTop }));
    expect(panel).toEqual({ display: 'grid', padding: '16px' });
    // English: the texts' chunk arrives, the page never shows a mix.
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await page.locator('koinsep-directory [part~="back"]').filter({ hasText: 'Back to results' }).waitFor();
    expect(await page.locator('koinsep-directory [part~="contact"] h3').textContent()).toBe('Contact');
    expect(requested).toEqual([main, helpChunk(), profileChunk(), englishChunk()]);
    expect(await page.evaluate(() => document.documentElement.dataset.cspViolations ?? '')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared link to a profile straight away, in English, under the strict policy', async () => {
    const slug = (await env.ctx.app.inject({ url: '/api/v1/enterprises?pageSize=1' })).json().items[0].slug as string;
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/strict-en#koinsep=enterprise:${slug}`);
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    expect(await page.locator('koinsep-directory [part~="back"]').textContent()).toContain('Back to results');
    expect(await page.locator('koinsep-directory [part~="registry"] h3').textContent()).toBe('Registry details');
    expect(await page.evaluate(() => document.documentElement.dataset.cspViolations ?? '')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the same chunks from a pinned main file with its integrity digest', async () => {
    const { page, errors, widgetRequests: requested } = await openPage(env.browser, `${env.host.origin}/pinned`);
    await page.locator('koinsep-directory [part~="card-link"]').first().click();
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    expect(requested).toEqual([pinnedPath.split('/').pop(), profileChunk()]);
    expect(await page.evaluate(() => document.documentElement.dataset.cspViolations ?? '')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the directory is unavailable when the profile chunk cannot be loaded, and recovers on "try again"', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/strict`);
    await cards(page).first().waitFor();
    await page.route(`**/widget/${profileChunk()}`, (route) => route.abort('connectionrefused'));
    await page.locator('koinsep-directory [part~="card-link"]').first().click();
    const error = page.locator('koinsep-directory [part~="error"]');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    await page.unroute(`**/widget/${profileChunk()}`);
    await page.locator('koinsep-directory [part~="retry"]').click();
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    expect(
      errors.filter(
        (e) => !e.includes('Failed to fetch dynamically imported module') && !e.includes('ERR_CONNECTION_REFUSED'),
      ),
    ).toEqual([]);
    await page.close();
  });
});

describe('the script loaded twice, with lazy chunks', () => {
  it('runs one copy: both directories open profiles and switch language together, each chunk fetched once', async () => {
    const { page, errors, widgetRequests: requested } = await openPage(env.browser, `${env.host.origin}/twice`);
    const directories = page.locator('koinsep-directory');
    await directories.nth(1).locator('[part~="card"]').first().waitFor();
    await directories.first().locator('[part~="card"]').first().waitFor();

    await directories.nth(1).locator('[part~="card-link"]').first().click();
    await directories.nth(1).locator('[part~="profile"]').waitFor();
    await directories.first().locator('[part~="language-switch"]').click();
    await directories
      .first()
      .locator('label[for="search-input"]')
      .filter({ hasText: 'Search for an enterprise' })
      .waitFor();
    // The language is shared by every directory of the page.
    await directories.nth(1).locator('[part~="back"]').filter({ hasText: 'Back to results' }).waitFor();
    expect(await directories.nth(1).locator('[part~="contact"] h3').textContent()).toBe('Contact');
    expect(requested.filter((name) => name === profileChunk())).toHaveLength(1);
    expect(requested.filter((name) => name === englishChunk())).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
