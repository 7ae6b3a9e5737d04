import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { multipartBody, tinyPdf } from '../helpers/multipart.ts';

/**
 * Issue 15, item 4, replayed: an enterprise pushed the date of a verified clearance to 2099,
 * and an HTML file with `%PDF-` in its first kilobyte passed as a PDF. member1 belongs to
 * "katharo-chalandri".
 */

let ctx: TestContext;
let uploadDir: string;
let member: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  uploadDir = mkdtempSync(join(tmpdir(), 'koinsep-uploads-'));
  ctx = await createTestApp({ config: { uploadDir } });
  member = await signIn(ctx.app, DEMO_USERS.member1);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});

afterAll(async () => {
  await ctx?.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

const inject = (options: InjectOptions) => ctx.app.inject(options);
const CERTIFICATE = { kind: 'tax_clearance', issuedOn: '2026-11-20', validUntil: '2026-12-20' };

function upload(content: Buffer, name = 'forologiki.pdf') {
  const body = multipartBody(CERTIFICATE, { name, type: 'application/pdf', content });
  return inject({
    method: 'POST',
    url: '/api/v1/my/enterprise/documents',
    headers: { ...member.headers, ...body.headers },
    payload: body.payload,
  });
}

describe('editing a verified certificate clears its verification', () => {
  it('validUntil 2099 on a verified clearance: no longer verified, audited, staff see it unverified', async () => {
    const created = await upload(tinyPdf('clearance'));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json().verifiedAt).toBeNull();

    const verified = await inject({
      method: 'POST',
      url: `/api/v1/staff/enterprises/katharo-chalandri/documents/${id}/verify`,
      headers: staff.headers,
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().documents.find((d: { id: string }) => d.id === id).verifiedAt).toEqual(expect.any(String));
    // Enterprises cannot verify their own certificates.
    const self = await inject({
      method: 'POST',
      url: `/api/v1/staff/enterprises/katharo-chalandri/documents/${id}/verify`,
      headers: member.headers,
    });
    expect(self.statusCode).toBe(403);

    const faked = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/documents/${id}`,
      headers: member.headers,
      payload: { validUntil: '2099-12-31' },
    });
    expect(faked.statusCode).toBe(200);
    expect(faked.json()).toMatchObject({ validUntil: '2099-12-31', verifiedAt: null });

    const record = await inject({
      method: 'GET',
      url: '/api/v1/staff/enterprises/katharo-chalandri',
      headers: staff.headers,
    });
    expect(record.json().documents.find((d: { id: string }) => d.id === id)).toMatchObject({
      validUntil: '2099-12-31',
      verifiedAt: null,
    });
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'document.update')
      .where('object_id', '=', id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]!.details))).toMatchObject({ verificationCleared: true });
  });

  it('a reference number changed after verification clears it too; an unchanged PATCH does not', async () => {
    const id = (await upload(tinyPdf('second'))).json().id as string;
    await inject({
      method: 'POST',
      url: `/api/v1/staff/enterprises/katharo-chalandri/documents/${id}/verify`,
      headers: staff.headers,
    });
    const same = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/documents/${id}`,
      headers: member.headers,
      payload: { validUntil: CERTIFICATE.validUntil },
    });
    expect(same.json().verifiedAt).toEqual(expect.any(String));
    const changed = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/documents/${id}`,
      headers: member.headers,
      payload: { referenceNumber: 'ΝΕΟ-1' },
    });
    expect(changed.json().verifiedAt).toBeNull();
  });
});

describe('a PDF must be a PDF', () => {
  it.each([
    [
      'HTML with %PDF- in its first kilobyte',
      Buffer.from('<html><!-- %PDF-1.7 --><script>alert(document.cookie)</script></html>'),
    ],
    ['HTML that starts with %PDF-', Buffer.from('%PDF-1.7\n<html><body onload="alert(1)"></body></html>')],
    ['a PDF cut short', tinyPdf().subarray(0, 60)],
    ['a PDF header and nothing else', Buffer.from('%PDF-1.4\n%%EOF\n')],
  ])('%s → 415, nothing stored', async (_label, content) => {
    const before = await ctx.app.db.selectFrom('compliance_documents').select('id').execute();
    const response = await upload(content);
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().invalidParams[0].name).toBe('file');
    expect(await ctx.app.db.selectFrom('compliance_documents').select('id').execute()).toHaveLength(before.length);
  });
});
