import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../helpers/auth.ts';
import { expectAxeClean } from './accounts-support.ts';
import { horizontalOverflow, signedInPage, startStaffApp, type Lang } from './staff-support.ts';

/**
 * A person changes the language of their own e-mail on "My account" (issue 13), in a real
 * Chromium: on a phone in English and on a desktop in Greek. The app's own language (the
 * header's button) is a different thing and stays as it was.
 */
const app = startStaffApp();

const TEXT = {
  en: {
    heading: 'My account',
    section: 'Language of your e-mail',
    label: 'We write to you in',
    save: 'Save language',
    done: (name: string) => `Your e-mail language is now ${name}.`,
  },
  el: {
    heading: 'Ο λογαριασμός μου',
    section: 'Γλώσσα των e-mail',
    label: 'Σας γράφουμε στα',
    save: 'Αποθήκευση γλώσσας',
    done: (name: string) => `Η γλώσσα των e-mail σας είναι πλέον: ${name}.`,
  },
} as const;

/** The account's stored mail language and the subject of a password-reset mail asked for now. */
async function mailLanguageOf(email: string): Promise<{ locale: string; resetSubject: string }> {
  const { ctx } = app;
  const { locale } = await ctx.app.db
    .selectFrom('users')
    .select('locale')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
  const mail = await ctx.app.db
    .selectFrom('mail_outbox')
    .select('subject')
    .where('to_address', '=', email)
    .where('kind', '=', 'password_reset')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return { locale, resetSubject: mail.subject };
}

describe('my e-mail language', () => {
  it.each([
    { width: 360, lang: 'en' as Lang, who: 'manager1' as const, to: { id: 'en', name: 'English' } },
    { width: 1280, lang: 'el' as Lang, who: 'staff' as const, to: { id: 'en', name: 'English' } },
  ])('at $width px in $lang, $who changes it on My account', async ({ width, lang, who, to }) => {
    const t = TEXT[lang];
    const email = DEMO_USERS[who];
    const page = await signedInPage(app, { who, width, lang });
    await page.goto(`${app.base}/admin/account`);
    await page.getByRole('heading', { level: 1, name: t.heading }).waitFor();
    await page.getByRole('heading', { level: 2, name: t.section }).waitFor();
    const select = page.getByLabel(t.label);
    expect(await select.inputValue()).toBe('el');
    expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);
    await expectAxeClean(page);

    await select.selectOption(to.id);
    await page.getByRole('button', { name: t.save }).click();
    await page
      .getByRole('status')
      .filter({ hasText: t.done(to.name) })
      .waitFor();
    expect(await mailLanguageOf(email)).toEqual({ locale: 'en', resetSubject: 'Resetting your password' });
    // The app itself keeps speaking the language the person chose for it.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `/tmp/koinsep-mail-language-${width}.png`, fullPage: true });
    await expectAxeClean(page);

    // After a reload the page shows the stored language; back to Greek, and the next mail is Greek.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: t.section }).waitFor();
    await expect.poll(() => page.getByLabel(t.label).inputValue()).toBe('en');
    await page.getByLabel(t.label).selectOption('el');
    await page.getByRole('button', { name: t.save }).click();
    await page
      .getByRole('status')
      .filter({ hasText: t.done('Ελληνικά') })
      .waitFor();
    expect(await mailLanguageOf(email)).toEqual({ locale: 'el', resetSubject: 'Επαναφορά κωδικού πρόσβασης' });
    await page.context().close();
  });
});
