import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEMO_USERS } from '../helpers/auth.ts';
import { expectAxeClean, signInAsAdmin } from './accounts-support.ts';

/**
 * The admin's side of the users page in a real Chromium: inviting into a draft enterprise
 * chosen with the enterprise picker (keyboard only), changing a role, the last-admin rule.
 * Every check runs axe over the whole page, the shell included.
 */
let ctx: TestContext;
let browser: Browser;
let base: string;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  await insertEnterprise(ctx.handle, {
    slug: 'raftadiko',
    legal_name: 'Εργαστήρι Ραπτικής Χαλανδρίου ΚοινΣΕπ',
    trade_name: 'Ραφτάδικο',
    status: 'draft',
    afm: '094014201',
  });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('users page for admins', () => {
  it('invites into a draft enterprise chosen with the picker by keyboard, and changes a role', async () => {
    const context = await browser.newContext({ locale: 'el-GR' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInAsAdmin(page, base, ctx);
    await expectAxeClean(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Χρήστες και προσκλήσεις' }).click();
    await page.getByRole('heading', { name: 'Χρήστες και προσκλήσεις' }).waitFor();

    await page.getByLabel('E-mail').fill('tailor@raftadiko.example');
    await page.getByLabel('Ρόλος', { exact: true }).selectOption('enterprise_manager');
    const picker = page.getByRole('combobox', { name: 'Επιχείρηση' });
    // Greeklish, no accents: "raptik" finds "Ραπτικής".
    await picker.pressSequentially('raptik');
    await page.getByRole('option', { name: /Ραφτάδικο/ }).waitFor();
    expect(await page.getByRole('listbox', { name: 'Επιχείρηση' }).getByRole('option').count()).toBe(1);
    await expect(picker.getAttribute('aria-expanded')).resolves.toBe('true');
    await expectAxeClean(page);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page
      .getByText('Επιλέχθηκε: Εργαστήρι Ραπτικής Χαλανδρίου ΚοινΣΕπ (ΑΦΜ 094014201, πρόχειρη, μη δημοσιευμένη)')
      .waitFor();
    await expect(picker.inputValue()).resolves.toBe('Ραφτάδικο');
    await page.getByRole('button', { name: 'Αποστολή πρόσκλησης' }).click();
    await page.getByText('Στάλθηκε πρόσκληση στο tailor@raftadiko.example.').waitFor();
    const invitation = await ctx.handle.db
      .selectFrom('invitations as i')
      .innerJoin('enterprises as e', 'e.id', 'i.enterprise_id')
      .select(['i.role', 'e.slug'])
      .where('i.email', '=', 'tailor@raftadiko.example')
      .executeTakeFirstOrThrow();
    expect(invitation).toEqual({ role: 'enterprise_manager', slug: 'raftadiko' });
    await page.getByRole('cell', { name: /Υπεύθυνος επιχείρησης\s*Ραφτάδικο/ }).waitFor();

    // Without an enterprise the form says so next to the picker, and sends nothing.
    await page.getByLabel('E-mail').fill('nobody@raftadiko.example');
    await page.getByLabel('Ρόλος', { exact: true }).selectOption('enterprise_member');
    await page.getByRole('button', { name: 'Αποστολή πρόσκλησης' }).click();
    await page.getByText('Διαλέξτε επιχείρηση από τη λίστα.').waitFor();
    await expect(page.getByRole('combobox', { name: 'Επιχείρηση' }).getAttribute('aria-invalid')).resolves.toBe('true');

    // Role change: member1 becomes the manager of the draft enterprise.
    await page.getByRole('button', { name: `Αλλαγή ρόλου ${DEMO_USERS.member1}` }).click();
    const form = page.getByRole('form', { name: `Αλλαγή ρόλου: ${DEMO_USERS.member1}` });
    await expect(
      form.getByLabel('Νέος ρόλος').evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement),
    ).resolves.toBe(true);
    await form.getByLabel('Νέος ρόλος').selectOption('enterprise_manager');
    await expectAxeClean(page);
    const rolePicker = form.getByRole('combobox', { name: 'Επιχείρηση' });
    await rolePicker.fill('');
    await rolePicker.pressSequentially('Ραφτ');
    await page.getByRole('option', { name: /Ραφτάδικο/ }).click();
    await form.getByRole('button', { name: 'Αποθήκευση ρόλου' }).click();
    await page.getByText(`Ο ρόλος του ${DEMO_USERS.member1} άλλαξε. Οι συνδέσεις του τερματίστηκαν.`).waitFor();
    const member = await ctx.handle.db
      .selectFrom('users as u')
      .innerJoin('enterprises as e', 'e.id', 'u.enterprise_id')
      .select(['u.role', 'e.slug'])
      .where('u.email', '=', DEMO_USERS.member1)
      .executeTakeFirstOrThrow();
    expect(member).toEqual({ role: 'enterprise_manager', slug: 'raftadiko' });

    // The last admin is told why they cannot demote themselves.
    await page.getByRole('button', { name: `Αλλαγή ρόλου ${DEMO_USERS.admin}` }).click();
    await page
      .getByRole('form', { name: `Αλλαγή ρόλου: ${DEMO_USERS.admin}` })
      .getByLabel('Νέος ρόλος')
      .selectOption('staff');
    await page.getByRole('button', { name: 'Αποθήκευση ρόλου' }).click();
    await page.getByText('Είστε ο τελευταίος ενεργός διαχειριστής: ορίστε πρώτα άλλον διαχειριστή.').waitFor();
    await page.getByRole('button', { name: 'Άκυρο' }).click();
    await expectAxeClean(page);

    // The same in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Users and invitations' }).waitFor();
    await page.getByLabel('Role', { exact: true }).selectOption('enterprise_member');
    await page.getByRole('combobox', { name: 'Enterprise' }).pressSequentially('raftad');
    await page.getByRole('option', { name: /Ραφτάδικο.*draft, not published/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
