import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, focused, horizontalOverflow, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * The enterprise manager's profile editor in a real Chromium at a phone's and a desktop's
 * width, in Greek and English: sections as tabs (arrow keys), the approval rule said once per
 * section, the seat municipality chosen by name with the keyboard, the position on the map as
 * its own group (the map picker's seam), dates as dd/mm/yyyy, a link to the public page — and
 * what was chosen arrives at the server as the proposal.
 */
const app = startStaffApp();

const TEXT = {
  el: {
    title: 'Το προφίλ μας',
    tabs: ['Ταυτότητα', 'Επικοινωνία', 'Περιγραφή', 'Τόποι', 'Μέλη και εργαζόμενοι'],
    approval: 'Με έγκριση του Δήμου',
    municipality: 'Δήμος έδρας',
    position: 'Θέση στον χάρτη',
    lat: 'Γεωγραφικό πλάτος',
    lon: 'Γεωγραφικό μήκος',
    founded: 'Ημερομηνία ίδρυσης',
    badDate: 'Γράψτε την ημερομηνία ως ηη/μμ/εεεε, π.χ. 07/03/2025.',
    badDegrees: 'Γράψτε μοίρες με δεκαδικά, π.χ. 38.0214.',
    fix: 'Διορθώστε τα επισημασμένα πεδία.',
    unsaved: 'με αλλαγές που δεν αποθηκεύτηκαν',
    save: 'Αποθήκευση',
    sent: 'Στάλθηκε για έγκριση',
    preview: 'Προβολή της δημόσιας σελίδας',
  },
  en: {
    title: 'Our profile',
    tabs: ['Identity', 'Contact', 'Description', 'Places', 'Members and employees'],
    approval: 'Needs the municipality’s approval',
    municipality: 'Municipality of the seat',
    position: 'Position on the map',
    lat: 'Latitude',
    lon: 'Longitude',
    founded: 'Founded on',
    badDate: 'Write the date as dd/mm/yyyy, e.g. 07/03/2025.',
    badDegrees: 'Write degrees with decimals, e.g. 38.0214.',
    fix: 'Correct the marked fields.',
    unsaved: 'with unsaved changes',
    save: 'Save',
    sent: 'Sent for approval',
    preview: 'View the public page',
  },
} as const;

/** Per screen: what is typed to find a municipality (Greek, Greeklish, English) and what it finds. */
const MUNICIPALITY = {
  '360-el': { typed: 'βριλ', name: 'Βριλήσσια', id: 'mun-vrilissia' },
  '360-en': { typed: 'pent', name: 'Penteli', id: 'mun-penteli' },
  '1280-el': { typed: 'kifis', name: 'Κηφισιά', id: 'mun-kifisia' },
  '1280-en': { typed: 'nea io', name: 'Nea Ionia', id: 'mun-nea-ionia' },
} as const;

/** The seat municipality the editor starts from (a pending proposal's, else the profile's), by name. */
async function seatName(lang: 'el' | 'en'): Promise<string> {
  const enterprise = await app.ctx.handle.db
    .selectFrom('enterprises')
    .select('municipality_id')
    .where('slug', '=', 'prasini-geitonia')
    .executeTakeFirstOrThrow();
  const proposed = (await pendingProposal().catch(() => ({}))) as { municipalityId?: string };
  const area = await app.ctx.handle.db
    .selectFrom('areas')
    .select(['name_el', 'name_en'])
    .where('id', '=', proposed.municipalityId ?? enterprise.municipality_id!)
    .executeTakeFirstOrThrow();
  return lang === 'el' ? area.name_el : area.name_en;
}

const pendingProposal = async () => {
  const row = await app.ctx.handle.db
    .selectFrom('change_requests as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .select('c.proposed')
    .where('e.slug', '=', 'prasini-geitonia')
    .where('c.status', '=', 'pending')
    .where('c.kind', '=', 'profile')
    .executeTakeFirstOrThrow();
  return JSON.parse(row.proposed) as Record<string, unknown>;
};

describe('the enterprise profile editor', () => {
  it.each(SCREENS)(
    'at $width px in $lang: sections, the municipality by name, the position group, dates as dd/mm/yyyy',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const municipality = MUNICIPALITY[`${width}-${lang}`];
      const day = `0${SCREENS.findIndex((s) => s.width === width && s.lang === lang) + 1}`;
      const page = await signedInPage(app, { who: 'manager2', width, lang });
      await page.goto(`${app.base}/admin/my-enterprise`);
      await page.getByRole('heading', { level: 1, name: t.title }).waitFor();

      // Five sections; the rule "needs approval" is said once per section, not next to every field.
      await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual(t.tabs);
      expect(await page.getByText(t.approval, { exact: true }).count()).toBeLessThanOrEqual(t.tabs.length);
      await expect(
        page.getByRole('tabpanel', { name: t.tabs[0] }).getByText(t.approval, { exact: true }).count(),
      ).resolves.toBe(1);
      // One section at a time: far from the one long form.
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThan(
        width < 600 ? 3200 : 1800,
      );
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      // The public page, in a new tab.
      const preview = page.getByRole('link', { name: new RegExp(t.preview) });
      await expect(preview.getAttribute('href')).resolves.toBe('/enterprises/prasini-geitonia');
      await expect(preview.getAttribute('target')).resolves.toBe('_blank');
      expect((await fetch(`${app.base}/enterprises/prasini-geitonia`)).status).toBe(200);

      // Tabs by keyboard: arrows move, End and Home jump; the panel follows.
      await page.getByRole('tab', { name: t.tabs[0] }).focus();
      await page.keyboard.press('ArrowRight');
      expect((await focused(page)).text).toBe(t.tabs[1]);
      await expect(page.getByRole('tabpanel', { name: t.tabs[1] }).isVisible()).resolves.toBe(true);
      await page.keyboard.press('End');
      expect((await focused(page)).text).toBe(t.tabs[4]);
      await page.keyboard.press('ArrowLeft');
      expect((await focused(page)).text).toBe(t.tabs[3]);
      await expect(
        page.getByRole('tabpanel', { name: t.tabs[3] }).getByText(t.approval, { exact: true }).count(),
      ).resolves.toBe(1);

      // The seat municipality by name (not an id), chosen with the keyboard.
      const combobox = page.getByRole('combobox', { name: t.municipality });
      await expect(combobox.inputValue()).resolves.toBe(await seatName(lang));
      await combobox.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(municipality.typed);
      await page.getByRole('option', { name: new RegExp(`^${municipality.name}`) }).waitFor();
      await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('true');
      await expectAxeClean(page);
      await page.keyboard.press('Enter');
      await expect(combobox.inputValue()).resolves.toBe(municipality.name);
      await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('false');
      await page.getByRole('tab', { name: new RegExp(`${t.tabs[3]}.*${t.unsaved}`) }).waitFor();

      // The position on the map is a group of its own (where the map picker goes); a mistake is named there.
      const position = page.getByRole('group', { name: t.position });
      await position.getByLabel(t.lat).fill('38,0x');
      await position.getByText(t.badDegrees).waitFor();
      await position.getByLabel(t.lat).fill(`38.04${day}`);
      await position.getByLabel(t.lon).fill('23.8201');

      // A date as dd/mm/yyyy; an impossible one is refused before anything is sent, in its section.
      await page.getByRole('tab', { name: t.tabs[0] }).click();
      const founded = page.getByLabel(t.founded);
      await expect(founded.inputValue()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      await founded.fill('31/02/2015');
      await page.getByRole('tabpanel', { name: t.tabs[0] }).getByRole('button', { name: t.save }).click();
      await page.getByRole('alert').filter({ hasText: t.fix }).waitFor();
      await page.getByText(t.badDate).waitFor();
      expect(await focused(page)).toMatchObject({ id: 'f-foundedOn' });
      await expectAxeClean(page);
      await founded.fill(`${day}/06/2015`);
      await page.getByRole('tabpanel', { name: t.tabs[0] }).getByRole('button', { name: t.save }).click();
      await page.getByRole('status').filter({ hasText: t.sent }).waitFor();

      // Everything typed in any section went to the server as one proposal.
      expect(await pendingProposal()).toMatchObject({
        municipalityId: municipality.id,
        lat: Number(`38.04${day}`),
        lon: 23.8201,
        foundedOn: `2015-06-${day}`,
      });
      await page.context().close();
    },
  );
});
