import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate } from '../../api/domain/eligibility-format.ts';
import type { EligibilityResponse } from '../../api/http/eligibility-schemas.ts';
import type { StaffEnterprise } from '../../api/contract.ts';
import { todayInAthens } from '../../api/services/eligibility/run-search.ts';
import { isolateFromDemoEnterprises } from '../helpers/contract-fixtures.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * Issue 11: staff record the statutes facts and check certificates on the enterprise record;
 * both are audited in the field history and change what the eligibility search answers.
 */

const today = todayInAthens();
const far = addDays(today, 400);
const unchecked = (
  kind: 'tax_clearance' | 'social_security_clearance' | 'gemkalo_certificate' | 'criminal_record' | 'gemi_certificate',
) => ({
  kind,
  issuedOn: addDays(today, -10),
  validUntil: far,
  verifiedAt: null,
});

let ctx: TestContext;
let staff: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  await isolateFromDemoEnterprises(ctx.handle);
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  await insertEnterprise(ctx.handle, {
    slug: 'statutes-care',
    legal_name: 'Φροντίδα ΚοινΣΕπ',
    legal_form: 'koinsep_collective_benefit',
    gemkalo_status: 'active',
    services: [{ titleEl: 'Κατ’ οίκον φροντίδα', cpv: ['85312000'], areas: ['EL30'] }],
    documents: [
      unchecked('tax_clearance'),
      unchecked('social_security_clearance'),
      unchecked('gemkalo_certificate'),
      unchecked('gemi_certificate'),
    ],
  });
});

afterAll(async () => {
  await ctx?.close();
});

const record = async () => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/staff/enterprises/statutes-care',
    headers: staff.headers,
  });
  return { etag: response.headers.etag as string, view: response.json<StaffEnterprise>() };
};
const careSearch = async () => {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/eligibility/search',
    headers: staff.headers,
    payload: { route: 'reserved_social_services', cpv: ['85312000'], durationMonths: 12 },
  });
  return [...response.json<EligibilityResponse>().conditional, ...response.json<EligibilityResponse>().ineligible][0]!;
};
const facts = {
  integrationPurpose: false,
  publicServiceMission: true,
  profitsReinvested: true,
  participatoryGovernance: true,
};

describe('statutes facts on the enterprise record', () => {
  it('start unrecorded, so the art. 77(2) conditions are unknown', async () => {
    const { view } = await record();
    expect(view.statutes).toEqual({
      integrationPurpose: null,
      publicServiceMission: null,
      profitsReinvested: null,
      participatoryGovernance: null,
      verifiedAt: null,
      verifiedBy: null,
    });
    expect((await careSearch()).checks.find((c) => c.rule === 'social_services_statutes')!.outcome).toBe('unknown');
  });

  it('staff record them with If-Match; the record says who and when, the history each fact, and the search stops saying unknown', async () => {
    const url = '/api/v1/staff/enterprises/statutes-care/statutes';
    expect((await ctx.app.inject({ method: 'PUT', url, headers: staff.headers, payload: facts })).statusCode).toBe(428);
    const { etag } = await record();
    const saved = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: { ...staff.headers, 'if-match': etag },
      payload: facts,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json<StaffEnterprise>();
    expect(view.statutes).toMatchObject({ ...facts, verifiedBy: expect.any(String) });
    expect(view.statutes.verifiedAt!.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(
      (await ctx.app.inject({ method: 'PUT', url, headers: { ...staff.headers, 'if-match': etag }, payload: facts }))
        .statusCode,
    ).toBe(412);

    const history = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises/statutes-care/history',
      headers: staff.headers,
    });
    const fields = (history.json().items as Array<{ field_name: string; replacement_value: string | null }>).map(
      (h) => h.field_name,
    );
    expect(fields).toEqual(
      expect.arrayContaining(['statutes.publicServiceMission', 'statutes.integrationPurpose', 'statutes.verifiedAt']),
    );

    const check = (await careSearch()).checks.find((c) => c.rule === 'social_services_statutes')!;
    expect(check.outcome).not.toBe('unknown');
    expect(check.message.en).toContain(`verified ${formatDate(today)}`);
  });

  it('refuses a fact that is not true, false or null, naming it', async () => {
    const { etag } = await record();
    const bad = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/staff/enterprises/statutes-care/statutes',
      headers: { ...staff.headers, 'if-match': etag },
      payload: { ...facts, profitsReinvested: 'yes' },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().invalidParams)).toContain('profitsReinvested');
  });

  it('is for staff only', async () => {
    const manager = await signIn(ctx.app, DEMO_USERS.manager1);
    const response = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/staff/enterprises/statutes-care/statutes',
      headers: { ...manager.headers, 'if-match': '"x"' },
      payload: facts,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('checking a certificate', () => {
  it('turns "to be checked" into a met condition, and the history says who checked it', async () => {
    const before = (await careSearch()).checks.find((c) => c.rule === 'tax_clearance')!;
    expect(before.outcome).toBe('warning');
    expect(before.message.en).toContain('to be checked');
    const { view } = await record();
    const tax = view.documents.find((d) => d.kind === 'tax_clearance')!;
    expect(tax.verifiedAt).toBeNull();
    const checked = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/staff/enterprises/statutes-care/documents/${tax.id}/verify`,
      headers: staff.headers,
    });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json<StaffEnterprise>().documents.find((d) => d.id === tax.id)!.verifiedAt).not.toBeNull();
    expect((await careSearch()).checks.find((c) => c.rule === 'tax_clearance')!.outcome).toBe('pass');
    const history = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises/statutes-care/history?resourceType=compliance_document',
      headers: staff.headers,
    });
    expect(history.json().items[0]).toMatchObject({
      resource_id: tax.id,
      field_name: 'verifiedAt',
      last_action_type: 'verify',
      updated_by_name: expect.any(String),
    });
  });

  it('answers 404 for a document of another enterprise or none', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/staff/enterprises/statutes-care/documents/00000000-0000-4000-8000-000000000000/verify',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('readiness in the compliance overview', () => {
  it('asks for the criminal record (art. 73) and, for reserved social services, the statutes facts', async () => {
    const overview = async (route: string) => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/compliance/overview?route=${route}`,
        headers: staff.headers,
      });
      return (
        response.json().items as Array<{
          slug: string;
          ready: boolean;
          missing: Array<{ rule: string }>;
          documents: Array<{ kind: string; verifiedAt: string | null }>;
        }>
      ).find((i) => i.slug === 'statutes-care')!;
    };
    const direct = await overview('direct_award');
    expect(direct.ready).toBe(false);
    expect(direct.missing.map((m) => m.rule)).toContain('criminal_record');
    expect(direct.documents.find((d) => d.kind === 'tax_clearance')!.verifiedAt).not.toBeNull();
    expect(direct.documents.find((d) => d.kind === 'gemi_certificate')!.verifiedAt).toBeNull();
    const social = await overview('reserved_social_services');
    expect(social.missing.map((m) => m.rule)).not.toContain('legal_form');
  });
});
