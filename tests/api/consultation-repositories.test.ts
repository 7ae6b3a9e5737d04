import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/connection.ts';
import { migrations } from '../../db/migrations/index.ts';
import { prepareDatabase } from '../../api/bootstrap.ts';
import { parseConsultationDraft, type ConsultationDraft } from '../../api/domain/consultations/consultation-input.ts';
import { evaluateOffers } from '../../api/domain/consultations/evaluation.ts';
import { offerAmounts } from '../../api/domain/consultations/offer-rules.ts';
import { rotationFacts } from '../../api/domain/consultations/rotation.ts';
import { offersVisibleTo } from '../../api/domain/consultations/sealing.ts';
import { aggregateSocialValue } from '../../api/domain/consultations/social-value-aggregation.ts';
import { insertContract } from '../../api/repositories/contracts.ts';
import * as consultations from '../../api/repositories/consultations.ts';
import * as invitations from '../../api/repositories/consultation-invitations.ts';
import * as offers from '../../api/repositories/consultation-offers.ts';
import * as socialValue from '../../api/repositories/social-value.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';

let dir: string;
let handle: DatabaseHandle;
let staffId: string;
let alpha: string;
let beta: string;
let gamma: string;
const CONSULTATION = randomUUID();
const PUBLISHED_AT = '2026-05-08T07:00:00.000Z';
const DEADLINE = '2026-05-10T09:00:00.000Z'; // 12:00 in Athens
const AFTER = '2026-05-11T08:00:00.000Z';

function draft(overrides: Record<string, unknown> = {}): ConsultationDraft {
  const parsed = parseConsultationDraft({
    title: 'Καθαρισμός 4 σχολικών μονάδων',
    description: 'Καθημερινός καθαρισμός.',
    cpv: ['90919300', '90910000'],
    route: 'reserved_art20',
    valueNet: '24000.00',
    optionsValueNet: '2400.00',
    placeAreaId: 'mun-chalandri',
    startDate: '2026-06-01',
    durationMonths: 12,
    deadline: '2026-05-10T12:00',
    evaluation: 'lowest_price',
    invitedEnterpriseIds: [alpha, beta],
    department: 'Διεύθυνση Παιδείας',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'koinsep-consultations-'));
  handle = openDatabase(join(dir, 'koinsep.sqlite'));
  await prepareDatabase(handle, { demoData: false });
  alpha = await insertEnterprise(handle, { slug: 'alfa', legal_name: 'Άλφα ΚοινΣΕπ' });
  beta = await insertEnterprise(handle, { slug: 'vita', legal_name: 'Βήτα ΚοινΣΕπ' });
  gamma = await insertEnterprise(handle, { slug: 'gamma', legal_name: 'Γάμμα ΚοινΣΕπ' });
  staffId = randomUUID();
  await handle.db
    .insertInto('users')
    .values({
      id: staffId,
      email: 'clerk@example.gr',
      name: 'Υπάλληλος',
      role: 'staff',
      enterprise_id: null,
      password_hash: 'x',
      password_changed_at: PUBLISHED_AT,
      created_at: PUBLISHED_AT,
      updated_at: PUBLISHED_AT,
    })
    .execute();
});

afterAll(async () => {
  await handle?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a request for quotes from draft to award, through the repositories', () => {
  it('stores a draft with its codes in order, the Athens deadline as UTC, and its invitees', async () => {
    await handle.db.transaction().execute((trx) =>
      consultations.insertConsultation(trx, {
        id: CONSULTATION,
        draft: draft(),
        eligibilityNeed: { route: 'reserved_art20' },
        by: staffId,
        at: '2026-05-01T07:00:00.000Z',
      }),
    );
    const record = await consultations.getConsultation(handle.db, CONSULTATION);
    expect(record).toMatchObject({
      title: 'Καθαρισμός 4 σχολικών μονάδων',
      cpvCodes: ['90919300', '90910000'],
      valueNetCents: 2_400_000,
      optionsValueNetCents: 240_000,
      deadline: DEADLINE,
      evaluation: { kind: 'lowest_price' },
      status: 'draft',
      eligibilityNeed: { route: 'reserved_art20' },
      version: 1,
      createdBy: staffId,
    });
    expect((await invitations.listInvitations(handle.db, CONSULTATION)).map((i) => i.enterpriseName)).toEqual([
      'Άλφα ΚοινΣΕπ',
      'Βήτα ΚοινΣΕπ',
    ]);
  });

  it('rewrites a draft only at the version read, keeping the invitation date of those still invited', async () => {
    const changed = draft({ invitedEnterpriseIds: [beta, gamma], cpv: ['90910000'] });
    const update = (version: number) =>
      handle.db.transaction().execute((trx) =>
        consultations.updateConsultationDraft(trx, CONSULTATION, version, {
          draft: changed,
          by: staffId,
          at: '2026-05-02T07:00:00.000Z',
        }),
      );
    expect(await update(7)).toBe(false);
    expect(await update(1)).toBe(true);
    const list = await invitations.listInvitations(handle.db, CONSULTATION);
    expect(list.map((i) => [i.enterpriseName, i.invitedAt])).toEqual([
      ['Βήτα ΚοινΣΕπ', '2026-05-01T07:00:00.000Z'],
      ['Γάμμα ΚοινΣΕπ', '2026-05-02T07:00:00.000Z'],
    ]);
    expect((await consultations.getConsultation(handle.db, CONSULTATION))?.cpvCodes).toEqual(['90910000']);
  });

  it('hides drafts from enterprises and shows a published request only to those invited', async () => {
    expect(await consultations.listConsultationsForEnterprise(handle.db, beta)).toEqual([]);
    expect(await consultations.publishConsultation(handle.db, CONSULTATION, 1, staffId, PUBLISHED_AT)).toBe(false);
    expect(await consultations.publishConsultation(handle.db, CONSULTATION, 2, staffId, PUBLISHED_AT)).toBe(true);
    const forBeta = await consultations.listConsultationsForEnterprise(handle.db, beta);
    expect(forBeta.map((c) => [c.consultation.id, c.consultation.status, c.invitation?.invitedAt, c.offer])).toEqual([
      [CONSULTATION, 'open', '2026-05-01T07:00:00.000Z', null],
    ]);
    expect(await consultations.listConsultationsForEnterprise(handle.db, alpha)).toEqual([]);
  });

  it('keeps one offer per enterprise, versions every change, and revives a withdrawn one', async () => {
    const terms = (price: string) => ({
      ...offerAmounts(Number(price) * 100, 24),
      validUntil: '2026-08-31',
      note: null,
    });
    const submit = (enterpriseId: string, price: string) =>
      handle.db.transaction().execute((trx) =>
        offers.submitOffer(trx, {
          id: randomUUID(),
          consultationId: CONSULTATION,
          enterpriseId,
          terms: terms(price),
          by: null,
          at: '2026-05-09T07:00:00.000Z',
        }),
      );
    const b = await submit(beta, '23000');
    const g = await submit(gamma, '22500');
    expect([b?.version, g?.version]).toEqual([1, 1]);
    expect(await submit(beta, '21000')).toBeNull();
    expect(await offers.changeOffer(handle.db, b!.id, 9, terms('21000'), null, '2026-05-09T08:00:00.000Z')).toBeNull();
    expect(await offers.changeOffer(handle.db, b!.id, 1, terms('21000'), null, '2026-05-09T08:00:00.000Z')).toBe(2);
    expect(await offers.withdrawOffer(handle.db, g!.id, 1, null, '2026-05-09T08:30:00.000Z')).toBe(2);
    expect(await offers.countStandingOffers(handle.db, CONSULTATION)).toBe(1);
    expect(await submit(gamma, '22000')).toEqual({ id: g!.id, version: 3 });
    const own = await offers.findOffer(handle.db, CONSULTATION, beta);
    expect(own).toMatchObject({
      state: 'submitted',
      priceNetCents: 2_100_000,
      vatCents: 504_000,
      totalCents: 2_604_000,
      version: 2,
    });
  });

  it('refuses impossible offers in the database itself', async () => {
    const row = {
      consultation_id: CONSULTATION,
      state: 'submitted' as const,
      price_net_cents: 100,
      vat_rate: 24,
      vat_cents: 24,
      total_cents: 124,
      valid_until: '2026-08-31',
      note: null,
      submitted_at: AFTER,
      submitted_by: null,
      updated_at: AFTER,
      updated_by: null,
      withdrawn_at: null,
    };
    const insert = (change: Partial<typeof row> & { enterprise_id: string }) =>
      handle.db
        .insertInto('consultation_offers')
        .values({ id: randomUUID(), ...row, ...change })
        .execute();
    await expect(insert({ enterprise_id: alpha, total_cents: 125 })).rejects.toThrow(/CHECK/);
    await expect(insert({ enterprise_id: alpha, vat_rate: 23 })).rejects.toThrow(/CHECK/);
    await expect(insert({ enterprise_id: beta })).rejects.toThrow(/UNIQUE/);
  });

  it('lists offers only through sealing: a count for staff before the deadline, the offers after', async () => {
    const all = await offers.listOfferContents(handle.db, CONSULTATION);
    const facts = { deadline: DEADLINE, cancelledAt: null };
    expect(offersVisibleTo({ kind: 'staff' }, facts, all, new Date('2026-05-10T08:59:59Z'))).toEqual({
      sealed: true,
      count: 2,
    });
    const opened = offersVisibleTo({ kind: 'staff' }, facts, all, new Date(AFTER));
    expect(opened?.sealed === false && opened.offers.map((o) => [o.enterpriseName, o.priceNetCents])).toEqual([
      ['Βήτα ΚοινΣΕπ', 2_100_000],
      ['Γάμμα ΚοινΣΕπ', 2_200_000],
    ]);
  });

  it('closes requests whose deadline has come, and only those', async () => {
    expect(await consultations.closeDueConsultations(handle.db, '2026-05-10T08:59:59.999Z')).toEqual([]);
    expect(await consultations.closeDueConsultations(handle.db, DEADLINE)).toEqual([CONSULTATION]);
    expect(await consultations.getConsultation(handle.db, CONSULTATION)).toMatchObject({
      status: 'closed',
      closedAt: DEADLINE,
      version: 4,
    });
  });

  it('stores the decisions, awards the best offer, creates the contract and links it both ways', async () => {
    const all = await offers.listOfferContents(handle.db, CONSULTATION);
    const [first, second] = all;
    await handle.db.transaction().execute((trx) =>
      offers.saveEvaluation(
        trx,
        CONSULTATION,
        {
          [first!.id]: { accepted: true, reason: null, qualityMarks: {} },
          [second!.id]: { accepted: false, reason: 'Ελλιπής τεχνική προσφορά', qualityMarks: {} },
        },
        staffId,
        AFTER,
      ),
    );
    const decisions = await offers.listEvaluationDecisions(handle.db, CONSULTATION);
    const evaluation = evaluateOffers({
      rule: { kind: 'lowest_price' },
      offers: all.map((o) => ({ ...o, offerId: o.id })),
      decisions,
      lotOrder: null,
      evaluatedOn: '2026-05-11',
    });
    expect(evaluation.ok && evaluation.value.winnerOfferId).toBe(first!.id);

    // The service's order: the register's contract first, then the award that points at it, in
    // one transaction; a request that moved on rolls the contract back too.
    const award = (version: number, contractId: string) =>
      handle.db
        .transaction()
        .execute(async (trx) => {
          await insertContract(
            trx,
            contractId,
            {
              enterprise_id: beta,
              title: 'Καθαρισμός',
              cpv_code: '90910000',
              award_route: 'reserved_art20',
              value_net_cents: 2_100_000,
              vat_cents: 504_000,
              department: 'Διεύθυνση Παιδείας',
              awarded_on: '2026-05-11',
              starts_on: '2026-06-01',
              ends_on: '2027-05-31',
              diavgeia_ada: null,
              kimdis_adam: null,
            },
            staffId,
          );
          const done = await offers.recordAward(trx, {
            consultationId: CONSULTATION,
            version,
            offerId: first!.id,
            enterpriseId: beta,
            decisionNumber: '123/2026',
            decisionDate: '2026-05-11',
            diavgeiaAda: null,
            contractId,
            eligibility: { group: 'eligible' },
            by: staffId,
            at: AFTER,
          });
          if (!done) throw new Error('stale');
          return true;
        })
        .catch(() => false);
    const contractId = randomUUID();
    const stale = randomUUID();
    expect(await award(4, contractId)).toBe(true);
    expect(await award(5, stale)).toBe(false);
    expect(
      await handle.db.selectFrom('contracts').select('id').where('id', '=', stale).executeTakeFirst(),
    ).toBeUndefined();
    expect(await offers.findAwardByContract(handle.db, contractId)).toMatchObject({
      consultation_id: CONSULTATION,
      offer_id: first!.id,
      decision_number: '123/2026',
    });
    const contract = await handle.db
      .selectFrom('contracts')
      .select('consultation_id')
      .where('id', '=', contractId)
      .executeTakeFirst();
    expect(contract?.consultation_id).toBe(CONSULTATION);
    expect((await consultations.getConsultation(handle.db, CONSULTATION))?.status).toBe('awarded');
  });

  it('gives the rotation facts of the last 12 months', async () => {
    const history = await invitations.rotationHistory(handle.db, [alpha, beta, gamma], '2025-05-11');
    expect(
      rotationFacts([alpha, beta, gamma], history, '2026-05-11').map((f) => [f.requests, f.awards, f.awardedNetCents]),
    ).toEqual([
      [0, 0, 0],
      [1, 1, 2_100_000],
      [1, 0, 0],
    ]);
  });
});

describe('social-value reports', () => {
  let contractId: string;
  const REPORT = randomUUID();
  const figures = {
    periodStart: '2026-06-01',
    periodEnd: '2026-11-30',
    vulnerableWorkers: 3,
    vulnerableHours: 1800,
    totalWorkers: 7,
    newHires: 2,
    text: 'Τρεις εργαζόμενοι ΑμεΑ.',
  };

  beforeAll(async () => {
    contractId = (
      await handle.db
        .selectFrom('contracts')
        .select('id')
        .where('consultation_id', '=', CONSULTATION)
        .executeTakeFirstOrThrow()
    ).id;
  });

  it('is reported by the enterprise, edited until confirmed, confirmed once by staff, and counted in its year', async () => {
    expect(await socialValue.findContractForReport(handle.db, contractId)).toMatchObject({
      enterpriseId: beta,
      startsOn: '2026-06-01',
      endsOn: '2027-05-31',
    });
    await socialValue.insertSocialValueReport(handle.db, {
      id: REPORT,
      contractId,
      enterpriseId: beta,
      figures,
      by: null,
      at: '2026-12-01T08:00:00.000Z',
    });
    expect(await socialValue.otherReportPeriods(handle.db, contractId, null)).toEqual([
      { periodStart: '2026-06-01', periodEnd: '2026-11-30' },
    ]);
    expect(await socialValue.otherReportPeriods(handle.db, contractId, REPORT)).toEqual([]);
    expect(
      await socialValue.updateSocialValueReport(
        handle.db,
        REPORT,
        1,
        { ...figures, newHires: 3 },
        null,
        '2026-12-02T08:00:00.000Z',
      ),
    ).toBe(true);

    let year = aggregateSocialValue(2026, await socialValue.reportsForYear(handle.db, 2026), String);
    expect([year.totals.contractsReporting, year.totals.pendingReports]).toEqual([0, 1]);

    const review = (version: number) =>
      socialValue.reviewSocialValueReport(handle.db, REPORT, version, {
        status: 'confirmed',
        comment: null,
        by: staffId,
        at: '2026-12-03T08:00:00.000Z',
      });
    expect(await review(1)).toBe(false);
    expect(await review(2)).toBe(true);
    expect(await review(3)).toBe(false);
    expect(
      await socialValue.updateSocialValueReport(handle.db, REPORT, 3, figures, null, '2026-12-04T08:00:00.000Z'),
    ).toBe(false);
    expect(await socialValue.findSocialValueReport(handle.db, REPORT)).toMatchObject({
      status: 'confirmed',
      newHires: 3,
      confirmedBy: staffId,
      contractTitle: 'Καθαρισμός',
      enterpriseName: 'Βήτα ΚοινΣΕπ',
    });

    year = aggregateSocialValue(2026, await socialValue.reportsForYear(handle.db, 2026), String);
    expect(year.totals).toMatchObject({
      contractsReporting: 1,
      vulnerableWorkers: 3,
      vulnerableHours: 1800,
      newHires: 3,
      pendingReports: 0,
    });
    expect(year.byRoute).toEqual([
      {
        key: 'reserved_art20',
        label: 'reserved_art20',
        contracts: 1,
        vulnerableWorkers: 3,
        vulnerableHours: 1800,
        newHires: 3,
      },
    ]);
    expect((await socialValue.listSocialValueReports(handle.db, { enterpriseId: beta })).map((r) => r.id)).toEqual([
      REPORT,
    ]);
    expect(await socialValue.listSocialValueReports(handle.db, { enterpriseId: alpha })).toEqual([]);
  });
});

describe('migration 009', () => {
  it('goes down to 006 and up again on a database with data', async () => {
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    // Down to 008 (later migrations, if any, go down first), so 009 itself is undone.
    const down = await migrator.migrateTo('008-search-stems');
    expect(down.error).toBeUndefined();
    expect(down.results?.at(-1)).toMatchObject({
      migrationName: '009-consultations',
      direction: 'Down',
      status: 'Success',
    });
    const columns = await handle.db.introspection.getTables();
    expect(columns.some((t) => t.name === 'consultations')).toBe(false);
    expect(columns.find((t) => t.name === 'contracts')?.columns.some((c) => c.name === 'consultation_id')).toBe(false);
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(await consultations.listConsultations(handle.db, {}, { limit: 10, offset: 0 })).toEqual({
      rows: [],
      total: 0,
    });
  });
});
