import { describe, expect, it } from 'vitest';
import { authenticator } from 'otplib';
import { insertContract } from '../helpers/contract-fixtures.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../helpers/auth.ts';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, endSessions, focused, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * When the session ends under an open page (the idle or absolute limit), the next request
 * answers 401: the app asks for the password and the second factor in a dialog over the page,
 * then sends the request again — the form and what was typed in it are still there. All by
 * keyboard, at a phone's and a desktop's width, in Greek and English.
 */
const app = startStaffApp();
const year = new Date().getFullYear();

const TEXT = {
  el: {
    edit: 'Επεξεργασία',
    title: 'Τίτλος',
    save: 'Αποθήκευση',
    saved: 'Η σύμβαση αποθηκεύτηκε.',
    dialog: 'Η σύνδεσή σας έληξε',
    password: 'Κωδικός πρόσβασης',
    code: 'Κωδικός επαλήθευσης',
  },
  en: {
    edit: 'Edit',
    title: 'Title',
    save: 'Save',
    saved: 'The contract was saved.',
    dialog: 'Your session has ended',
    password: 'Password',
    code: 'Verification code',
  },
} as const;

const contractTitle = async (id: string) =>
  (await app.ctx.handle.db.selectFrom('contracts').select('title').where('id', '=', id).executeTakeFirstOrThrow())
    .title;

describe('signing in again when the session has ended', () => {
  it.each(SCREENS)(
    'at $width px in $lang: a contract edited while the session ended is saved after signing in again in a dialog',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const enterprise = await app.ctx.handle.db
        .selectFrom('enterprises')
        .select('id')
        .where('slug', '=', 'katharo-chalandri')
        .executeTakeFirstOrThrow();
      const before = `Σύμβαση πριν από τη λήξη ${width} ${lang}`;
      const typed = `Σύμβαση που γράφτηκε πριν λήξει η σύνδεση ${width} ${lang}`;
      const id = await insertContract(app.ctx.handle, {
        enterpriseId: enterprise.id,
        title: before,
        cpvCode: '90910000',
        awardRoute: 'direct_award',
        valueNetCents: 250_000,
        awardedOn: `${year}-03-04`,
      });
      const page = await signedInPage(app, { who: 'staff', width, lang });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${app.base}/admin/contracts`);
      await page.getByRole('button', { name: `${t.edit}: ${before}` }).click();
      const title = page.getByLabel(t.title, { exact: true });
      await title.fill(typed);

      // The session ends (as after the idle limit); saving meets a 401.
      await endSessions(app);
      await page.getByRole('button', { name: t.save, exact: true }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: t.dialog });
      await dialog.waitFor();
      // The e-mail is the same person's, fixed; the password has the focus.
      const email = page.getByLabel('E-mail');
      await expect(email.inputValue()).resolves.toBe(DEMO_USERS.staff);
      await expect(email.getAttribute('readonly')).resolves.not.toBeNull();
      expect(await focused(page)).toMatchObject({ tag: 'input', id: 'password', inDialog: true });
      await expectAxeClean(page);

      // Escape gives up: the request fails, the page says so, and what was typed is still there.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('alert').first().waitFor();
      await expect(title.inputValue()).resolves.toBe(typed);
      expect(await contractTitle(id)).toBe(before);

      // Again: password, Enter; the code, Enter — by keyboard only.
      await page.getByRole('button', { name: t.save, exact: true }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      expect(await focused(page)).toMatchObject({ id: 'password', inDialog: true });
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByLabel(t.code).waitFor();
      expect(await focused(page)).toMatchObject({ id: 'code', inDialog: true });
      await app.ctx.handle.db.updateTable('user_totp').set({ last_used_step: null }).execute();
      await page.keyboard.type(authenticator.generate(DEMO_TOTP_SECRET));
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });

      // The save went through as typed, on the same page.
      await page.getByRole('status').filter({ hasText: t.saved }).waitFor();
      expect(await contractTitle(id)).toBe(typed);
      expect(new URL(page.url()).pathname).toBe('/admin/contracts');
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('an enterprise member (no second factor) keeps the typed password change form after signing in again', async () => {
    const page = await signedInPage(app, { who: 'member1', width: 360, lang: 'el' });
    await page.goto(`${app.base}/admin/account`);
    await page.getByRole('heading', { level: 1, name: 'Ο λογαριασμός μου' }).waitFor();
    await page.getByLabel('Τρέχων κωδικός').fill('not-the-password-1');
    await page.getByLabel('Νέος κωδικός πρόσβασης').fill('a-long-new-password-for-member');
    await page.getByLabel('Επανάληψη κωδικού').fill('a-long-new-password-for-member');
    await endSessions(app);
    await page.getByRole('button', { name: 'Αλλαγή κωδικού' }).click();
    const dialog = page.getByRole('dialog', { name: 'Η σύνδεσή σας έληξε' });
    await dialog.waitFor();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // The retried request reached the server with what was typed: it refuses the wrong current password.
    await page.locator('#current-error').filter({ hasText: /\S/ }).waitFor();
    await expect(page.getByLabel('Τρέχων κωδικός').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Νέος κωδικός πρόσβασης').inputValue()).resolves.toBe(
      'a-long-new-password-for-member',
    );
    await page.context().close();
  });
});
