import { describe, expect, it } from 'vitest';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { tinyPdf } from '../helpers/multipart.ts';
import { DEMO_USERS } from '../helpers/auth.ts';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, focused, horizontalOverflow, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * An enterprise's compliance documents in a real Chromium at a phone's and a desktop's width,
 * in Greek and English: the certificate that counts for each kind, most urgent first, with a
 * badge in words and an icon; the replaced ones apart; one upload form, which "Renew" fills in
 * and "Correct the file" turns into a file replacement; dates typed as dd/mm/yyyy.
 */
const app = startStaffApp();

const athensToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date());
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const ddmmyyyy = (day: string) => day.split('-').reverse().join('/');

const TEXT = {
  el: {
    title: 'Δικαιολογητικά',
    kinds: {
      social_security_clearance: 'Ασφαλιστική ενημερότητα (e-ΕΦΚΑ)',
      tax_clearance: 'Φορολογική ενημερότητα',
      gemi_certificate: 'Πιστοποιητικό ΓΕΜΗ',
    },
    expired: (d: string) => `Έληξε στις ${d}`,
    expiring: (n: number, d: string) => `Λήγει σε ${n} ημέρες (${d})`,
    valid: (d: string) => `Σε ισχύ έως ${d}`,
    summary: (a: number, b: number, c: number) => `${a} έληξαν · ${b} λήγουν μέσα σε 30 ημέρες · ${c} σε ισχύ`,
    older: (n: number) => `Παλαιότερα δικαιολογητικά (${n})`,
    renew: 'Ανανέωση',
    correct: 'Διόρθωση αρχείου',
    kind: 'Είδος',
    issued: 'Ημερομηνία έκδοσης',
    until: 'Ισχύει έως',
    file: 'Αρχείο',
    upload: 'Ανέβασμα',
    uploaded: 'Το δικαιολογητικό ανέβηκε.',
    replace: 'Αντικατάσταση αρχείου',
    replaced: 'Το αρχείο αντικαταστάθηκε.',
    badDate: 'Γράψτε την ημερομηνία ως ηη/μμ/εεεε, π.χ. 07/03/2025.',
  },
  en: {
    title: 'Compliance documents',
    kinds: {
      social_security_clearance: 'Social-security clearance (e-EFKA)',
      tax_clearance: 'Tax clearance',
      gemi_certificate: 'GEMI certificate',
    },
    expired: (d: string) => `Expired on ${d}`,
    expiring: (n: number, d: string) => `Expires in ${n} days (${d})`,
    valid: (d: string) => `Valid until ${d}`,
    summary: (a: number, b: number, c: number) => `${a} expired · ${b} expire within 30 days · ${c} valid`,
    older: (n: number) => `Earlier documents (${n})`,
    renew: 'Renew',
    correct: 'Correct the file',
    kind: 'Kind',
    issued: 'Issued on',
    until: 'Valid until',
    file: 'File',
    upload: 'Upload',
    uploaded: 'The document was uploaded.',
    replace: 'Replace the file',
    replaced: 'The file was replaced.',
    badDate: 'Write the date as dd/mm/yyyy, e.g. 07/03/2025.',
  },
} as const;

describe('compliance documents by urgency', () => {
  it.each(SCREENS)(
    'at $width px in $lang: sorted by urgency with badges, one upload form for renewing and correcting',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const today = athensToday();
      const dates = {
        expired: plusDays(today, -10),
        expiring: plusDays(today, 10),
        valid: plusDays(today, 200),
        replaced: plusDays(today, -400),
      };
      // A fresh enterprise with exactly these certificates; member1 works for it.
      const enterpriseId = await insertEnterprise(app.ctx.handle, {
        slug: `eggrafa-${width}-${lang}`,
        legal_name: `Δικαιολογητικά ${width} ${lang} ΚοινΣΕπ`,
        documents: [
          { kind: 'gemi_certificate', issuedOn: plusDays(today, -500), validUntil: dates.replaced },
          { kind: 'gemi_certificate', issuedOn: plusDays(today, -100), validUntil: dates.valid },
          { kind: 'tax_clearance', issuedOn: plusDays(today, -20), validUntil: dates.expiring },
          { kind: 'social_security_clearance', issuedOn: plusDays(today, -70), validUntil: dates.expired },
        ],
      });
      await app.ctx.handle.db
        .updateTable('users')
        .set({ enterprise_id: enterpriseId })
        .where('email', '=', DEMO_USERS.member1)
        .execute();
      const page = await signedInPage(app, { who: 'member1', width, lang });
      await page.goto(`${app.base}/admin/my-documents`);
      await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
      const cards = page.locator('.documents > li');
      await cards.first().waitFor();

      // Most urgent first, each with its state in words (and an icon, and the date), not colour alone.
      await expect(cards.locator('h3').allInnerTexts()).resolves.toEqual([
        t.kinds.social_security_clearance,
        t.kinds.tax_clearance,
        t.kinds.gemi_certificate,
      ]);
      await expect(cards.locator('.badge').allInnerTexts()).resolves.toEqual([
        t.expired(ddmmyyyy(dates.expired)),
        t.expiring(10, ddmmyyyy(dates.expiring)),
        t.valid(ddmmyyyy(dates.valid)),
      ]);
      await expect(cards.locator('.badge svg').count()).resolves.toBe(3);
      await page.getByText(t.summary(1, 1, 1)).waitFor();
      await page.getByText(t.older(1)).waitFor();
      // One upload control on the page.
      await expect(page.locator('input[type=file]').count()).resolves.toBe(1);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);
      await expectAxeClean(page);

      // "Renew" on the expired certificate: the form has its kind and the focus is on the first date.
      await page.getByRole('button', { name: `${t.renew}: ${t.kinds.social_security_clearance}` }).click();
      await expect(page.getByLabel(t.kind).inputValue()).resolves.toBe('social_security_clearance');
      expect(await focused(page)).toMatchObject({ id: 'doc-issuedOn' });
      await page.keyboard.type('32/01/2026');
      await page.getByLabel(t.until).fill(ddmmyyyy(plusDays(today, 180)));
      await page
        .getByLabel(t.file, { exact: true })
        .setInputFiles({ name: 'efka.pdf', mimeType: 'application/pdf', buffer: tinyPdf('efka') });
      await page.getByRole('button', { name: t.upload, exact: true }).click();
      await page.getByText(t.badDate).waitFor();
      expect(await focused(page)).toMatchObject({ id: 'doc-issuedOn' });
      await page.getByLabel(t.issued).fill(ddmmyyyy(today));
      await page.getByRole('button', { name: t.upload, exact: true }).click();
      await page.getByRole('status').filter({ hasText: t.uploaded }).waitFor();
      // Renewed: no longer urgent; the expired one is now among the earlier ones.
      await expect(cards.locator('h3').allInnerTexts()).resolves.toEqual([
        t.kinds.tax_clearance,
        t.kinds.social_security_clearance,
        t.kinds.gemi_certificate,
      ]);
      await page.getByText(t.summary(0, 1, 2)).waitFor();
      await page.getByText(t.older(2)).waitFor();

      // "Correct the file" turns the same form into a file replacement for that certificate.
      await page.getByRole('button', { name: `${t.correct}: ${t.kinds.tax_clearance}` }).click();
      await page.getByRole('heading', { name: new RegExp(`^${t.correct}: ${t.kinds.tax_clearance}`) }).waitFor();
      await expect(page.getByLabel(t.issued).count()).resolves.toBe(0);
      await page
        .getByLabel(t.file, { exact: true })
        .setInputFiles({ name: 'forologiki.pdf', mimeType: 'application/pdf', buffer: tinyPdf('tax') });
      await page.getByRole('button', { name: t.replace, exact: true }).click();
      await page.getByRole('status').filter({ hasText: t.replaced }).waitFor();
      await cards
        .filter({ hasText: t.kinds.tax_clearance })
        .getByRole('link', { name: /forologiki\.pdf/ })
        .waitFor();
      await expectAxeClean(page);
      await page.context().close();
    },
  );
});
