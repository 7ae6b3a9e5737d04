import { describe, expect, it } from 'vitest';
import { signIn, DEMO_USERS } from '../helpers/auth.ts';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, horizontalOverflow, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * The staff home in a real Chromium at a phone's and a desktop's width, in Greek and English:
 * the counters of the day's work agree with the API, and each leads to its (filtered) page.
 */
const app = startStaffApp();

const TEXT = {
  el: {
    pending: 'Αλλαγές σε αναμονή ελέγχου',
    never: 'Επιχειρήσεις που δεν έχουν επαληθευτεί ποτέ',
    records: 'Φάκελοι επιχειρήσεων',
    filter: 'Επαλήθευση',
    table: 'Φάκελοι επιχειρήσεων',
  },
  en: {
    pending: 'Changes waiting for review',
    never: 'Enterprises never verified',
    records: 'Enterprise records',
    filter: 'Verification',
    table: 'Enterprise records',
  },
} as const;

describe('the staff home', () => {
  it.each(SCREENS)(
    'at $width px in $lang: counters agree with the API and lead to the filtered page',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const staff = await signIn(app.ctx.app, DEMO_USERS.staff);
      const get = async (url: string) =>
        (await app.ctx.app.inject({ method: 'GET', url, headers: staff.headers })).json();
      const pending = (await get('/api/v1/change-requests?status=pending')).total as number;
      const never = (
        (await get('/api/v1/staff/enterprises')).items as Array<{ verification: { verifiedAt: string | null } }>
      ).filter((e) => !e.verification.verifiedAt).length;
      expect(never).toBeGreaterThan(0);

      const page = await signedInPage(app, { who: 'staff', width, lang });
      const counter = (label: string) => page.getByRole('link', { name: new RegExp(`^${label} `) });
      await counter(t.pending).waitFor();
      await expect(counter(t.pending).innerText()).resolves.toMatch(new RegExp(`${pending}$`));
      await expect(counter(t.never).innerText()).resolves.toMatch(new RegExp(`${never}$`));
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);
      await expectAxeClean(page);

      await counter(t.never).click();
      await page.getByRole('heading', { level: 1, name: t.records }).waitFor();
      expect(new URL(page.url()).search).toBe('?verification=never');
      await expect(page.getByLabel(t.filter).inputValue()).resolves.toBe('never');
      const rows = page.getByRole('region', { name: t.table }).locator('tbody tr');
      await rows.first().waitFor();
      await expect(rows.count()).resolves.toBe(never);
      await page.context().close();
    },
  );
});
