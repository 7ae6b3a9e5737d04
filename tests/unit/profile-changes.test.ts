import { describe, expect, it } from 'vitest';
import {
  changedOnly,
  diffChanges,
  historyValue,
  normaliseProfileChanges,
  normaliseServiceChanges,
  splitProfileChanges,
  splitServiceChanges,
  verificationState,
  type ProfileValues,
} from '../../api/domain/profile-changes.ts';
import { PROFILE } from './profile-fixture.ts';

const current: ProfileValues = PROFILE;

const options = { today: '2026-11-25', staff: false };

describe('which changes wait for the municipality', () => {
  it('public texts and eligibility facts always wait', () => {
    const { direct, moderated } = splitProfileChanges(current, {
      descriptionEl: 'Νέα',
      employeesCount: 12,
      website: 'https://x.gr',
    });
    expect(direct).toEqual({});
    expect(Object.keys(moderated).sort()).toEqual(['descriptionEl', 'employeesCount', 'website']);
  });

  it('contact details wait only while public (after the change)', () => {
    expect(splitProfileChanges(current, { email: 'new@dokimi.example' }).direct).toEqual({
      email: 'new@dokimi.example',
    });
    expect(splitProfileChanges(current, { phone: '2107654321' }).moderated).toEqual({ phone: '2107654321' });
    // Hiding the phone and changing it in one go: both private, both at once.
    expect(splitProfileChanges(current, { phone: '2107654321', phonePublic: false }).direct).toEqual({
      phone: '2107654321',
      phonePublic: false,
    });
    // Publishing the e-mail makes the new address wait too.
    expect(splitProfileChanges(current, { email: 'new@dokimi.example', emailPublic: true }).moderated).toEqual({
      email: 'new@dokimi.example',
      emailPublic: true,
    });
  });

  it('the address and map position follow the address flag', () => {
    expect(splitProfileChanges(current, { lat: 38.1, lon: 23.9 }).direct).toEqual({ lat: 38.1, lon: 23.9 });
    expect(splitProfileChanges({ ...current, addressPublic: true }, { lat: 38.1, lon: 23.9 }).moderated).toEqual({
      lat: 38.1,
      lon: 23.9,
    });
  });

  it('withdrawing a service applies at once, reactivating waits', () => {
    expect(splitServiceChanges({ status: 'inactive' }).direct).toEqual({ status: 'inactive' });
    expect(splitServiceChanges({ status: 'active', titleEl: 'x' }).moderated).toEqual({
      status: 'active',
      titleEl: 'x',
    });
  });

  it('only real changes count', () => {
    expect(changedOnly(current, { descriptionEl: 'Περιγραφή', tradeName: 'Άλλο' })).toEqual({ tradeName: 'Άλλο' });
  });
});

describe('normalising and validating', () => {
  it('strips the EL prefix of an ΑΦΜ and checks its check digit', () => {
    expect(normaliseProfileChanges(current, { afm: 'EL094259216' }, options)).toEqual({
      changes: { afm: '094259216' },
      invalid: [],
    });
    expect(normaliseProfileChanges(current, { afm: '123456781' }, options).invalid[0]!.name).toBe('afm');
  });

  it('formats the postal code and turns empty text into nothing', () => {
    expect(normaliseProfileChanges(current, { postalCode: '15231', tradeName: '  ' }, options).changes).toEqual({
      postalCode: '152 31',
      tradeName: null,
    });
  });

  it('names each bad field', () => {
    const { invalid } = normaliseProfileChanges(
      current,
      {
        website: 'javascript:alert(1)',
        email: 'x@',
        lat: -91,
        membersCount: 2.5,
        foundedOn: '2030-01-01',
        status: 'hidden',
      },
      options,
    );
    expect(invalid.map((i) => i.name).sort()).toEqual([
      'email',
      'foundedOn',
      'lat',
      'membersCount',
      'status',
      'website',
    ]);
  });

  it('staff may set the staff-only fields', () => {
    expect(
      normaliseProfileChanges(current, { status: 'hidden', gemkaloStatus: 'suspended' }, { ...options, staff: true })
        .invalid,
    ).toEqual([]);
    expect(normaliseProfileChanges(current, { status: 'secret' }, { ...options, staff: true }).invalid[0]!.name).toBe(
      'status',
    );
  });

  it('checks fields against each other: coordinates in pairs, disadvantaged ≤ employees', () => {
    expect(normaliseProfileChanges(current, { lon: null }, options).invalid[0]!.name).toBe('lat');
    expect(normaliseProfileChanges(current, { disadvantagedEmployeesCount: 11 }, options).invalid[0]!.name).toBe(
      'disadvantagedEmployeesCount',
    );
    expect(normaliseProfileChanges(current, { employeesCount: 3 }, options).invalid[0]!.name).toBe(
      'disadvantagedEmployeesCount',
    );
  });

  it('service CPV codes lose their check digit and are deduplicated; a new service needs a title', () => {
    expect(
      normaliseServiceChanges({ cpvCodes: ['90910000-9', '90910000', '77310000-6'] }, false).changes.cpvCodes,
    ).toEqual(['77310000', '90910000']);
    expect(normaliseServiceChanges({ cpvCodes: ['9091'] }, false).invalid[0]!.name).toBe('cpvCodes');
    expect(normaliseServiceChanges({ cpvCodes: ['90910000'] }, true).invalid[0]!.name).toBe('titleEl');
  });
});

describe('diff, history values and verification', () => {
  it('marks a field someone changed after the proposal', () => {
    const diff = diffChanges(
      { descriptionEl: 'Α', website: null },
      { descriptionEl: 'Β', website: null },
      { descriptionEl: 'Γ', website: 'https://x.gr' },
    );
    expect(diff).toEqual([
      { field: 'descriptionEl', before: 'Α', current: 'Β', proposed: 'Γ', changedSinceProposal: true },
      { field: 'website', before: null, current: null, proposed: 'https://x.gr', changedSinceProposal: false },
    ]);
  });

  it('keeps history values as HSDS strings', () => {
    expect(historyValue('κείμενο')).toBe('κείμενο');
    expect(historyValue(12)).toBe('12');
    expect(historyValue(['90910000'])).toBe('["90910000"]');
    expect(historyValue(null)).toBeNull();
  });

  it('a verification is stale from 12 months after it', () => {
    expect(verificationState('2025-11-26T10:00:00Z', '2026-11-25')).toEqual({
      verifiedAt: '2025-11-26T10:00:00Z',
      assuredDate: '2025-11-26',
      stale: false,
    });
    expect(verificationState('2025-11-25T10:00:00Z', '2026-11-25').stale).toBe(true);
    expect(verificationState(null, '2026-11-25').stale).toBe(false);
  });
});
