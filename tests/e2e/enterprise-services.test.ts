import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, focused, horizontalOverflow, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * The areas a service covers, chosen with the chip picker in a real Chromium, at a phone's
 * width with touch and at a desktop's width, in Greek and English: adding and removing by
 * keyboard only (the focus stays where the person is), by taps (the list opens on a tap), and
 * the chosen areas reach the server as the service's proposal.
 */
const app = startStaffApp();

const TEXT = {
  el: {
    edit: 'Επεξεργασία',
    group: 'Περιοχές εξυπηρέτησης',
    chosen: 'Επιλεγμένες: Περιοχές εξυπηρέτησης',
    add: 'Προσθήκη: Περιοχές εξυπηρέτησης',
    remove: 'Αφαίρεση',
    added: 'Προστέθηκε',
    submit: 'Υποβολή',
    sent: 'Στάλθηκε για έγκριση.',
    typed: 'μαραθ',
    marathon: 'Μαραθώνας',
    piraeus: 'Πειραιάς',
    municipality: 'Δήμος',
    deleteButton: 'Διαγραφή',
    deleteDialog: 'Διαγραφή υπηρεσίας',
  },
  en: {
    edit: 'Edit',
    group: 'Areas served',
    chosen: 'Chosen: Areas served',
    add: 'Add: Areas served',
    remove: 'Remove',
    added: 'Added',
    submit: 'Submit',
    sent: 'Sent for approval.',
    typed: 'marath',
    marathon: 'Marathon',
    piraeus: 'Piraeus',
    municipality: 'Municipality',
    deleteButton: 'Delete',
    deleteDialog: 'Delete service',
  },
} as const;

const SERVICE = 'Καθαρισμός χώρων μετά από εκδηλώσεις';

const proposedAreas = async () => {
  const row = await app.ctx.handle.db
    .selectFrom('change_requests as c')
    .innerJoin('services as s', 's.id', 'c.target_id')
    .select('c.proposed')
    .where('s.title_el', '=', SERVICE)
    .where('c.status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return (JSON.parse(row.proposed) as { areas?: string[] }).areas;
};

describe('the areas of a service as chips', () => {
  it.each(SCREENS)(
    'at $width px in $lang: chips added and removed by keyboard and by tap reach the server',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const phone = width < 600;
      const page = await signedInPage(app, { who: 'manager1', width, lang });
      await page.goto(`${app.base}/admin/my-services`);
      await page.getByRole('button', { name: `${t.edit}: ${SERVICE}` }).click();
      const group = page.getByRole('group', { name: t.group });
      const chips = group.getByRole('list', { name: t.chosen });
      const chipNames = () => chips.getByRole('listitem').allInnerTexts();
      const before = await chipNames();
      expect(before.length).toBeGreaterThan(0);

      // Keyboard: type, Enter adds a chip; the field empties and keeps the focus.
      const field = group.getByRole('combobox', { name: t.add });
      await field.focus();
      await page.keyboard.type(t.typed);
      await page.getByRole('option', { name: new RegExp(`^${t.marathon}`) }).waitFor();
      await page.keyboard.press('Enter');
      await expect(chipNames()).resolves.toEqual([...before, t.marathon]);
      await expect(field.inputValue()).resolves.toBe('');
      expect(await focused(page)).toMatchObject({ tag: 'input', id: 'input' });
      await group
        .getByRole('status')
        .filter({ hasText: `${t.added}: ${t.marathon}` })
        .waitFor();

      // Shift+Tab reaches the last chip's remove button (named after it); Enter removes it, the focus stays in the chips.
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toMatchObject({ tag: 'button', label: `${t.remove}: ${t.marathon}` });
      await page.keyboard.press('Enter');
      await expect(chipNames()).resolves.toEqual(before);
      expect(await focused(page)).toMatchObject({ tag: 'button', label: `${t.remove}: ${before.at(-1)}` });

      // Touch (a phone) or mouse: a tap on the field opens the whole list; a tap on an option adds it.
      if (phone) await field.tap();
      else await field.click();
      const list = page.getByRole('listbox', { name: t.add });
      await list.waitFor();
      await expect(list.getByRole('option').count()).resolves.toBeGreaterThan(20);
      await expectAxeClean(page);
      // Two places may share a name: the second line (kind · the area it belongs to) tells them apart.
      const piraeus = list.getByRole('option', { name: new RegExp(`^${t.piraeus} ${t.municipality}`) });
      if (phone) await piraeus.tap();
      else await piraeus.click();
      await expect(chipNames()).resolves.toEqual([...before, t.piraeus]);
      // The first chip goes with a tap on its remove button.
      const first = group.getByRole('button', { name: `${t.remove}: ${before[0]}` });
      const box = await first.boundingBox();
      expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44);
      if (phone) await first.tap();
      else await first.click();
      await expect(chipNames()).resolves.toEqual([...before.slice(1), t.piraeus]);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      await page.getByRole('button', { name: t.submit }).click();
      await page.getByText(t.sent).waitFor();
      const areas = await proposedAreas();
      expect(areas).toContain('mun-piraeus');
      expect(areas).not.toContain('mun-marathonas');
      expect(areas).toHaveLength(before.length);
      await page.context().close();
    },
  );

  it('asks before deleting a service, in a dialog; Escape keeps it', async () => {
    const t = TEXT.el;
    const page = await signedInPage(app, { who: 'manager1', width: 1280, lang: 'el' });
    await page.goto(`${app.base}/admin/my-services`);
    await page.getByRole('button', { name: `${t.deleteButton}: ${SERVICE}` }).click();
    const dialog = page.getByRole('dialog', { name: t.deleteDialog });
    await dialog.waitFor();
    await page.getByText(`Να διαγραφεί η υπηρεσία «${SERVICE}»;`, { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await app.ctx.handle.db.selectFrom('services').select('id').where('title_el', '=', SERVICE).executeTakeFirst(),
    ).toBeDefined();
    await page.context().close();
  });
});
