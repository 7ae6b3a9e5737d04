import { describe, expect, it } from 'vitest';
import {
  checkReadyToPublish,
  parseConsultationDraft,
  type ConsultationDraftInput,
} from '../../api/domain/consultations/consultation-input.ts';

const body: ConsultationDraftInput = {
  title: '  Καθαρισμός 4 σχολικών μονάδων  ',
  description: 'Καθημερινός καθαρισμός, Σεπτέμβριος–Ιούνιος.',
  cpv: ['90919300-5', '90910000'],
  route: 'reserved_art20',
  valueNet: '24000.00',
  optionsValueNet: '2400',
  placeAreaId: 'mun-chalandri',
  startDate: '2026-09-01',
  durationMonths: 10,
  deadline: '2026-06-15T12:00',
  evaluation: 'lowest_price',
  invitedEnterpriseIds: ['e1', 'e2', 'e1'],
  department: 'Διεύθυνση Παιδείας',
};

describe('parseConsultationDraft', () => {
  it('reads the request as staff write it: codes without check digit, cents, Athens deadline, unique invitees', () => {
    const parsed = parseConsultationDraft(body);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({
      title: 'Καθαρισμός 4 σχολικών μονάδων',
      cpvCodes: ['90919300', '90910000'],
      route: 'reserved_art20',
      valueNetCents: 2_400_000,
      optionsValueNetCents: 240_000,
      placeAreaId: 'mun-chalandri',
      placeText: null,
      durationMonths: 10,
      evaluation: { kind: 'lowest_price' },
      invitedEnterpriseIds: ['e1', 'e2'],
      openToAllEligible: false,
      publicListing: false,
    });
    expect(parsed.value.deadline?.toISOString()).toBe('2026-06-15T09:00:00.000Z');
  });

  it('names every offending field at once', () => {
    const parsed = parseConsultationDraft({
      ...body,
      title: '',
      cpv: ['9091', '90910000', '90910000-9'],
      route: 'whatever',
      valueNet: 24000,
      durationMonths: 0,
      deadline: '15/06/2026',
      evaluation: {
        criteria: [
          { name: 'Τιμή', weight: 50, kind: 'price' },
          { name: 'Ποιότητα', weight: 40 },
        ],
      },
      department: ' ',
      publicListing: 'yes',
    });
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toEqual([
      'title',
      'cpv[0]',
      'cpv[2]',
      'route',
      'valueNet',
      'durationMonths',
      'deadline',
      'evaluation.criteria',
      'publicListing',
      'department',
    ]);
  });

  it('refuses a programmatic agreement as the route, saying why (issue 11)', () => {
    const parsed = parseConsultationDraft({ ...body, route: 'programmatic_agreement' });
    expect(!parsed.ok && parsed.problems[0]).toMatchObject({ field: 'route', code: 'route_not_procurement' });
  });

  it('keeps a draft without deadline or invitees, which publishing then asks for', () => {
    const parsed = parseConsultationDraft({
      ...body,
      deadline: undefined,
      invitedEnterpriseIds: undefined,
      startDate: null,
    });
    expect(parsed.ok).toBe(true);
    const now = new Date('2026-06-01T09:00:00Z');
    expect(
      checkReadyToPublish(
        { deadline: null, invitedCount: 0, openToAllEligible: false, startDate: null },
        now,
        1440,
      ).map((p) => p.code),
    ).toEqual(['deadline_missing', 'no_invitees']);
    expect(
      checkReadyToPublish(
        { deadline: '2026-06-15T09:00:00Z', invitedCount: 0, openToAllEligible: true, startDate: '2026-09-01' },
        now,
        1440,
      ),
    ).toEqual([]);
    expect(
      checkReadyToPublish(
        { deadline: '2026-06-15T09:00:00Z', invitedCount: 2, openToAllEligible: false, startDate: '2026-06-14' },
        now,
        1440,
      )[0]!.code,
    ).toBe('start_before_deadline');
  });
});
