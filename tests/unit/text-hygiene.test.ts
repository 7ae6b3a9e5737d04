import { describe, expect, it } from 'vitest';
import { checkText } from '../../api/domain/text-hygiene.ts';
import { translate } from '../../api/domain/messages/index.ts';
import {
  normaliseProfileChanges,
  normaliseServiceChanges,
  splitProfileChanges,
  type ProfileValues,
} from '../../api/domain/profile-changes.ts';
import { PROFILE } from './profile-fixture.ts';

const TODAY = '2026-11-25';
const reasons = (input: Parameters<typeof normaliseProfileChanges>[1]) =>
  Object.fromEntries(
    normaliseProfileChanges(PROFILE, input, { today: TODAY, staff: true }).invalid.map((i) => [
      i.name,
      translate(i.reason, 'en'),
    ]),
  );
const serviceReasons = (input: Parameters<typeof normaliseServiceChanges>[0]) =>
  normaliseServiceChanges(input, false).invalid.map((i) => ({ name: i.name, reason: translate(i.reason, 'en') }));

describe('text hygiene (issue 15, item 8)', () => {
  it.each([
    ['right-to-left override', 'Καθαρ\u202Eιότητα', 'direction'],
    ['left-to-right embedding', '\u202Aabc', 'direction'],
    ['first-strong isolate', 'a\u2068b\u2069', 'direction'],
    ['NUL', 'abc\u0000', 'control'],
    ['escape', '\u001B[31mred', 'control'],
    ['C1 control', 'a\u0085b', 'control'],
    ['DEL', 'a\u007Fb', 'control'],
    ['lone high surrogate', 'a\uD83Db', 'Unicode'],
    ['lone low surrogate', '\uDE00', 'Unicode'],
  ])('refuses %s anywhere', (_label, text, word) => {
    for (const multiline of [false, true]) {
      const result = checkText(text, { multiline });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(translate(result.problem, 'en')).toContain(word);
    }
  });

  it('allows tab and line breaks only in long texts, with CRLF stored as LF', () => {
    const tabbed = checkText('α\tβ', { multiline: false });
    expect(!tabbed.ok && translate(tabbed.problem, 'en')).toContain('single line');
    expect(checkText('α\nβ', { multiline: false }).ok).toBe(false);
    expect(checkText('α\r\nβ\rγ\tδ', { multiline: true })).toEqual({ ok: true, value: 'α\nβ\nγ\tδ' });
  });

  it('keeps emoji (surrogate pairs) and normalises to NFC', () => {
    const decomposed = 'Καθαριο\u0301τητα 🌿';
    const result = checkText(decomposed, { multiline: false });
    expect(result).toEqual({ ok: true, value: 'Καθαριότητα 🌿' });
    if (result.ok) expect(result.value.length).toBe('Καθαριότητα 🌿'.length);
  });

  it('names the field of a profile change with a direction override or a line break in a one-line field', () => {
    expect(reasons({ tradeName: 'ΑΛΦΑ\u202E' })).toEqual({ tradeName: expect.stringContaining('direction') });
    expect(reasons({ legalName: 'Α\nΒ' })).toEqual({ legalName: expect.stringContaining('single line') });
    expect(reasons({ descriptionEl: 'Πρώτη γραμμή.\nΔεύτερη.' })).toEqual({});
    expect(
      normaliseProfileChanges(PROFILE, { descriptionEl: 'Ε\u0301ργο' }, { today: TODAY, staff: true }).changes
        .descriptionEl,
    ).toBe('Έργο');
  });

  it('checks service texts and lists the same way', () => {
    expect(serviceReasons({ titleEl: 'Κήποι\u2066' })).toEqual([
      { name: 'titleEl', reason: expect.stringContaining('direction') },
    ]);
    expect(serviceReasons({ categories: ['green\u0000'] })).toEqual([
      { name: 'categories', reason: expect.any(String) },
    ]);
    expect(serviceReasons({ descriptionEl: 'α\nβ' })).toEqual([]);
  });
});

describe('field types, for proposals and staff corrections alike (issue 15, item 7)', () => {
  it.each([
    [{ tradeName: 5 }, 'tradeName', 'text'],
    [{ gemiNumber: false }, 'gemiNumber', 'text'],
    [{ descriptionEn: true }, 'descriptionEn', 'text'],
    [{ legalName: null }, 'legalName', 'text'],
    [{ emailPublic: 'yes' }, 'emailPublic', 'true or false'],
    [{ employeesCount: '12' }, 'employeesCount', 'number'],
    [{ status: 'bogus' }, 'status', 'one of'],
  ])('%j → 400 naming %s', (input, field, word) => {
    expect(reasons(input as Parameters<typeof normaliseProfileChanges>[1])[field]).toContain(word);
  });

  it.each([
    [{ cpvCodes: '90910000' }, 'cpvCodes'],
    [{ titleEl: null }, 'titleEl'],
    [{ descriptionEn: true }, 'descriptionEn'],
    [{ status: 'bogus' }, 'status'],
    [{ areas: [1, 2] }, 'areas'],
  ])('service %j → names %s', (input, field) => {
    const { invalid } = normaliseServiceChanges(input as Parameters<typeof normaliseServiceChanges>[0], false);
    expect(invalid.map((i) => i.name)).toContain(field);
  });
});

describe('identifiers and e-mail addresses that reach open data (issue 15, item 9)', () => {
  it.each(['=cmd|"/c calc"!A1', '+1234567890', '12345678', '1234567890123', '12345 6789'])(
    'refuses ΓΕΜΗ number %j',
    (value) => {
      expect(reasons({ gemiNumber: value }).gemiNumber).toContain('ΓΕΜΗ');
    },
  );
  it('accepts 9 to 12 digit ΓΕΜΗ numbers and digit ΓΕΜΚΑΛΟ numbers', () => {
    expect(reasons({ gemiNumber: '123456701000', gemkaloNumber: '1432' })).toEqual({});
    expect(reasons({ gemkaloNumber: '=HYPERLINK("http://evil")' }).gemkaloNumber).toContain('digits');
  });
  it.each([
    'info@x.gr?bcc=harvest%40evil.example',
    'info@x.gr&cc=a@b.example',
    'a@b',
    'a b@x.gr',
    '"quoted"@x.gr',
    'info@x..gr',
    'info@-x.gr',
    'info.@x.gr',
    'info@x.gr\nBcc: a@b.example',
  ])('refuses e-mail %j', (value) => {
    expect(reasons({ email: value }).email).toBeDefined();
  });
  it.each(['info@koinsep-chalandri.gr', 'a.b+tag@mail.example.org', 'info@παράδειγμα.ελ', "o'neil@x.gr"])(
    'accepts e-mail %j',
    (value) => {
      expect(reasons({ email: value })).toEqual({});
    },
  );
});

describe('contact data whose publication is pending (issue 15, item 5)', () => {
  const hidden: ProfileValues = { ...PROFILE, emailPublic: false, phonePublic: false, addressPublic: false };
  it('moderates a contact change made while «show it publicly» waits for approval', () => {
    const pending = { emailPublic: true };
    expect(splitProfileChanges(hidden, { email: 'pay-here@evil-phish.example' }, pending)).toEqual({
      direct: {},
      moderated: { email: 'pay-here@evil-phish.example' },
    });
  });
  it.each([
    [{ phonePublic: true }, { phone: '2100000000' }],
    [{ contactPersonPublic: true }, { contactPerson: 'Άλλος' }],
    [{ addressPublic: true }, { streetAddress: 'Αλλού 5', lat: 38, lon: 23.7 }],
  ])('and the same for %j', (pending, change) => {
    expect(
      splitProfileChanges(hidden, change as Partial<ProfileValues>, pending as Partial<ProfileValues>).direct,
    ).toEqual({});
  });
  it('still applies private changes at once when nothing is pending', () => {
    expect(splitProfileChanges(hidden, { email: 'new@koinsep.example' })).toEqual({
      direct: { email: 'new@koinsep.example' },
      moderated: {},
    });
  });
});
