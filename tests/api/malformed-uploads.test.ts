import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { signIn } from '../helpers/auth.ts';

// Found by the fuzzer: a body that claims multipart/form-data but is not one crashed both
// upload routes with a 500 ("Unexpected end of form" from the parser).
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
});
afterAll(async () => {
  await ctx.close();
});

const BROKEN_BODIES = [
  'reason=x&__proto__[a]=1',
  '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7',
  '--x\r\nbroken header\r\n',
];

describe('malformed multipart bodies', () => {
  it.each([
    ['member1@demo.koinsep.gr', '/api/v1/my/enterprise/documents'],
    ['staff@demo.koinsep.gr', '/api/v1/spreadsheets/imports'],
  ])('%s uploading to %s gets a 400 problem, and nothing is stored', async (email, url) => {
    const session = await signIn(ctx.app, email);
    const before = ctx.handle.sqlite
      .prepare('select (select count(*) from compliance_documents) + (select count(*) from audit_log)')
      .pluck()
      .get();
    for (const payload of BROKEN_BODIES) {
      const response = await ctx.app.inject({
        method: 'POST',
        url,
        headers: { ...session.headers, 'content-type': 'multipart/form-data; boundary=x' },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'malformed_multipart' });
    }
    const after = ctx.handle.sqlite
      .prepare('select (select count(*) from compliance_documents) + (select count(*) from audit_log)')
      .pluck()
      .get();
    expect(after).toBe(before);
  });
});
