import { describe, expect, it } from 'vitest';
import { signIn, DEMO_USERS } from '../helpers/auth.ts';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, horizontalOverflow, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * Moderation in a real Chromium at a phone's and a desktop's width, in Greek and English: a
 * proposed description is shown as a word-level difference from the published one (added
 * words in <ins>, removed in <del>, each with a spoken label, not colour alone), and a
 * correction starts from the proposed text in a multi-line field and is what gets published.
 */
const app = startStaffApp();

const TEXT = {
  el: {
    title: 'Έλεγχος αλλαγών',
    open: 'Άνοιγμα',
    field: 'Περιγραφή (ελληνικά)',
    correct: 'Διόρθωση',
    approveCorrected: 'Διόρθωση και έγκριση',
    approved: 'Εγκρίθηκε και δημοσιεύτηκε',
    added: '[προστίθεται:',
    removed: '[αφαιρείται:',
  },
  en: {
    title: 'Change moderation',
    open: 'Open',
    field: 'Description (Greek)',
    correct: 'Correct',
    approveCorrected: 'Correct and approve',
    approved: 'Approved and published',
    added: '[added:',
    removed: '[removed:',
  },
} as const;

const description = async () =>
  (
    await app.ctx.handle.db
      .selectFrom('enterprises')
      .select('description_el')
      .where('slug', '=', 'katharo-chalandri')
      .executeTakeFirstOrThrow()
  ).description_el;

/** The manager proposes `text` as the Greek description, through the API. */
async function propose(text: string) {
  const manager = await signIn(app.ctx.app, DEMO_USERS.manager1);
  const me = await app.ctx.app.inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: manager.headers });
  const response = await app.ctx.app.inject({
    method: 'PATCH',
    url: '/api/v1/my/enterprise',
    headers: { ...manager.headers, 'if-match': me.headers.etag as string },
    payload: { descriptionEl: text },
  });
  expect(response.statusCode).toBe(202);
}

describe('moderation with a word-level difference', () => {
  it.each(SCREENS)(
    'at $width px in $lang: the difference marks words, and a correction in a multi-line field is what gets published',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const published = await description();
      const [firstWord, ...rest] = published.split(' ');
      const opening = `Συνεταιρισμός${width}${lang}`;
      const proposal = `${opening} ${rest.join(' ')} Νέα πρόταση ${width}${lang}.`;
      await propose(proposal);

      const page = await signedInPage(app, { who: 'staff', width, lang });
      await page.goto(`${app.base}/admin/moderation`);
      await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
      await page.getByRole('button', { name: `${t.open}: Καθαρό Χαλάνδρι` }).click();
      const change = page.getByRole('region', { name: t.field });
      await change.waitFor();

      // Only the changed words are marked, each with its spoken label.
      const texts = async (selector: string) =>
        (await change.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' '));
      await expect(texts('del')).resolves.toEqual([`${t.removed} ${firstWord}]`]);
      await expect(texts('ins')).resolves.toEqual([
        `${t.added} ${opening}]`,
        `${t.added} Νέα πρόταση ${width}${lang}.]`,
      ]);
      // Not by colour alone: removed text is struck through, added text underlined.
      await expect(
        change
          .locator('del')
          .first()
          .evaluate((e) => getComputedStyle(e).textDecorationLine),
      ).resolves.toContain('line-through');
      await expect(
        change
          .locator('ins')
          .first()
          .evaluate((e) => getComputedStyle(e).textDecorationLine),
      ).resolves.toContain('underline');
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);
      await expectAxeClean(page);

      // The correction starts from the proposal, in a multi-line field.
      await change.getByRole('button', { name: `${t.correct}: ${t.field}` }).click();
      const correction = change.getByRole('textbox', { name: `${t.correct}: ${t.field}` });
      await expect(correction.evaluate((e) => e.tagName)).resolves.toBe('TEXTAREA');
      await expect(correction.inputValue()).resolves.toBe(proposal);
      await expect(correction.evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);
      const corrected = proposal.replace('Νέα πρόταση', 'Διορθωμένη πρόταση');
      await correction.fill(corrected);
      await expectAxeClean(page);
      await page.getByRole('button', { name: t.approveCorrected }).click();
      await page.getByText(t.approved).waitFor();
      expect(await description()).toBe(corrected);
      await page.context().close();
    },
  );
});
