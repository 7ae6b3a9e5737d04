import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { AppConfig } from '../../api/config.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { launchBrowser } from '../helpers/browser.ts';

/**
 * Shared set-up of the widget's browser tests: the API (with the demo data) on one
 * origin, and a tiny "municipality" web server on another origin (another port), whose
 * pages embed the widget the way a real site would, with whatever headers a test needs.
 */

const root = join(import.meta.dirname, '../..');
export const widgetDir = join(root, 'dist/widget');
export const widgetPath = join(widgetDir, 'koinsep-directory.js');

/** The tests run against the built bundle (npm test builds first); build it if it is missing. */
export function ensureWidgetBuilt(): void {
  if (existsSync(widgetPath)) return;
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'widget'], {
    cwd: root,
    stdio: 'ignore',
  });
}

export interface HostPage {
  body: string;
  headers?: Record<string, string>;
  type?: string;
}

export interface HostServer {
  origin: string;
  pages: Map<string, HostPage>;
  close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, HostPage>([['/favicon.ico', { body: '', type: 'image/x-icon' }]]);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const page = pages.get(path);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A plain host page: the two-line snippet, optionally inside other content. */
export function hostHtml(options: {
  apiOrigin: string;
  attributes?: string;
  head?: string;
  before?: string;
  after?: string;
  lang?: string;
}) {
  return `<!doctype html>
<html lang="${options.lang ?? 'el'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Δήμος — δοκιμή</title>
${options.head ?? ''}</head>
<body>
<main>
<h1>Κοινωνική οικονομία</h1>
${options.before ?? ''}
<script type="module" src="${options.apiOrigin}/widget/koinsep-directory.js"></script>
<koinsep-directory ${options.attributes ?? ''}></koinsep-directory>
${options.after ?? ''}
</main>
</body>
</html>`;
}

export interface WidgetEnvironment {
  ctx: TestContext;
  apiOrigin: string;
  host: HostServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startWidgetEnvironment(
  options: { config?: Partial<AppConfig> } = {},
): Promise<WidgetEnvironment> {
  ensureWidgetBuilt();
  const ctx = await createTestApp({ demoData: true, config: options.config });
  const apiOrigin = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const host = await startHostServer();
  const browser = await launchBrowser();
  return {
    ctx,
    apiOrigin,
    host,
    browser,
    async close() {
      await browser.close();
      await host.close();
      await ctx.close();
    },
  };
}

/** A page in its own context (axe needs one), closed along with the page. */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  return page;
}

/** Opens a page and collects what went wrong in it (uncaught errors, console errors) and which widget files it requested. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }) {
  const page = await newPage(browser, viewport);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const widgetRequests = trackWidgetRequests(page);
  await page.goto(url);
  return { page, errors, widgetRequests };
}

export const widget = (page: Page) => page.locator('koinsep-directory');
export const cards = (page: Page) => page.locator('koinsep-directory [part~="card"]');
export const cardNames = (page: Page) => page.locator('koinsep-directory [part~="card-link"]').allTextContents();
export const searchBox = (page: Page) => page.locator('koinsep-directory [part~="search-input"]');
export const resultsHeading = (page: Page) => page.locator('koinsep-directory #results-heading');

/** What the API itself answers, as the oracle for what the widget must show. */
export async function apiSearch(ctx: TestContext, query: Record<string, string>) {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/enterprises', query });
  return response.json() as { items: Array<{ name: string; slug: string }>; total: number };
}

export const bundleSource = () => readFileSync(widgetPath);

/** This build's files as the manifest names them: the main file and the chunks it loads when needed. */
export async function widgetFiles(
  ctx: TestContext,
): Promise<{ main: string; chunks: string[]; manifest: WidgetManifest }> {
  const manifest = (await ctx.app.inject({ url: '/widget/manifest.json' })).json() as WidgetManifest;
  const name = (url: string) => new URL(url).pathname.split('/').pop()!;
  return { main: name(manifest.script), chunks: manifest.chunks.map((chunk) => name(chunk.url)), manifest };
}

export interface WidgetManifest {
  script: string;
  pinnedScript: string;
  integrity: string;
  chunks: Array<{ url: string; integrity: string; bytes: number; gzipBytes: number }>;
}

/** Serves a copy of the built widget (main file and chunks) from the host itself under `dir`, as a self-hosting site would. */
export async function selfHostWidget(ctx: TestContext, host: HostServer, dir: string): Promise<void> {
  const { main, chunks } = await widgetFiles(ctx);
  for (const file of [main, ...chunks]) {
    host.pages.set(`${dir}/${file}`, { body: readFileSync(join(widgetDir, file), 'utf8'), type: 'text/javascript' });
  }
}

/** Names of the widget files (main file, chunks) a page has requested so far. */
export function trackWidgetRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/koinsep-[a-z0-9.-]+\.js$/.test(path)) requested.push(path.split('/').pop()!);
  });
  return requested;
}

/** Violations inside the widget, as readable lines (rule, impact, where). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('koinsep-directory').analyze();
  // Guard against a vacuous pass: axe must have looked at the texts inside the shadow root.
  const contrastChecked = results.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0;
  if (contrastChecked < 3) return [`axe checked only ${contrastChecked} texts for contrast`];
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`),
  );
}

/** A host script that records Content-Security-Policy violations in `<html data-csp-violations>`. */
export const CSP_PROBE: HostPage = {
  type: 'text/javascript',
  body: `document.addEventListener('securitypolicyviolation', (e) => {
    document.documentElement.dataset.cspViolations = (document.documentElement.dataset.cspViolations || '') + e.violatedDirective + ' ' + e.blockedURI + ';';
  });`,
};
