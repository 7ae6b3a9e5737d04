import { authenticator } from 'otplib';
import type { Page } from 'playwright-core';
import type { DatabaseHandle } from '../../db/connection.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './auth.ts';

/**
 * Signs a demo staff or admin user in through the staff app's own form (Greek labels),
 * with the TOTP step, as a person would.
 */
export async function signInThroughUi(page: Page, base: string, handle: DatabaseHandle, email: string): Promise<void> {
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης').fill(DEMO_PASSWORD);
  await page.getByLabel('Κωδικός πρόσβασης').press('Enter');
  await page.getByLabel('Κωδικός επαλήθευσης').waitFor();
  // A code is accepted once per 30-second step; forget the last step so a second sign-in within it works.
  await handle.db.updateTable('user_totp').set({ last_used_step: null }).execute();
  await page.getByLabel('Κωδικός επαλήθευσης').fill(authenticator.generate(DEMO_TOTP_SECRET));
  await page.getByLabel('Κωδικός επαλήθευσης').press('Enter');
}
