import { beforeAll, describe, expect, it } from 'vitest';
import type { StaffEnterprise } from '../../api/contract.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { schoolCleaningRequest, useConsultationScene } from '../helpers/consultation-scene.ts';

/**
 * A JSON `null` in a request body means "nothing" (clear the value), and stays `null`; a `false`
 * stays `false`. The app's Ajv coerces types, so in a union whose null branch comes second a `null`
 * used to be read as `""`, `0` or `false` by the first branch (and with null first, the reverse): an unrecorded statutes fact became "the statutes do
 * not say so", a contract's end date could not be cleared, a staff account could not be given
 * `enterpriseId: null`. One test per request-body field where null has a meaning.
 */
const scene = useConsultationScene();
const { call } = scene;
let admin: SignedIn;

beforeAll(async () => {
  admin = await signIn(scene.ctx.app, DEMO_USERS.admin);
});

type JsonSchema = { anyOf?: JsonSchema[]; type?: unknown; $ref?: string; [key: string]: unknown };

const PRIMITIVES = ['string', 'number', 'integer', 'boolean'];

/**
 * Every place in a schema where a union mixes null with a primitive (JSON-pointer-ish paths):
 * whatever the order, Ajv's coercion turns one into the other. A type array is the safe form.
 */
function nullWithPrimitive(
  schema: unknown,
  path: string,
  components: Record<string, JsonSchema>,
  seen = new Set<string>(),
): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as JsonSchema;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.split('/').pop()!;
    if (seen.has(name)) return [];
    return nullWithPrimitive(components[name], `${path}→${name}`, components, new Set([...seen, name]));
  }
  const found: string[] = [];
  const branches = node.anyOf ?? [];
  if (
    branches.some((branch) => branch.type === 'null') &&
    branches.some((branch) => PRIMITIVES.includes(branch.type as string))
  )
    found.push(path);
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value))
      value.forEach((v, i) => found.push(...nullWithPrimitive(v, `${path}/${key}/${i}`, components, seen)));
    else if (value && typeof value === 'object')
      found.push(...nullWithPrimitive(value, `${path}/${key}`, components, seen));
  }
  return found;
}

describe('request schemas keep null and falsy values apart', () => {
  it('has no union of null and a primitive in a body, query or path schema', async () => {
    const doc = (await scene.ctx.app.inject('/openapi.json')).json<{
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: Array<{ in: string; name: string; schema: unknown }>;
            requestBody?: { content?: Record<string, { schema: unknown }> };
          }
        >
      >;
      components?: { schemas?: Record<string, JsonSchema> };
    }>();
    const components = doc.components?.schemas ?? {};
    const found: string[] = [];
    let bodies = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const where = `${method.toUpperCase()} ${path}`;
        for (const parameter of operation.parameters ?? [])
          found.push(...nullWithPrimitive(parameter.schema, `${where} ${parameter.in}:${parameter.name}`, components));
        for (const [type, content] of Object.entries(operation.requestBody?.content ?? {})) {
          bodies++;
          found.push(...nullWithPrimitive(content.schema, `${where} body(${type})`, components));
        }
      }
    }
    expect(bodies, 'request bodies seen in the OpenAPI document').toBeGreaterThan(40);
    expect(found).toEqual([]);
  });
});

describe('null in request bodies stays null', () => {
  it('users: PATCH /users/:id with enterpriseId null moves an enterprise member to staff', async () => {
    const member = await scene.ctx.app.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO_USERS.member1)
      .executeTakeFirstOrThrow();
    const patched = await scene.ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${member.id}`,
      headers: admin.headers,
      payload: { role: 'staff', enterpriseId: null },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ role: 'staff', enterprise: null });
    const row = await scene.ctx.app.db
      .selectFrom('users')
      .select('enterprise_id')
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(row.enterprise_id).toBeNull();
  });

  it('contracts: endsOn, diavgeiaAda and kimdisAdam null are recorded as nothing, and null clears them', async () => {
    const enterpriseId = await insertEnterprise(scene.ctx.handle, {
      slug: 'null-check-cleaning',
      legal_name: 'Έλεγχος Κενών ΚοινΣΕπ',
    });
    const contract = {
      enterpriseId,
      title: 'Καθαρισμός Δημαρχείου',
      cpvCode: '90919200-4',
      awardRoute: 'direct_award',
      valueNet: '9000.00',
      vat: '2160.00',
      department: 'Διεύθυνση Διοικητικών',
      awardedOn: '2026-03-01',
      startsOn: '2026-03-15',
    };
    const created = await call('POST', '/api/v1/contracts', scene.staff, {
      ...contract,
      endsOn: null,
      diavgeiaAda: null,
      kimdisAdam: null,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ endsOn: null, diavgeiaAda: null, kimdisAdam: null });

    const id = created.json().id as string;
    const withEnd = await call(
      'PUT',
      `/api/v1/contracts/${id}`,
      scene.staff,
      { ...contract, endsOn: '2026-12-31' },
      { 'if-match': created.headers.etag as string },
    );
    expect(withEnd.statusCode, withEnd.body).toBe(200);
    expect(withEnd.json().endsOn).toBe('2026-12-31');
    const cleared = await call(
      'PUT',
      `/api/v1/contracts/${id}`,
      scene.staff,
      { ...contract, endsOn: null, diavgeiaAda: null, kimdisAdam: null },
      { 'if-match': withEnd.headers.etag as string },
    );
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ endsOn: null, diavgeiaAda: null, kimdisAdam: null });
  });

  it('statutes: a fact sent as null is "not recorded", not "the statutes do not say so"', async () => {
    await insertEnterprise(scene.ctx.handle, {
      slug: 'null-check-statutes',
      legal_name: 'Έλεγχος Καταστατικού ΚοινΣΕπ',
    });
    const url = '/api/v1/staff/enterprises/null-check-statutes';
    const put = async (facts: Record<string, boolean | null>) => {
      const etag = (await call('GET', url, scene.staff)).headers.etag as string;
      return call('PUT', `${url}/statutes`, scene.staff, facts, { 'if-match': etag });
    };
    const recorded = await put({
      integrationPurpose: true,
      publicServiceMission: true,
      profitsReinvested: false,
      participatoryGovernance: true,
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    // And false stays false (a null-first union would read it as null: "not recorded").
    expect(recorded.json<StaffEnterprise>().statutes).toMatchObject({
      integrationPurpose: true,
      profitsReinvested: false,
    });
    const cleared = await put({
      integrationPurpose: null,
      publicServiceMission: true,
      profitsReinvested: null,
      participatoryGovernance: null,
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<StaffEnterprise>().statutes).toMatchObject({
      integrationPurpose: null,
      publicServiceMission: true,
      profitsReinvested: null,
      participatoryGovernance: null,
    });
  });

  it('procurement total: a note sent as null is no note', async () => {
    const url = '/api/v1/stats/procurement-totals/2025';
    const noted = await call('PUT', url, scene.staff, { totalNet: '1500000.00', note: 'Από τον προϋπολογισμό' });
    expect(noted.statusCode, noted.body).toBe(200);
    const cleared = await call('PUT', url, scene.staff, { totalNet: '1500000.00', note: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const stats = await call('GET', '/api/v1/stats/social-procurement?year=2025', scene.staff);
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json().procurementTotal).toMatchObject({ net: '1500000.00', note: null });
  });

  it('decline: a reason sent as null is no reason', async () => {
    const first = scene.manager1.user.enterprise!.id;
    const created = await call('POST', '/api/v1/consultations', scene.staff, schoolCleaningRequest(scene, [first]));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await call('POST', `/api/v1/consultations/${id}/publish`, scene.staff)).statusCode).toBe(200);
    const declined = await call('POST', `/api/v1/my/consultations/${id}/decline`, scene.manager1, { reason: null });
    expect(declined.statusCode, declined.body).toBe(200);
    const invitation = (await call('GET', `/api/v1/consultations/${id}`, scene.staff))
      .json()
      .invitations.find((i: { enterprise: { id: string } }) => i.enterprise.id === first);
    expect(invitation).toMatchObject({ declinedAt: expect.any(String), declineReason: null });
  });
});
