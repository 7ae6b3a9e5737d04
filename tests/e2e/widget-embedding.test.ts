import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import {
  bundleSource,
  cards,
  CSP_PROBE,
  hostHtml,
  openPage,
  resultsHeading,
  searchBox,
  startWidgetEnvironment,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * Embedding hygiene (issue 3 §1 and §4): how the script is served, and how the widget
 * behaves on hosts that are strict (CSP), careless (script twice) or hostile (global CSS),
 * without leaving anything behind (cookies, storage, globals, third-party requests).
 */
let env: WidgetEnvironment;
let hashedPath: string;

beforeAll(async () => {
  env = await startWidgetEnvironment();
  const manifest = (await env.ctx.app.inject({ url: '/widget/manifest.json' })).json();
  hashedPath = new URL(manifest.pinnedScript).pathname;
  const api = env.apiOrigin;
  env.host.pages.set('/', { body: hostHtml({ apiOrigin: api }) });
  env.host.pages.set('/csp-probe.js', CSP_PROBE);
  env.host.pages.set('/strict-csp', {
    headers: {
      'content-security-policy': `default-src 'none'; script-src 'self' ${api}; style-src 'self'; connect-src ${api}; img-src 'self'`,
    },
    body: hostHtml({ apiOrigin: api, head: '<script src="/csp-probe.js"></script>' }),
  });
  env.host.pages.set('/twice', {
    body: hostHtml({
      apiOrigin: api,
      head: `<script type="module" src="${api}${hashedPath}"></script><script type="module" src="${api}/widget/koinsep-directory.js?copy=2"></script>`,
    }),
  });
  env.host.pages.set('/hostile', {
    body: hostHtml({
      apiOrigin: api,
      head: `<style>
        * { display: inline !important; font-size: 40px !important; color: red !important; line-height: 3 !important; font-family: "Comic Sans MS", cursive !important; }
        div, p, ul, li, h2, h3, article, section { margin: 30px !important; padding: 30px !important; border: 5px dashed hotpink !important; }
        button, input, select { all: unset !important; }
        a { visibility: hidden !important; }
        html { font-size: 10px !important; }
      </style>`,
    }),
  });
  env.host.pages.set('/bare', { body: '<!doctype html><html lang="el"><head></head><body><p>host</p></body></html>' });
});

afterAll(async () => {
  await env?.close();
});

describe('serving the script', () => {
  it('serves the plain URL with a short cache and an ETag, to any origin', async () => {
    const response = await env.ctx.app.inject({ url: '/widget/koinsep-directory.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['cache-control']).toMatch(/max-age=300\b/);
    expect(response.rawPayload.equals(bundleSource())).toBe(true);
    const etag = response.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{10}"$/);
    const again = await env.ctx.app.inject({ url: '/widget/koinsep-directory.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('serves brotli or gzip to browsers that accept them, with their own ETags', async () => {
    const br = await env.ctx.app.inject({
      url: '/widget/koinsep-directory.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).equals(bundleSource())).toBe(true);
    const gzip = await env.ctx.app.inject({
      url: '/widget/koinsep-directory.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(bundleSource())).toBe(true);
    expect(new Set([br.headers.etag, gzip.headers.etag]).size).toBe(2);
  });

  it('serves a content-hashed copy cached forever, with its integrity digest, and redirects an old hash to the new one', async () => {
    const manifest = (await env.ctx.app.inject({ url: '/widget/manifest.json' })).json();
    expect(manifest.integrity).toMatch(/^sha384-/);
    const pinned = await env.ctx.app.inject({ url: hashedPath });
    expect(pinned.statusCode).toBe(200);
    expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(pinned.headers['access-control-allow-origin']).toBe('*');
    expect(pinned.rawPayload.equals(bundleSource())).toBe(true);
    const old = await env.ctx.app.inject({ url: '/widget/koinsep-directory.0000000000.js' });
    expect(old.statusCode).toBe(302);
    expect(old.headers.location).toBe(hashedPath);
    const unknown = await env.ctx.app.inject({ url: '/widget/other.js' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
  });

  it('answers 503 saying how to fix it when the widget has not been built, and still starts', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'koinsep-nodist-'));
    const ctx = await createTestApp({ demoData: false, config: { webDistDir: empty } });
    try {
      const response = await ctx.app.inject({ url: '/widget/koinsep-directory.js' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.json().detail).toContain('npm run build');
      // Never the server's file paths (issue 16).
      expect(response.body).not.toContain(empty);
      expect(JSON.stringify({ ...response.json(), instance: undefined })).not.toMatch(/dist\/widget|\/[a-z]+\/koinsep/);
      expect((await ctx.app.inject({ url: '/embed-demo' })).statusCode).toBe(200);
    } finally {
      await ctx.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('serves the demo municipality page under a strict Content-Security-Policy', async () => {
    const response = await env.ctx.app.inject({ url: '/embed-demo' });
    expect(response.statusCode).toBe(200);
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.body).toContain('<koinsep-directory lang="el">');
    const { page, errors } = await openPage(env.browser, `${env.apiOrigin}/embed-demo`);
    await cards(page).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on demanding host pages', () => {
  it('works under a strict CSP on another origin (no inline styles or scripts needed)', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/strict-csp`);
    await cards(page).first().waitFor();
    await searchBox(page).fill('καθαριότητα');
    await resultsHeading(page).filter({ hasText: 'καθαριότητα' }).waitFor();
    await page.locator('koinsep-directory [part~="card-link"]').first().click();
    await page.locator('koinsep-directory #profile-heading').waitFor();
    // Styles really applied (a blocked stylesheet would leave the card unstyled).
    expect(
      await page.locator('koinsep-directory [part~="back"]').evaluate((el) => getComputedStyle(el).fontWeight),
    ).toBe('600');
    expect(await page.evaluate(() => document.documentElement.dataset.cspViolations ?? '')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('survives the script being loaded twice', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/twice`);
    await cards(page).first().waitFor();
    expect(await page.locator('koinsep-directory').count()).toBe(1);
    await searchBox(page).fill('σίτιση');
    await resultsHeading(page).filter({ hasText: 'σίτιση' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its layout under hostile global CSS', async () => {
    const measure = async (path: string) => {
      const { page } = await openPage(env.browser, `${env.host.origin}${path}`, { width: 1024, height: 800 });
      await cards(page).first().waitFor();
      const card = await cards(page).first().boundingBox();
      const box = await page.locator('koinsep-directory').boundingBox();
      const input = await searchBox(page).boundingBox();
      const host = await page.locator('koinsep-directory').evaluate((el) => ({
        display: getComputedStyle(el).display,
        fontSize: getComputedStyle(el).fontSize,
        linkVisible: getComputedStyle(el.shadowRoot!.querySelector('[part~="card-link"]')!).visibility,
        linkColor: getComputedStyle(el.shadowRoot!.querySelector('[part~="card-link"]')!).color,
      }));
      if (path === '/hostile')
        await page.locator('koinsep-directory').screenshot({ path: join(tmpdir(), 'koinsep-widget-hostile.png') });
      await page.close();
      return { card, input, host, widthShare: card!.width / box!.width };
    };
    const plain = await measure('/');
    const hostile = await measure('/hostile');
    expect(hostile.host).toEqual({
      display: 'block',
      fontSize: '16px',
      linkVisible: 'visible',
      linkColor: plain.host.linkColor,
    });
    expect(hostile.input!.height).toBeCloseTo(plain.input!.height, 0);
    // The host decides the widget's width; within it, the same two-column layout.
    expect(hostile.widthShare).toBeCloseTo(plain.widthShare, 2);
    expect(hostile.card!.height).toBeCloseTo(plain.card!.height, 0);
  });

  it('sets no cookies, uses no storage, adds no globals and calls no one but the directory', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(`${env.host.origin}/bare`);
    const baseline: string[] = await page.evaluate(() => Object.getOwnPropertyNames(window));
    await page.goto(`${env.host.origin}/`);
    await cards(page).first().waitFor();
    await searchBox(page).fill('καθαριότητα');
    await resultsHeading(page).filter({ hasText: 'καθαριότητα' }).waitFor();
    await page.locator('koinsep-directory [part~="card-link"]').first().click();
    await page.locator('koinsep-directory #profile-heading').waitFor();
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await page.locator('koinsep-directory [part~="back"]').filter({ hasText: 'Back to results' }).waitFor();

    const after: string[] = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((name) => !baseline.includes(name))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      '',
      0,
      0,
    ]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    expect([...origins].filter((o) => o !== env.host.origin && o !== env.apiOrigin)).toEqual([]);
    await context.close();
  });
});
