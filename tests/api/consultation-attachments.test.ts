import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn } from '../helpers/auth.ts';
import { useConsultationScene } from '../helpers/consultation-scene.ts';
import { multipartBody, tinyPdf } from '../helpers/multipart.ts';
import type { TestContext } from '../helpers/test-app.ts';

/**
 * The files of requests for quotes (issue 13), role × object: the call's PDFs (staff add them
 * while a draft or open; every invitee downloads them; nobody else) and an offer's PDFs (its
 * enterprise, until the deadline), sealed like the offer — staff cannot download them before
 * the deadline, no other enterprise ever. Same upload rules as compliance documents.
 */

const uploadDir = mkdtempSync(join(tmpdir(), 'koinsep-rfq-files-'));
const scene = useConsultationScene({ config: { uploadDir } });
let ctx: TestContext;
let staff: SignedIn;
let manager1: SignedIn;
let member1: SignedIn;
let manager2: SignedIn;
let id: string;
const { deadline, validUntil } = scene;
const SPECS = tinyPdf('Τεχνικές προδιαγραφές');
const OFFER_FILE = tinyPdf('Οικονομική προσφορά Α');

beforeAll(() => {
  ({ ctx, staff, manager1, member1, manager2 } = scene);
});

afterAll(() => {
  rmSync(uploadDir, { recursive: true, force: true });
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: SignedIn | null, payload?: unknown) =>
  ctx.app.inject({
    method,
    url,
    headers: { ...(who?.headers ?? {}), 'accept-language': 'en' },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

function upload(who: SignedIn | null, url: string, file?: { name: string; type: string; content: Buffer }) {
  const body = multipartBody({}, file);
  return ctx.app.inject({
    method: 'POST',
    url,
    headers: { ...(who?.headers ?? {}), ...body.headers, 'accept-language': 'en' },
    payload: body.payload,
  });
}

const pdf = (content: Buffer, name = 'προδιαγραφές.pdf') => ({ name, type: 'application/pdf', content });
const stored = () => {
  try {
    return readdirSync(join(uploadDir, 'consultations'));
  } catch {
    return [];
  }
};

describe("requests for quotes: the call's files and the offers' files", () => {
  let specsUrl: string;
  let offerFileUrl: string;
  let offerFileId: string;

  it('lets staff attach PDFs to a draft, under the documents’ upload rules', async () => {
    const created = await call('POST', '/api/v1/consultations', staff, {
      title: 'Καθαρισμός 3ου Δημοτικού Σχολείου',
      cpv: ['90919300-5'],
      description: 'Καθημερινός καθαρισμός για ένα σχολικό έτος.',
      route: 'open_procedure',
      valueNet: '18000.00',
      evaluation: 'lowest_price',
      department: 'Διεύθυνση Παιδείας',
      deadline: deadline.toISOString(),
      invitedEnterpriseIds: [manager1.user.enterprise!.id, manager2.user.enterprise!.id],
    });
    expect(created.json()).toMatchObject({ status: 'draft' });
    id = created.json().id;
    const base = `/api/v1/consultations/${id}/attachments`;

    // Enterprise people, and a signed-out caller, cannot attach to the municipality's request.
    expect((await upload(manager1, base, pdf(SPECS))).statusCode).toBe(403);
    expect((await upload(null, base, pdf(SPECS))).statusCode).toBe(401);
    // An executable renamed .pdf: 415 naming the file; nothing stored.
    const fake = await upload(staff, base, { name: 'specs.pdf', type: 'application/pdf', content: Buffer.from('MZ') });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().invalidParams[0].name).toBe('file');
    expect((await upload(staff, base)).json().invalidParams[0].name).toBe('file');
    expect(stored()).toEqual([]);

    const added = await upload(staff, base, pdf(SPECS));
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ fileName: 'προδιαγραφές.pdf', sizeBytes: SPECS.length });
    specsUrl = added.json().url;
    const removable = await upload(staff, base, pdf(SPECS, 'draft-only.pdf'));
    expect((await call('DELETE', removable.json().url, staff)).statusCode).toBe(204);
    const detail = await call('GET', `/api/v1/consultations/${id}`, staff);
    expect(detail.json().attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['προδιαγραφές.pdf']);
    expect(stored()).toHaveLength(1);

    const downloaded = await call('GET', specsUrl, staff);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['content-disposition']).toMatch(/^attachment;/);
    expect(downloaded.rawPayload.equals(SPECS)).toBe(true);
  });

  it('publishes; every invitee downloads the call’s files, nobody else; a published file stays', async () => {
    expect((await call('POST', `/api/v1/consultations/${id}/publish`, staff)).statusCode).toBe(200);
    const seen = await call('GET', `/api/v1/my/consultations/${id}`, member1);
    const [file] = seen.json().attachments;
    expect(file.url).toBe(`/api/v1/my/consultations/${id}/attachments/${file.id}`);
    expect((await call('GET', file.url, member1)).rawPayload.equals(SPECS)).toBe(true);
    // Not invited: no such request, no such file.
    const onlyFirst = (
      await call('POST', '/api/v1/consultations', staff, {
        title: 'Καθαρισμός γραφείων',
        cpv: ['90919200-4'],
        description: 'Καθαρισμός γραφείων.',
        route: 'open_procedure',
        valueNet: '9000.00',
        evaluation: 'lowest_price',
        department: 'Διεύθυνση Παιδείας',
        deadline: deadline.toISOString(),
        invitedEnterpriseIds: [manager1.user.enterprise!.id],
      })
    ).json().id;
    await upload(staff, `/api/v1/consultations/${onlyFirst}/attachments`, pdf(SPECS));
    expect((await call('POST', `/api/v1/consultations/${onlyFirst}/publish`, staff)).statusCode).toBe(200);
    const [otherFile] = (await call('GET', `/api/v1/my/consultations/${onlyFirst}`, manager1)).json().attachments;
    expect((await call('GET', otherFile.url, manager1)).statusCode).toBe(200);
    expect((await call('GET', otherFile.url, manager2)).statusCode).toBe(404);
    // The staff address is not the enterprises' way in.
    expect((await call('GET', specsUrl, manager1)).statusCode).toBe(403);
    // A clarification may still be added while open; what was published is never removed.
    expect(
      (await upload(staff, `/api/v1/consultations/${id}/attachments`, pdf(SPECS, 'διευκρινίσεις.pdf'))).statusCode,
    ).toBe(201);
    const remove = await call('DELETE', specsUrl, staff);
    expect(remove.statusCode).toBe(409);
    expect(remove.json().detail).toMatch(/only from a draft/);
  });

  it("takes an offer's PDFs from its enterprise only, with a standing offer", async () => {
    const base = `/api/v1/my/consultations/${id}/offer/attachments`;
    const noOffer = await upload(manager1, base, pdf(OFFER_FILE));
    expect(noOffer.statusCode).toBe(409);
    expect(noOffer.json().detail).toMatch(/no current offer/);
    const put = await call('PUT', `/api/v1/my/consultations/${id}/offer`, manager1, {
      priceNet: '16500.00',
      vatRate: 24,
      validUntil,
    });
    expect(put.statusCode).toBe(201);
    expect(
      (await upload(manager1, base, { name: 'x.pdf', type: 'application/pdf', content: Buffer.from('<html>') }))
        .statusCode,
    ).toBe(415);
    const added = await upload(member1, base, pdf(OFFER_FILE, 'οικονομική-προσφορά.pdf'));
    expect(added.statusCode).toBe(201);
    offerFileUrl = added.json().url;
    offerFileId = added.json().id;
    expect(offerFileUrl).toBe(`/api/v1/my/consultations/${id}/offer/attachments/${offerFileId}`);
    // A colleague of the same enterprise sees it with the offer.
    const mine = await call('GET', `/api/v1/my/consultations/${id}`, manager1);
    expect(mine.json().offer.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      'οικονομική-προσφορά.pdf',
    ]);
    expect((await call('GET', offerFileUrl, manager1)).rawPayload.equals(OFFER_FILE)).toBe(true);
  });

  it('never lets another enterprise, nor staff before the deadline, read an offer’s file', async () => {
    // The second enterprise asks for the same address: it names *its own* (absent) offer → 404.
    expect((await call('GET', offerFileUrl, manager2)).statusCode).toBe(404);
    expect((await call('DELETE', offerFileUrl, manager2)).statusCode).toBe(409);
    const offerId = (await call('GET', `/api/v1/my/consultations/${id}`, manager1)).json().offer.id;
    const staffUrl = `/api/v1/consultations/${id}/offers/${offerId}/attachments/${offerFileId}`;
    const sealed = await call('GET', staffUrl, staff);
    expect(sealed.statusCode).toBe(404);
    expect(sealed.body).not.toContain('Οικονομική');
    expect((await call('GET', `/api/v1/consultations/${id}/offers`, staff)).json()).toEqual({ sealed: true, count: 1 });
    expect((await call('GET', staffUrl, manager1)).statusCode).toBe(403);
    // The audit log records that a file was added to an offer, never its name or the enterprise.
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'consultation.offer.attachment%')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).not.toMatch(/προσφορά|\.pdf|enterprise/i);
  });

  it('closes the offer’s files at the deadline, and opens them to staff then', async () => {
    scene.now = new Date(deadline.getTime() + 60_000);
    const late = await upload(manager1, `/api/v1/my/consultations/${id}/offer/attachments`, pdf(OFFER_FILE));
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/deadline/i);
    expect((await call('DELETE', offerFileUrl, manager1)).statusCode).toBe(409);
    expect((await upload(staff, `/api/v1/consultations/${id}/attachments`, pdf(SPECS))).statusCode).toBe(409);

    const opened = await call('GET', `/api/v1/consultations/${id}/offers`, staff);
    const [offer] = opened.json().offers;
    expect(offer.attachments).toHaveLength(1);
    const download = await call('GET', offer.attachments[0].url, staff);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(OFFER_FILE)).toBe(true);
    expect((await call('GET', offer.attachments[0].url, manager2)).statusCode).toBe(403);
    // Its enterprise still reads its own file after the deadline.
    expect((await call('GET', offerFileUrl, member1)).statusCode).toBe(200);
  });

  it('tells staff, per enterprise, the requests and awards of the last 12 months', async () => {
    const first = manager1.user.enterprise!.id;
    const second = manager2.user.enterprise!.id;
    const rotation = await call(
      'GET',
      `/api/v1/consultations/rotation?enterpriseId=${first}&enterpriseId=${second}`,
      staff,
    );
    expect(rotation.statusCode).toBe(200);
    expect(rotation.json().items).toEqual([
      expect.objectContaining({ enterpriseId: first, requests: 2, awardedNet: expect.stringMatching(/^\d+\.\d{2}$/) }),
      expect.objectContaining({ enterpriseId: second, requests: 1 }),
    ]);
    expect(
      (await call('GET', `/api/v1/consultations/rotation?enterpriseId=${first}`, staff)).json().items,
    ).toHaveLength(1);
    expect((await call('GET', `/api/v1/consultations/rotation?enterpriseId=${first}`, manager1)).statusCode).toBe(403);
  });
});
