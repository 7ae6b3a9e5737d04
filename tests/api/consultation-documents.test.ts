import { beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn } from '../helpers/auth.ts';
import { offerBody, schoolCleaningRequest, useConsultationScene } from '../helpers/consultation-scene.ts';
import { docxText, pdfText, readDocx } from '../helpers/document-readers.ts';
import type { TestContext } from '../helpers/test-app.ts';

/**
 * The clerk's documents of a request for quotes (issue 13), downloaded: the invitation and the
 * evaluation minutes as DOCX (read back with mammoth) and PDF (read back with pdftotext), Greek
 * by default and English on request; staff only; the minutes never before the deadline, so
 * nothing of an offer leaves while offers are sealed.
 */

const scene = useConsultationScene();
let ctx: TestContext;
let staff: SignedIn;
let manager1: SignedIn;
let member1: SignedIn;
let manager2: SignedIn;
let id: string;
const { deadline } = scene;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

beforeAll(async () => {
  ({ ctx, staff, manager1, member1, manager2 } = scene);
  const invited = [manager1.user.enterprise!.id, manager2.user.enterprise!.id];
  id = (await scene.call('POST', '/api/v1/consultations', staff, schoolCleaningRequest(scene, invited))).json().id;
  await scene.call('POST', `/api/v1/consultations/${id}/publish`, staff);
  for (const [who, priceNet] of [
    [manager1, '16500.00'],
    [manager2, '15900.00'],
  ] as const)
    expect(
      (await scene.call('PUT', `/api/v1/my/consultations/${id}/offer`, who, offerBody(scene, priceNet))).statusCode,
    ).toBe(201);
});

const download = (path: string, who: SignedIn | null) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/consultations/${id}/${path}`, headers: who?.headers ?? {} });

describe('the clerk’s documents of a request', () => {
  it('lets only staff download them, and only of a request that exists', async () => {
    expect((await download('invitation.pdf', null)).statusCode).toBe(401);
    for (const who of [manager1, member1]) {
      const refused = await download('invitation.docx', who);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const missing = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/consultations/no-such-request/invitation.pdf',
      headers: staff.headers,
    });
    expect(missing.statusCode).toBe(404);
    expect((await download('invitation.pdf?lang=fr', staff)).statusCode).toBe(400);
  });

  it('lists the four downloads in the OpenAPI document with their media types', async () => {
    const paths = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json().paths;
    for (const name of ['invitation', 'evaluation-minutes']) {
      expect(Object.keys(paths[`/api/v1/consultations/{id}/${name}.docx`].get.responses['200'].content)).toEqual([
        DOCX,
      ]);
      expect(Object.keys(paths[`/api/v1/consultations/{id}/${name}.pdf`].get.responses['200'].content)).toEqual([
        'application/pdf',
      ]);
    }
  });

  it('gives the invitation as DOCX in Greek, with the request’s facts and no offer in it', async () => {
    const response = await download('invitation.docx', staff);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="invitation-[\w-]+\.docx"/);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const reading = await readDocx(response.rawPayload);
    expect(reading.errors).toEqual([]);
    const text = docxText(reading);
    expect(text).toContain('Καθαρισμός 3ου Δημοτικού Σχολείου');
    expect(text).toContain('Δήμος Χαλανδρίου');
    expect(text).toContain('Διεύθυνση Παιδείας');
    expect(text).toContain('€ 18.000,00');
    expect(text).toContain('90919300');
    expect(text).toContain(`/admin/my-consultation?id=${id}`);
    for (const sealed of ['16.500', '15.900', 'Συνεργείο 3 ατόμων']) expect(text).not.toContain(sealed);
  });

  it('gives the invitation as a PDF with Greek text, and in English on request', async () => {
    const greek = await download('invitation.pdf', staff);
    expect(greek.statusCode).toBe(200);
    expect(greek.headers['content-type']).toBe('application/pdf');
    expect(greek.headers['content-disposition']).toMatch(/filename="invitation-[\w-]+\.pdf"/);
    const text = pdfText(greek.rawPayload);
    expect(text).toContain('Καθαρισμός 3ου Δημοτικού Σχολείου');
    expect(text).toMatch(/ΠΡΟΣΚΛΗΣΗ|Πρόσκληση/);
    const english = pdfText((await download('invitation.pdf?lang=en', staff)).rawPayload);
    expect(english).toMatch(/INVITATION|Invitation/);
    expect(english).toContain('€18,000.00');
  });

  it('refuses the minutes while the offers are sealed, without a word of them', async () => {
    for (const format of ['docx', 'pdf']) {
      const sealed = await download(`evaluation-minutes.${format}`, staff);
      expect(sealed.statusCode).toBe(409);
      expect(sealed.json().code).toBe('offers_sealed');
      for (const secret of ['16500', '15900', 'Συνεργείο']) expect(sealed.body).not.toContain(secret);
    }
  });

  it('gives the minutes after the deadline and the evaluation: the offers ranked, in both formats', async () => {
    scene.now = new Date(deadline.getTime() + 60_000);
    expect((await download('evaluation-minutes.pdf', staff)).json().code).toBe('not_evaluated');
    const offers = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/consultations/${id}/offers`, headers: staff.headers })
    ).json().offers as Array<{ id: string; enterprise: { id: string } }>;
    const decisions = Object.fromEntries(
      offers.map((o) => [
        o.id,
        o.enterprise.id === manager2.user.enterprise!.id
          ? { accepted: false, reason: 'Δεν καλύπτει καθαρισμό σχολείων.' }
          : { accepted: true },
      ]),
    );
    const evaluated = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/consultations/${id}/evaluation`,
      headers: staff.headers,
      payload: { decisions },
    });
    expect(evaluated.statusCode).toBe(200);

    const docx = await download('evaluation-minutes.docx', staff);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(DOCX);
    const reading = await readDocx(docx.rawPayload);
    expect(reading.errors).toEqual([]);
    const text = docxText(reading);
    expect(text).toContain('€ 16.500,00');
    expect(text).toContain('€ 20.460,00');
    expect(text).toContain('Δεν καλύπτει καθαρισμό σχολείων.');
    expect(text).toContain(manager1.user.enterprise!.name);
    const ranked = reading.tables.find((table) => table.some((row) => row.includes('€ 16.500,00')))!;
    expect(ranked.some((row) => row[0] === '1' && row.includes(manager1.user.enterprise!.name))).toBe(true);

    const pdf = await download('evaluation-minutes.pdf?lang=en', staff);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const english = pdfText(pdf.rawPayload);
    expect(english).toMatch(/MINUTES OF THE EVALUATION OF OFFERS/);
    expect(english).toContain('€16,500.00');
    expect(english).toContain('Δεν καλύπτει καθαρισμό σχολείων.');
  });
});
