/**
 * README screenshots (issue 16), generated, never made by hand: the residents' home page (desktop
 * and phone), its map (tiles from a local tile server, never the internet) and the staff home,
 * from the demo data in a throwaway database, in Debian's Chromium.
 * Run `npm run build` first (the staff app is served from the build). Writes docs/screenshots/*.png.
 *
 *   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { createTestApp } from '../tests/helpers/test-app.ts';
import { DEMO_USERS } from '../tests/helpers/auth.ts';
import { signInThroughUi } from '../tests/helpers/ui-sign-in.ts';
import { startTileServer } from '../tests/e2e/map-support.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

const tiles = await startTileServer();
const ctx = await createTestApp({
  config: { map: { tileUrl: tiles.tileUrl, attribution: '© OpenStreetMap contributors (local test tiles)' } },
});
const base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
try {
  for (const [name, width, height] of [
    ['home-desktop', 1280, 900],
    ['home-phone', 360, 780],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'el-GR' });
    await page.goto(`${base}/`);
    await page.screenshot({ path: join(out, `${name}.png`) });
    await page.close();
  }
  const map = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'el-GR' });
  await map.goto(`${base}/`);
  await map.locator('#enterprise-map .koinsep-map-cluster').first().waitFor();
  await map.locator('#enterprise-map .leaflet-tile-loaded').first().waitFor();
  await map.locator('.map-section').screenshot({ path: join(out, 'map.png') });
  await map.close();
  const staff = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'el-GR' });
  await signInThroughUi(staff, base, ctx.handle, DEMO_USERS.staff);
  await staff.getByRole('heading', { level: 1, name: /Καλώς ήρθατε/ }).waitFor();
  await staff.getByRole('link', { name: /^Αλλαγές σε αναμονή ελέγχου / }).waitFor();
  await staff.screenshot({ path: join(out, 'staff-home.png') });
  await staff.close();
  console.log(`Screenshots written to ${out}`);
} finally {
  await browser.close();
  await ctx.close();
  await tiles.close();
}
