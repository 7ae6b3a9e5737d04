import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { multipartBody, tinyPdf, TINY_PNG } from '../helpers/multipart.ts';

/** Compliance documents and logos (issue 5): limits, magic bytes, storage, downloads, replacement. */

let ctx: TestContext;
let uploadDir: string;
let member: SignedIn;
let otherManager: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  uploadDir = mkdtempSync(join(tmpdir(), 'koinsep-uploads-'));
  ctx = await createTestApp({ config: { uploadDir } });
  member = await signIn(ctx.app, DEMO_USERS.member1);
  otherManager = await signIn(ctx.app, DEMO_USERS.manager2);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});

afterAll(async () => {
  await ctx?.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

const inject = (options: InjectOptions) => ctx.app.inject(options);
const files = (area: string) => {
  try {
    return readdirSync(join(uploadDir, area));
  } catch {
    return [];
  }
};
const documentCount = async () => (await ctx.app.db.selectFrom('compliance_documents').select('id').execute()).length;

function upload(
  who: SignedIn,
  fields: Record<string, string>,
  file?: { name: string; type: string; content: Buffer },
  url = '/api/v1/my/enterprise/documents',
) {
  const body = multipartBody(fields, file);
  return inject({ method: 'POST', url, headers: { ...who.headers, ...body.headers }, payload: body.payload });
}

const CERTIFICATE = {
  kind: 'tax_clearance',
  issuedOn: '2026-11-20',
  validUntil: '2026-12-20',
  referenceNumber: 'ΑΑ-123',
};

describe('compliance documents', () => {
  let documentId: string;
  let firstFile: { id: string; downloadUrl: string; sha256: string };

  it('stores a PDF under a random name with its SHA-256 and the dates as printed', async () => {
    const pdf = tinyPdf('tax');
    const response = await upload(member, CERTIFICATE, {
      name: 'φορολογική ενημερότητα.pdf',
      type: 'application/pdf',
      content: pdf,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      kind: 'tax_clearance',
      issuedOn: '2026-11-20',
      validUntil: '2026-12-20',
      referenceNumber: 'ΑΑ-123',
    });
    documentId = body.id;
    firstFile = body.files[0];
    expect(firstFile.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const stored = files('documents');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[a-f0-9]{32}\.pdf$/);
  });

  it('downloads only as an attachment with nosniff, byte for byte', async () => {
    const response = await inject({ method: 'GET', url: firstFile.downloadUrl, headers: member.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(String(response.headers['content-disposition']).split("''")[1]!)).toBe(
      'φορολογική ενημερότητα.pdf',
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(createHash('sha256').update(response.rawPayload).digest('hex')).toBe(firstFile.sha256);
  });

  it('another enterprise cannot download, list or change it (404); staff can download', async () => {
    expect(
      (await inject({ method: 'GET', url: firstFile.downloadUrl, headers: otherManager.headers })).statusCode,
    ).toBe(404);
    const theirs = await inject({
      method: 'GET',
      url: '/api/v1/my/enterprise/documents',
      headers: otherManager.headers,
    });
    expect(theirs.json().items.map((d: { id: string }) => d.id)).not.toContain(documentId);
    const patch = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/documents/${documentId}`,
      headers: otherManager.headers,
      payload: { validUntil: '2030-01-01' },
    });
    expect(patch.statusCode).toBe(404);
    const replace = await upload(
      otherManager,
      {},
      { name: 'x.pdf', type: 'application/pdf', content: tinyPdf() },
      `/api/v1/my/enterprise/documents/${documentId}/file`,
    );
    expect(replace.statusCode).toBe(404);
    const staffUrl = `/api/v1/staff/enterprises/katharo-chalandri/documents/${documentId}/files/${firstFile.id}`;
    const byStaff = await inject({ method: 'GET', url: staffUrl, headers: staff.headers });
    expect(byStaff.statusCode).toBe(200);
    expect(byStaff.headers['content-disposition']).toMatch(/^attachment/);
    const wrongSlug = await inject({
      method: 'GET',
      url: staffUrl.replace('katharo-chalandri', 'prasini-geitonia'),
      headers: staff.headers,
    });
    expect(wrongSlug.statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: staffUrl, headers: member.headers })).statusCode).toBe(403);
  });

  it('refuses an .exe renamed .pdf (415) and leaves nothing behind', async () => {
    const before = await documentCount();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(2000, 0x41)]);
    const response = await upload(member, CERTIFICATE, {
      name: 'certificate.pdf',
      type: 'application/pdf',
      content: exe,
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().invalidParams[0].name).toBe('file');
    expect(await documentCount()).toBe(before);
    expect(files('documents')).toHaveLength(1);
  });

  it('refuses more than 10 MB (413) and leaves nothing behind', async () => {
    const before = await documentCount();
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]);
    const response = await upload(member, CERTIFICATE, { name: 'big.pdf', type: 'application/pdf', content: big });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await documentCount()).toBe(before);
    expect(files('documents')).toHaveLength(1);
  });

  it('names a missing or impossible date and the missing file', async () => {
    const noDate = await upload(
      member,
      { kind: 'tax_clearance', issuedOn: '2026-11-20' },
      { name: 'a.pdf', type: 'application/pdf', content: tinyPdf() },
    );
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().invalidParams.map((p: { name: string }) => p.name)).toContain('validUntil');
    const backwards = await upload(
      member,
      { ...CERTIFICATE, validUntil: '2026-01-01' },
      { name: 'a.pdf', type: 'application/pdf', content: tinyPdf() },
    );
    expect(backwards.json().invalidParams[0].name).toBe('validUntil');
    const noFile = await upload(member, CERTIFICATE);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().invalidParams[0].name).toBe('file');
    const json = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/documents',
      headers: member.headers,
      payload: CERTIFICATE,
    });
    expect(json.statusCode).toBe(415);
    expect(files('documents')).toHaveLength(1);
  });

  it('replacing the file keeps the old one (downloadable, in the history)', async () => {
    const newer = tinyPdf('renewed');
    const response = await upload(
      member,
      { validUntil: '2027-01-20' },
      { name: 'renewed.pdf', type: 'application/pdf', content: newer },
      `/api/v1/my/enterprise/documents/${documentId}/file`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.validUntil).toBe('2027-01-20');
    expect(body.files).toHaveLength(2);
    expect(body.files[0]).toMatchObject({ current: true, sha256: createHash('sha256').update(newer).digest('hex') });
    expect(body.files[1]).toMatchObject({ current: false, id: firstFile.id });
    expect((await inject({ method: 'GET', url: firstFile.downloadUrl, headers: member.headers })).statusCode).toBe(200);
    expect(files('documents')).toHaveLength(2);
    const links = await ctx.app.db
      .selectFrom('document_files')
      .select(['id', 'previous_file_id', 'replaced_by_file_id'])
      .where('document_id', '=', documentId)
      .execute();
    const current = links.find((l) => l.id === body.files[0].id)!;
    expect(current.previous_file_id).toBe(firstFile.id);
    expect(links.find((l) => l.id === firstFile.id)!.replaced_by_file_id).toBe(current.id);
    const history = await inject({
      method: 'GET',
      url: '/api/v1/enterprises/katharo-chalandri/history?resourceType=compliance_document',
      headers: staff.headers,
    });
    const rows = history.json().items.filter((h: { resource_id: string }) => h.resource_id === documentId);
    expect(
      rows.find(
        (h: { field_name: string; last_action_type: string }) =>
          h.field_name === 'validUntil' && h.last_action_type === 'replace_file',
      ),
    ).toMatchObject({
      previous_value: '2026-12-20',
      replacement_value: '2027-01-20',
    });
  });

  it('corrects metadata without moderation, recorded in the history', async () => {
    const response = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/documents/${documentId}`,
      headers: member.headers,
      payload: { referenceNumber: 'ΑΑ-124' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().referenceNumber).toBe('ΑΑ-124');
    const bad = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/documents/${documentId}`,
      headers: member.headers,
      payload: { issuedOn: '2026-13-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('issuedOn');
  });
});

describe('logos', () => {
  it('accepts a PNG, then the logo is proposed and served publicly only once approved', async () => {
    const uploadLogo = multipartBody({}, { name: 'logo.png', type: 'image/png', content: TINY_PNG });
    const response = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/logo',
      headers: { ...member.headers, ...uploadLogo.headers },
      payload: uploadLogo.payload,
    });
    expect(response.statusCode).toBe(201);
    const { logoId, url } = response.json();
    expect((await inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url, headers: member.headers })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url, headers: otherManager.headers })).statusCode).toBe(404);
    const mine = await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers });
    const proposal = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { ...member.headers, 'if-match': mine.headers.etag as string },
      payload: { logoId },
    });
    expect(proposal.json().pendingFields).toContain('logoId');
    const slug = mine.json().slug as string;
    const profileUrl = `/api/v1/enterprises/${slug}`;
    expect((await inject({ method: 'GET', url: profileUrl })).json().logoUrl).toBeNull();
    const approve = await inject({
      method: 'POST',
      url: `/api/v1/change-requests/${proposal.json().changeRequestId}/approve`,
      headers: staff.headers,
      payload: {},
    });
    expect(approve.statusCode).toBe(200);
    const publicLogo = await inject({ method: 'GET', url });
    expect(publicLogo.statusCode).toBe(200);
    expect(publicLogo.headers['content-type']).toBe('image/png');
    expect(publicLogo.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(publicLogo.rawPayload.equals(TINY_PNG)).toBe(true);
    // Cacheable by browsers and loadable from the municipality's site, where the widget shows it.
    expect(publicLogo.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    expect(publicLogo.headers['access-control-allow-origin']).toBe('*');

    // The public profile, its server-rendered page and the page's JSON-LD now point at it.
    const absolute = `${ctx.app.config.publicOrigin}${url}`;
    for (const lang of ['el', 'en']) {
      expect((await inject({ method: 'GET', url: profileUrl, query: { lang } })).json().logoUrl).toBe(absolute);
    }
    const page = await inject({ method: 'GET', url: `/enterprises/${slug}` });
    expect(page.body).toContain(`<img class="logo" src="${url}" alt="" width="96" height="96">`);
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)?.[1] ?? 'null',
    );
    expect(jsonLd.logo).toBe(absolute);
  });

  it('refuses SVG (415) and more than 2 MB (413), and another enterprise’s logo id (400)', async () => {
    const svg = multipartBody(
      {},
      {
        name: 'logo.png',
        type: 'image/png',
        content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
    );
    const refused = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/logo',
      headers: { ...member.headers, ...svg.headers },
      payload: svg.payload,
    });
    expect(refused.statusCode).toBe(415);
    const big = multipartBody(
      {},
      { name: 'big.png', type: 'image/png', content: Buffer.concat([TINY_PNG, Buffer.alloc(2 * 1024 * 1024, 0)]) },
    );
    const tooBig = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/logo',
      headers: { ...member.headers, ...big.headers },
      payload: big.payload,
    });
    expect(tooBig.statusCode).toBe(413);
    expect(files('logos')).toHaveLength(1);
    const theirs = multipartBody({}, { name: 'l.png', type: 'image/png', content: TINY_PNG });
    const other = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/logo',
      headers: { ...otherManager.headers, ...theirs.headers },
      payload: theirs.payload,
    });
    const mine = await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers });
    const steal = await inject({
      method: 'PATCH',
      url: '/api/v1/my/enterprise',
      headers: { ...member.headers, 'if-match': mine.headers.etag as string },
      payload: { logoId: other.json().logoId },
    });
    expect(steal.statusCode).toBe(400);
    expect(steal.json().invalidParams[0].name).toBe('logoId');
  });
});
