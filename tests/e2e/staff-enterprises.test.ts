import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, horizontalOverflow, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * Staff register, edit, publish and hide an enterprise in the app (issue 16), in a real Chromium
 * at a phone's and a desktop's width, in Greek and English.
 */
const app = startStaffApp();

const TEXT = {
  el: {
    nav: 'Φάκελοι επιχειρήσεων',
    add: 'Νέα επιχείρηση',
    legalName: 'Επωνυμία',
    afm: 'ΑΦΜ',
    register: 'Καταχώριση',
    publish: 'Δημοσίευση στον κατάλογο',
    hide: 'Απόκρυψη από το κοινό',
    contact: 'Επικοινωνία',
    phone: 'Τηλέφωνο',
    save: 'Αποθήκευση',
    published: 'δημοσιευμένη',
    draft: 'πρόχειρη',
  },
  en: {
    nav: 'Enterprise records',
    add: 'New enterprise',
    legalName: 'Legal name',
    afm: 'Tax number (ΑΦΜ)',
    register: 'Register',
    publish: 'Publish in the directory',
    hide: 'Hide from the public',
    contact: 'Contact',
    phone: 'Phone',
    save: 'Save',
    published: 'published',
    draft: 'draft',
  },
} as const;

/** A fresh valid ΑΦΜ per screen (check digit per DESIGN §2), so each run registers its own enterprise. */
function afm(seed: number): string {
  const first = `7${String(seed).padStart(7, '0')}`;
  const sum = [...first].reduce((s, d, i) => s + Number(d) * 2 ** (8 - i), 0);
  return `${first}${(sum % 11) % 10}`;
}

describe('staff manage enterprises', () => {
  it.each(SCREENS.map((s, i) => ({ ...s, i })))(
    'at $width px in $lang: register (ΑΦΜ checked), publish, edit, hide',
    async ({ width, lang, i }) => {
      const t = TEXT[lang];
      const page = await signedInPage(app, { who: 'staff', width, lang });
      await page.goto(`${app.base}/admin/enterprise-records`);
      await page.getByRole('button', { name: t.add }).click();
      const name = `Δοκιμή Οθόνης ${width} ${lang}`;
      await page.getByLabel(t.legalName, { exact: true }).fill(name);
      await page.getByLabel(t.afm, { exact: true }).fill('123456781');
      await page.getByRole('button', { name: t.register }).click();
      // The server's reason is shown at the field, and the field gets the focus.
      const afmField = page.getByLabel(t.afm, { exact: true });
      await expect.poll(() => afmField.getAttribute('aria-invalid')).toBe('true');
      await expectAxeClean(page);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      await afmField.fill(afm(1000 + i));
      await page.getByRole('button', { name: t.register }).click();
      await page.getByRole('heading', { level: 2, name }).waitFor();
      await expect(page.getByText(t.draft).first().isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: t.publish }).click();
      await page.getByRole('button', { name: t.hide }).waitFor();
      const slug = await app.ctx.app.db
        .selectFrom('enterprises')
        .select(['slug', 'status'])
        .where('legal_name', '=', name)
        .executeTakeFirstOrThrow();
      expect(slug.status).toBe('published');

      await page.getByText(t.contact, { exact: true }).click();
      await page.getByLabel(t.phone, { exact: true }).fill('210 1234567');
      await page.getByRole('button', { name: t.save, exact: true }).click();
      await expect
        .poll(
          async () =>
            (
              await app.ctx.app.db
                .selectFrom('enterprises')
                .select('phone')
                .where('slug', '=', slug.slug)
                .executeTakeFirstOrThrow()
            ).phone,
        )
        .toBe('210 1234567');
      await expectAxeClean(page);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      await page.getByRole('button', { name: t.hide }).click();
      await page.getByRole('button', { name: t.publish }).waitFor();
      expect(
        (
          await app.ctx.app.db
            .selectFrom('enterprises')
            .select('status')
            .where('slug', '=', slug.slug)
            .executeTakeFirstOrThrow()
        ).status,
      ).toBe('hidden');
      await page.context().close();
    },
  );
});
