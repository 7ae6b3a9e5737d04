import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn } from '../helpers/auth.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { multipartBody, TINY_PNG } from '../helpers/multipart.ts';
import { ensureWidgetBuilt, hostHtml, openPage, startHostServer, type HostServer } from './widget-support.ts';

/**
 * An approved logo in the embedded widget's profile (issue 5 follow-up): the API's
 * `logoUrl` is absolute (PUBLIC_ORIGIN), so the directory listens on the port its
 * public origin names. A host page whose CSP does not allow the directory in img-src
 * gets no broken-image icon.
 */

let ctx: TestContext;
let apiOrigin: string;
let host: HostServer;
let browser: Browser;
let uploadDir: string;
let slug: string;
let logoUrl: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  ensureWidgetBuilt();
  uploadDir = mkdtempSync(join(tmpdir(), 'koinsep-logo-e2e-'));
  const port = await freePort();
  apiOrigin = `http://127.0.0.1:${port}`;
  ctx = await createTestApp({ demoData: true, config: { uploadDir, publicOrigin: apiOrigin } });
  await ctx.app.listen({ port, host: '127.0.0.1' });

  // The real path: a member uploads and proposes the logo, staff approve it.
  const member = await signIn(ctx.app, DEMO_USERS.member1);
  const staff = await signIn(ctx.app, DEMO_USERS.staff);
  const body = multipartBody({}, { name: 'logo.png', type: 'image/png', content: TINY_PNG });
  const uploaded = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/my/enterprise/logo',
    headers: { ...member.headers, ...body.headers },
    payload: body.payload,
  });
  const mine = await ctx.app.inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers });
  slug = mine.json().slug;
  const proposal = await ctx.app.inject({
    method: 'PATCH',
    url: '/api/v1/my/enterprise',
    headers: { ...member.headers, 'if-match': mine.headers.etag as string },
    payload: { logoId: uploaded.json().logoId },
  });
  const approved = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/change-requests/${proposal.json().changeRequestId}/approve`,
    headers: staff.headers,
    payload: {},
  });
  expect(approved.statusCode).toBe(200);
  logoUrl = (await ctx.app.inject({ url: `/api/v1/enterprises/${slug}` })).json().logoUrl;
  expect(logoUrl).toBe(`${apiOrigin}${uploaded.json().url}`);

  host = await startHostServer();
  host.pages.set('/', { body: hostHtml({ apiOrigin }) });
  host.pages.set('/strict-csp', {
    headers: {
      'content-security-policy': `default-src 'none'; script-src 'self' ${apiOrigin}; style-src 'self'; connect-src ${apiOrigin}; img-src 'self'`,
    },
    body: hostHtml({ apiOrigin }),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await ctx?.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

describe('logo in the widget profile', () => {
  it('shows the approved logo from the directory origin on another site, in a fixed 96 px box with an empty alt', async () => {
    const { page, errors } = await openPage(browser, `${host.origin}/#koinsep=enterprise:${slug}`);
    await page.locator('koinsep-directory #profile-heading').waitFor();
    const logo = page.locator('koinsep-directory [part~="logo"]');
    expect(await logo.getAttribute('src')).toBe(logoUrl);
    expect(await logo.getAttribute('alt')).toBe('');
    expect([await logo.getAttribute('width'), await logo.getAttribute('height')]).toEqual(['96', '96']);
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await logo.isVisible()).toBe(true);
    const box = await logo.boundingBox();
    expect([box!.width, box!.height]).toEqual([96, 96]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides the logo, instead of a broken image, when the host CSP does not allow the directory in img-src', async () => {
    const { page } = await openPage(browser, `${host.origin}/strict-csp#koinsep=enterprise:${slug}`);
    await page.locator('koinsep-directory #profile-heading').waitFor();
    const logo = page.locator('koinsep-directory [part~="logo"]');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.hidden)).toBe(true);
    expect(await logo.isVisible()).toBe(false);
    await page.close();
  });
});
