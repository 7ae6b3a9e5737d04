import { describe, expect, it } from 'vitest';
import { insertContract } from '../helpers/contract-fixtures.ts';
import { expectAxeClean } from './accounts-support.ts';
import {
  SCREENS,
  SHELL_TEXT,
  focused,
  horizontalOverflow,
  signedInPage,
  startStaffApp,
  tabTo,
} from './staff-support.ts';

/**
 * The staff app's shell in a real Chromium, at a phone's and a desktop's width, in Greek and
 * English: the navigation in groups (a side column; on a phone folded behind a menu button that
 * works by keyboard and says whether it is open), and dialogs instead of the browser's confirm
 * and prompt boxes (modal, labelled, Escape cancels, the focus comes back).
 */
const app = startStaffApp();
const year = new Date().getFullYear();

const NAV = {
  el: {
    groups: {
      Μητρώο: ['Έλεγχος αλλαγών', 'Φάκελοι επιχειρήσεων', 'Δικαιολογητικά που λήγουν', 'Εισαγωγή και εξαγωγή'],
      Προμήθειες: ['Επιλέξιμοι φορείς', 'Αιτήματα προσφορών', 'Συμβάσεις', 'Κοινωνικές προμήθειες', 'Κοινωνική αξία'],
      Διαχείριση: ['Χρήστες και προσκλήσεις', 'Ο λογαριασμός μου'],
    },
    contracts: 'Μητρώο συμβάσεων',
    contractsLink: 'Συμβάσεις',
  },
  en: {
    groups: {
      Register: ['Change moderation', 'Enterprise records', 'Expiring documents', 'Import and export'],
      Procurement: ['Eligible enterprises', 'Requests for quotes', 'Contracts', 'Social procurement', 'Social value'],
      Administration: ['Users and invitations', 'My account'],
    },
    contracts: 'Contract register',
    contractsLink: 'Contracts',
  },
} as const;

describe('the grouped navigation', () => {
  it.each(SCREENS)(
    'at $width px in $lang: groups of links, folded behind a keyboard-operable menu button on a phone',
    async ({ width, lang }) => {
      const page = await signedInPage(app, { who: 'staff', width, lang });
      const text = SHELL_TEXT[lang];
      const nav = page.getByRole('navigation', { name: text.nav });
      const menu = page.getByRole('button', { name: text.menu });
      const groups = NAV[lang].groups;
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      if (width >= 1280) {
        // Wide: the groups are shown in a side column, no menu button.
        expect(await menu.isVisible()).toBe(false);
        for (const [group, links] of Object.entries(groups)) {
          await expect(nav.getByRole('list', { name: group }).getByRole('link').allInnerTexts()).resolves.toEqual(
            links,
          );
        }
        await expectAxeClean(page);
        await nav.getByRole('link', { name: NAV[lang].contractsLink }).click();
        await page.getByRole('heading', { level: 1, name: NAV[lang].contracts }).waitFor();
        await expect(
          nav.getByRole('link', { name: NAV[lang].contractsLink }).getAttribute('aria-current'),
        ).resolves.toBe('page');
        await page.context().close();
        return;
      }

      // A phone: the whole first screen is the page, the links wait behind the menu button.
      await expect(nav.getByRole('link').count()).resolves.toBe(0);
      const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(heading!.y + heading!.height).toBeLessThan(200);
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await expectAxeClean(page);

      // Keyboard only: from the top of the page, Tab reaches the menu button; Enter opens it.
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      const passed = await tabTo(page, text.menu);
      expect(passed[0]).toBe(lang === 'el' ? 'Μετάβαση στο περιεχόμενο' : 'Skip to content');
      await page.keyboard.press('Enter');
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      expect((await focused(page)).text).toBe(text.menu);
      for (const [group, links] of Object.entries(groups)) {
        await expect(nav.getByRole('list', { name: group }).getByRole('link').allInnerTexts()).resolves.toEqual(links);
      }
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);
      await expectAxeClean(page);
      await page.screenshot({ path: `/tmp/koinsep-menu-${width}-${lang}.png`, fullPage: true });

      // The next Tab goes into the menu; Escape closes it and gives the focus back to the button.
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe(text.signOut);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ inNav: true });
      await page.keyboard.press('Escape');
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      expect((await focused(page)).text).toBe(text.menu);
      await expect(nav.getByRole('link').count()).resolves.toBe(0);

      // Space opens it again; a link is followed with Enter, the menu folds and the page has the focus.
      await page.keyboard.press('Space');
      const contracts = NAV[lang].contractsLink;
      await tabTo(page, contracts);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: NAV[lang].contracts }).waitFor();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      expect((await focused(page)).tag).toBe('main');
      await page.context().close();
    },
  );
});

describe('dialogs instead of the browser’s confirm and prompt', () => {
  it.each(SCREENS)(
    'at $width px in $lang: deleting a contract asks in a modal dialog; Escape keeps it, the confirm button deletes it',
    async ({ width, lang }) => {
      const enterprise = await app.ctx.handle.db
        .selectFrom('enterprises')
        .select('id')
        .where('slug', '=', 'katharo-chalandri')
        .executeTakeFirstOrThrow();
      const title = `Σύμβαση προς διαγραφή ${width} ${lang}`;
      const id = await insertContract(app.ctx.handle, {
        enterpriseId: enterprise.id,
        title,
        cpvCode: '90910000',
        awardRoute: 'direct_award',
        valueNetCents: 100_000,
        awardedOn: `${year}-02-03`,
      });
      const page = await signedInPage(app, { who: 'staff', width, lang });
      const t =
        lang === 'el'
          ? {
              remove: 'Διαγραφή',
              heading: 'Διαγραφή σύμβασης',
              question: `Διαγραφή της σύμβασης «${title}»;`,
              cancel: 'Άκυρο',
              done: 'Η σύμβαση διαγράφηκε.',
            }
          : {
              remove: 'Delete',
              heading: 'Delete contract',
              question: `Delete the contract "${title}"?`,
              cancel: 'Cancel',
              done: 'The contract was deleted.',
            };
      await page.goto(`${app.base}/admin/contracts`);
      const deleteButton = page.getByRole('button', { name: `${t.remove}: ${title}` });
      await deleteButton.click();
      const dialog = page.getByRole('dialog', { name: t.heading });
      await dialog.waitFor();
      await expect(page.getByText(t.question).isVisible()).resolves.toBe(true);
      // A destructive question: the safe answer has the focus; the page behind is inert.
      expect(await focused(page)).toMatchObject({ text: t.cancel, inDialog: true });
      await expect(page.evaluate(() => document.elementFromPoint(5, 5)?.tagName)).resolves.not.toBe('A');
      await expectAxeClean(page);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect((await focused(page)).text).toBe(t.remove);
      expect(
        await app.ctx.handle.db.selectFrom('contracts').select('id').where('id', '=', id).executeTakeFirst(),
      ).toBeDefined();

      // Again, and this time the keyboard goes to the confirming button.
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ text: t.remove, inDialog: true });
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: t.done }).waitFor();
      expect(
        await app.ctx.handle.db.selectFrom('contracts').select('id').where('id', '=', id).executeTakeFirst(),
      ).toBeUndefined();
      await page.context().close();
    },
  );

  it.each(SCREENS)(
    'at $width px in $lang: new recovery codes ask for the password in a dialog, not a prompt',
    async ({ width, lang }) => {
      const page = await signedInPage(app, { who: 'admin', width, lang });
      const t =
        lang === 'el'
          ? {
              page: 'Ο λογαριασμός μου',
              codes: 'Νέοι κωδικοί ανάκτησης',
              heading: 'Επιβεβαίωση με τον κωδικό σας',
              password: 'Κωδικός πρόσβασης',
              empty: 'Γράψτε τον κωδικό πρόσβασής σας.',
            }
          : {
              page: 'My account',
              codes: 'New recovery codes',
              heading: 'Confirm with your password',
              password: 'Password',
              empty: 'Enter your password.',
            };
      let nativeDialogs = 0;
      page.on('dialog', () => nativeDialogs++);
      await page.goto(`${app.base}/admin/account`);
      await page.getByRole('heading', { level: 1, name: t.page }).waitFor();
      await page.getByRole('button', { name: t.codes }).click();
      const dialog = page.getByRole('dialog', { name: t.heading });
      await dialog.waitFor();
      // The password field gets the focus (once the field inside the dialog has drawn itself);
      // Enter with nothing typed says what is missing and stays open.
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', inDialog: true });
      await page.keyboard.press('Enter');
      await page.getByText(t.empty).waitFor();
      await expect(page.getByLabel(t.password, { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
      await expectAxeClean(page);
      await page.keyboard.type('password123456!wrong');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect((await focused(page)).text).toBe(t.codes);

      await page.keyboard.press('Enter');
      await dialog.waitFor();
      // Type only once the dialog has put the focus in its password field, as a person would.
      await expect.poll(async () => (await focused(page)).tag).toBe('input');
      const { DEMO_PASSWORD } = await import('../helpers/auth.ts');
      await page.keyboard.type(DEMO_PASSWORD);
      await expect(page.getByLabel(t.password, { exact: true }).inputValue()).resolves.toBe(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.codes li').first().waitFor();
      await expect(page.locator('.codes li').count()).resolves.toBe(10);
      expect(nativeDialogs).toBe(0);
      await page.context().close();
    },
  );
});
