import { expect } from 'vitest';
import { authenticator } from 'otplib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { TestContext } from '../helpers/test-app.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../helpers/auth.ts';

/**
 * axe over the whole document, and proof that it looked inside the shell's shadow root
 * (so that a pass cannot come from scanning an empty light DOM).
 */
export async function expectAxeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual(
    [],
  );
  expect(
    result.passes.find((p) => p.id === 'landmark-one-main'),
    'axe checked the main landmark inside the shell',
  ).toBeDefined();
  const shellNodes = result.passes
    .flatMap((p) => p.nodes)
    .filter((n) => JSON.stringify(n.target).includes('koinsep-admin-app'));
  expect(shellNodes.length, 'axe checked nodes inside <koinsep-admin-app>').toBeGreaterThan(10);
}

/** Signs the demo admin in through the staff app's own forms (password, then TOTP). */
export async function signInAsAdmin(page: Page, base: string, ctx: TestContext): Promise<void> {
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(DEMO_USERS.admin);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Είσοδος' }).click();
  await page.getByLabel('Κωδικός επαλήθευσης').waitFor();
  // One TOTP step may be used once: forget the last one so that several sign-ins per test file work.
  await ctx.handle.db.updateTable('user_totp').set({ last_used_step: null }).execute();
  await page.getByLabel('Κωδικός επαλήθευσης').fill(authenticator.generate(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Συνέχεια' }).click();
  await page.getByRole('heading', { name: /Καλώς ήρθατε/ }).waitFor();
}
