import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/**
 * HSDS `metadata` from the field history (issue 5 → issue 7): changes approved through
 * self-service appear with field name, previous and replacement value and a role label;
 * changes to private contact data never do. Demo data: member1 belongs to katharo-chalandri.
 */

const SLUG = 'katharo-chalandri';
const PRIVATE_PHONE = '+30 210 555 0199';
// The official HSDS 3.0 schema, copied into the repository (tests/reference/hsds-3.0, CC BY-SA 4.0).
const schemaFile = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  'reference',
  'hsds-3.0',
  'schema',
  'metadata.json',
);

type Metadata = Record<string, string>;

let ctx: TestContext;
let member: SignedIn;
let staff: SignedIn;
let enterpriseId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  member = await signIn(ctx.app, DEMO_USERS.member1);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  // Starting point (not through history): e-mail public, phone hidden.
  await ctx.app.db
    .updateTable('enterprises')
    .set({ email_public: 1, phone_public: 0 })
    .where('slug', '=', SLUG)
    .execute();
  enterpriseId = (
    await ctx.app.db.selectFrom('enterprises').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => ctx?.close());

const inject = (options: InjectOptions) => ctx.app.inject(options);

async function propose(payload: Record<string, unknown>) {
  const mine = await inject({ method: 'GET', url: '/api/v1/my/enterprise', headers: member.headers });
  const response = await inject({
    method: 'PATCH',
    url: '/api/v1/my/enterprise',
    headers: { ...member.headers, 'if-match': mine.headers.etag as string },
    payload,
  });
  expect(response.statusCode).toBeLessThan(300);
  return response.json() as {
    status: string;
    changeRequestId: string | null;
    appliedFields: string[];
    pendingFields: string[];
  };
}

async function approve(changeRequestId: string | null) {
  expect(changeRequestId).toBeTruthy();
  const approved = await inject({
    method: 'POST',
    url: `/api/v1/change-requests/${changeRequestId}/approve`,
    headers: staff.headers,
    payload: {},
  });
  expect(approved.statusCode).toBe(200);
}

async function organization(lang: 'el' | 'en' = 'el') {
  const response = await inject({ method: 'GET', url: `/hsds/organizations/${enterpriseId}?lang=${lang}` });
  expect(response.statusCode).toBe(200);
  return { body: response.json() as { metadata: Metadata[] }, text: response.body };
}

describe('HSDS metadata from the field history', () => {
  let oldDescription: string;
  let oldEmail: string | null;

  it('shows an approved public change with field name, values and a role, not a person', async () => {
    const before = await ctx.app.db
      .selectFrom('enterprises')
      .select(['description_el', 'email'])
      .where('id', '=', enterpriseId)
      .executeTakeFirstOrThrow();
    oldDescription = before.description_el;
    oldEmail = before.email;
    const proposal = await propose({
      descriptionEl: 'Καθαρισμοί σχολείων με οικολογικά υλικά (νέο κείμενο).',
      email: 'grafeio@katharo.example.gr',
    });
    expect(proposal.pendingFields).toEqual(expect.arrayContaining(['descriptionEl', 'email']));
    await approve(proposal.changeRequestId);
    // A private change, applied at once: must not reach HSDS.
    expect(await propose({ phone: PRIVATE_PHONE })).toMatchObject({ status: 'applied', appliedFields: ['phone'] });

    const { body, text } = await organization();
    const description = body.metadata.find((m) => m.field_name === 'descriptionEl');
    expect(description).toMatchObject({
      resource_id: enterpriseId,
      resource_type: 'organization',
      last_action_type: 'approve',
      previous_value: oldDescription,
      replacement_value: 'Καθαρισμοί σχολείων με οικολογικά υλικά (νέο κείμενο).',
      updated_by: 'Επιχείρηση, με έγκριση του Δήμου',
    });
    expect(description!.last_action_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.metadata.find((m) => m.field_name === 'email')).toMatchObject({
      previous_value: oldEmail ?? '',
      replacement_value: 'grafeio@katharo.example.gr',
    });
    // The record's creation is still there; nothing about the phone, no person.
    expect(body.metadata.map((m) => m.last_action_type)).toContain('create');
    expect(body.metadata.map((m) => m.field_name)).not.toContain('phone');
    expect(text).not.toContain(PRIVATE_PHONE);
    for (const who of ['Στέλιος', 'Ελένη', '@demo.koinsep.gr']) expect(text).not.toContain(who);

    const english = await organization('en');
    expect(english.body.metadata.find((m) => m.field_name === 'descriptionEl')!.updated_by).toBe(
      'enterprise, approved by the municipality',
    );
  });

  it('validates every metadata entry against the official HSDS 3.0 schema', async () => {
    const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
      addFormatsModule) as FormatsPlugin;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const { body } = await organization();
    expect(body.metadata.length).toBeGreaterThan(2);
    for (const entry of body.metadata) expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(body.metadata.map((m) => m.id)).size).toBe(body.metadata.length);
  });

  it('drops contact history when the field is hidden, and never shows values typed while hidden', async () => {
    expect(await propose({ emailPublic: false })).toMatchObject({ status: 'applied' });
    let { body } = await organization();
    expect(body.metadata.map((m) => m.field_name)).not.toContain('email');
    expect(body.metadata.map((m) => m.field_name)).toContain('descriptionEl');

    // Showing the phone now publishes the current number, not the change made while it was hidden.
    const show = await propose({ phonePublic: true });
    await approve(show.changeRequestId);
    const now = await organization();
    expect(now.body.metadata.map((m) => m.field_name)).not.toContain('phone');
    expect((now.body as unknown as { phones: Array<{ number: string }> }).phones[0]!.number).toBe(PRIVATE_PHONE);
    body = now.body;
    expect(
      body.metadata.filter((m) => m.previous_value === PRIVATE_PHONE || m.replacement_value === PRIVATE_PHONE),
    ).toEqual([]);
  });

  it('labels staff changes as the municipality and replaces the timestamp entry they explain', async () => {
    const verified = await inject({
      method: 'POST',
      url: `/api/v1/enterprises/${SLUG}/verify`,
      headers: staff.headers,
    });
    expect(verified.statusCode).toBe(200);
    const { body } = await organization();
    const verifications = body.metadata.filter((m) => m.last_action_type === 'verify');
    expect(verifications).toHaveLength(1);
    expect(verifications[0]).toMatchObject({ field_name: 'verifiedAt', updated_by: 'Δήμος' });
    expect(verifications[0]!.replacement_value).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('shows an approved service change on the HSDS service', async () => {
    const services = await inject({ method: 'GET', url: '/api/v1/my/enterprise/services', headers: member.headers });
    const service = (
      services.json().items as Array<{ id: string; published: boolean; values: { titleEl: string } }>
    ).find((s) => s.published)!;
    const read = await inject({
      method: 'GET',
      url: `/api/v1/my/enterprise/services/${service.id}`,
      headers: member.headers,
    });
    const patched = await inject({
      method: 'PATCH',
      url: `/api/v1/my/enterprise/services/${service.id}`,
      headers: { ...member.headers, 'if-match': read.headers.etag as string },
      payload: { titleEl: 'Καθαρισμός σχολικών κτιρίων' },
    });
    expect(patched.statusCode).toBe(202);
    await approve(patched.json().changeRequestId);
    const hsds = await inject({ method: 'GET', url: `/hsds/services/${service.id}` });
    expect(hsds.statusCode).toBe(200);
    expect(hsds.json().metadata.find((m: Metadata) => m.field_name === 'titleEl')).toMatchObject({
      resource_type: 'service',
      previous_value: service.values.titleEl,
      replacement_value: 'Καθαρισμός σχολικών κτιρίων',
      last_action_type: 'approve',
    });
  });

  it('names the enterprise, approved by the municipality, as author of a service the enterprise proposed (issue 15, item 11)', async () => {
    const proposed = await inject({
      method: 'POST',
      url: '/api/v1/my/enterprise/services',
      headers: member.headers,
      payload: {
        titleEl: 'Συντήρηση πρασίνου σε σχολεία',
        descriptionEl: 'Κλάδεμα και πότισμα.',
        cpvCodes: ['77310000'],
      },
    });
    expect(proposed.statusCode).toBe(202);
    await approve(proposed.json().changeRequestId);
    for (const [lang, author] of [
      ['el', 'Επιχείρηση, με έγκριση του Δήμου'],
      ['en', 'enterprise, approved by the municipality'],
    ] as const) {
      const hsds = await inject({ method: 'GET', url: `/hsds/services/${proposed.json().serviceId}?lang=${lang}` });
      expect(hsds.statusCode).toBe(200);
      const fields = (hsds.json().metadata as Metadata[]).filter((m) => m.field_name !== '');
      expect(fields.find((m) => m.field_name === 'titleEl')).toMatchObject({
        last_action_type: 'create',
        replacement_value: 'Συντήρηση πρασίνου σε σχολεία',
      });
      expect(new Set(fields.map((m) => m.updated_by))).toEqual(new Set([author]));
    }
  });
});
