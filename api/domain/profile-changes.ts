import { parseAfm } from './afm.ts';
import { isIsoDate } from './eligibility-format.ts';
import { LEGAL_FORM_IDS } from './legal-forms.ts';
import { ENTERPRISE_STATUSES, GEMKALO_STATUSES } from './enterprise-status.ts';
import { msg, type Message } from './messages/index.ts';

/**
 * Which changes to an enterprise profile or service need the municipality's approval, and
 * what makes a value acceptable (issue 5). Pure: no Fastify, no database.
 *
 * Moderation rule (README "Enterprise self-service and moderation"): whatever the public
 * sees, or the eligibility engine relies on, waits for staff; what only the enterprise and
 * staff see is applied at once. So:
 * - always moderated: names, identifiers (ΑΦΜ, ΓΕΜΗ, ΓΕΜΚΑΛΟ), legal form, foundation date,
 *   descriptions, website, municipality, members/employees/disadvantaged counts (art. 20
 *   shares), the logo, and every service text, CPV code, category and area;
 * - contact details (e-mail, phone, contact person) and the address and map position are
 *   moderated only while shown publicly (their `…Public` flag, after the change);
 * - hiding something (a public flag turned off, a service withdrawn) is applied at once:
 *   it can only reduce what is published; showing it (flag on, service reactivated) waits;
 * - the ΓΕΜΚΑΛΟ status and the publication status are set by staff only.
 */

export type FieldValue = string | number | boolean | null | string[];
export type Changes = Record<string, FieldValue>;

export interface InvalidField {
  name: string;
  /** Why, as a message id (rendered in the reader's language by api/http/). */
  reason: Message;
}

type Moderation = 'always' | 'when_contact_public' | 'when_address_public' | 'flag' | 'staff_only';

export interface ProfileFieldSpec {
  column: string;
  moderation: Moderation;
  kind: 'text' | 'nullable_text' | 'boolean' | 'integer' | 'number' | 'date';
}

/** API field name → column and rule. The order is the order of the editor and of diffs. */
export const PROFILE_FIELDS = {
  legalName: { column: 'legal_name', moderation: 'always', kind: 'text' },
  tradeName: { column: 'trade_name', moderation: 'always', kind: 'nullable_text' },
  legalForm: { column: 'legal_form', moderation: 'always', kind: 'text' },
  afm: { column: 'afm', moderation: 'always', kind: 'text' },
  gemiNumber: { column: 'gemi_number', moderation: 'always', kind: 'nullable_text' },
  gemkaloNumber: { column: 'gemkalo_number', moderation: 'always', kind: 'nullable_text' },
  gemkaloStatus: { column: 'gemkalo_status', moderation: 'staff_only', kind: 'text' },
  foundedOn: { column: 'founded_on', moderation: 'always', kind: 'date' },
  descriptionEl: { column: 'description_el', moderation: 'always', kind: 'text' },
  descriptionEn: { column: 'description_en', moderation: 'always', kind: 'nullable_text' },
  website: { column: 'website', moderation: 'always', kind: 'nullable_text' },
  email: { column: 'email', moderation: 'when_contact_public', kind: 'nullable_text' },
  emailPublic: { column: 'email_public', moderation: 'flag', kind: 'boolean' },
  phone: { column: 'phone', moderation: 'when_contact_public', kind: 'nullable_text' },
  phonePublic: { column: 'phone_public', moderation: 'flag', kind: 'boolean' },
  contactPerson: { column: 'contact_person', moderation: 'when_contact_public', kind: 'nullable_text' },
  contactPersonPublic: { column: 'contact_person_public', moderation: 'flag', kind: 'boolean' },
  streetAddress: { column: 'street_address', moderation: 'when_address_public', kind: 'nullable_text' },
  postalCode: { column: 'postal_code', moderation: 'when_address_public', kind: 'nullable_text' },
  lat: { column: 'lat', moderation: 'when_address_public', kind: 'number' },
  lon: { column: 'lon', moderation: 'when_address_public', kind: 'number' },
  addressPublic: { column: 'address_public', moderation: 'flag', kind: 'boolean' },
  municipalityId: { column: 'municipality_id', moderation: 'always', kind: 'nullable_text' },
  membersCount: { column: 'members_count', moderation: 'always', kind: 'integer' },
  employeesCount: { column: 'employees_count', moderation: 'always', kind: 'integer' },
  disadvantagedEmployeesCount: { column: 'disadvantaged_employees_count', moderation: 'always', kind: 'integer' },
  logoId: { column: 'logo_id', moderation: 'always', kind: 'nullable_text' },
  status: { column: 'status', moderation: 'staff_only', kind: 'text' },
} as const satisfies Record<string, ProfileFieldSpec>;

export type ProfileField = keyof typeof PROFILE_FIELDS;
export const PROFILE_FIELD_NAMES = Object.keys(PROFILE_FIELDS) as ProfileField[];
export type ProfileValues = Record<ProfileField, FieldValue>;

const CONTACT_FLAG: Record<string, ProfileField> = { email: 'emailPublic', phone: 'phonePublic', contactPerson: 'contactPersonPublic' };

export const SERVICE_FIELDS = ['titleEl', 'titleEn', 'descriptionEl', 'descriptionEn', 'cpvCodes', 'categories', 'areas', 'status'] as const;
export type ServiceField = (typeof SERVICE_FIELDS)[number];
export type ServiceValues = Record<ServiceField, FieldValue>;

/** A service before anything is filled in (new services exist only as a proposal until approved). */
export const EMPTY_SERVICE: ServiceValues = {
  titleEl: '',
  titleEn: null,
  descriptionEl: '',
  descriptionEn: null,
  cpvCodes: [],
  categories: [],
  areas: [],
  status: 'active',
};

/** Profile values as the API shows them, from an `enterprises` row. */
export function profileValuesOf(row: Record<string, unknown>): ProfileValues {
  const out = {} as ProfileValues;
  for (const name of PROFILE_FIELD_NAMES) {
    const spec: ProfileFieldSpec = PROFILE_FIELDS[name];
    const raw = row[spec.column];
    out[name] = spec.kind === 'boolean' ? raw === 1 || raw === true : ((raw ?? null) as FieldValue);
  }
  return out;
}

/** Column values for an update from API values. */
export function profileColumnsOf(changes: Partial<ProfileValues>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(changes)) {
    const spec: ProfileFieldSpec | undefined = PROFILE_FIELDS[name as ProfileField];
    if (!spec) continue;
    out[spec.column] = spec.kind === 'boolean' ? (value ? 1 : 0) : value;
  }
  return out;
}

const same = (a: FieldValue | undefined, b: FieldValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only the fields whose value really changes. */
export function changedOnly<T extends Record<string, FieldValue>>(current: T, changes: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const [name, value] of Object.entries(changes) as Array<[keyof T, T[keyof T]]>) {
    if (value === undefined) continue;
    if (!same(current[name], value)) out[name] = value;
  }
  return out;
}

/** Splits an enterprise's profile changes into those applied at once and those staff must approve. */
export function splitProfileChanges(
  current: ProfileValues,
  changes: Partial<ProfileValues>,
): { direct: Partial<ProfileValues>; moderated: Partial<ProfileValues> } {
  const after = { ...current, ...changes };
  const direct: Partial<ProfileValues> = {};
  const moderated: Partial<ProfileValues> = {};
  for (const [name, value] of Object.entries(changes) as Array<[ProfileField, FieldValue]>) {
    const spec: ProfileFieldSpec = PROFILE_FIELDS[name];
    let needsApproval: boolean;
    switch (spec.moderation) {
      case 'always':
      case 'staff_only':
        needsApproval = true;
        break;
      case 'flag':
        needsApproval = value === true;
        break;
      case 'when_contact_public':
        needsApproval = after[CONTACT_FLAG[name]!] === true;
        break;
      case 'when_address_public':
        needsApproval = after.addressPublic === true;
        break;
    }
    (needsApproval ? moderated : direct)[name] = value;
  }
  return { direct, moderated };
}

/** Service changes: withdrawing a service is applied at once, everything else waits. */
export function splitServiceChanges(changes: Partial<ServiceValues>): { direct: Partial<ServiceValues>; moderated: Partial<ServiceValues> } {
  const direct: Partial<ServiceValues> = {};
  const moderated: Partial<ServiceValues> = {};
  for (const [name, value] of Object.entries(changes) as Array<[ServiceField, FieldValue]>) {
    (name === 'status' && value === 'inactive' ? direct : moderated)[name] = value;
  }
  return { direct, moderated };
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{6,19}$/;
const POSTAL_CODE = /^[0-9]{3} ?[0-9]{2}$/;
const STAFF_ONLY_VALUES: Record<string, readonly string[]> = {
  gemkaloStatus: GEMKALO_STATUSES,
  status: ENTERPRISE_STATUSES,
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * Normalises (trims, empty → null, ΑΦΜ to 9 digits, postal code to "NNN NN") and validates
 * profile changes against the values they would produce. Returns the normalised changes and
 * every problem, each naming its field.
 */
export function normaliseProfileChanges(
  current: ProfileValues,
  input: Partial<Record<ProfileField, FieldValue>>,
  options: { today: string; staff: boolean },
): { changes: Partial<ProfileValues>; invalid: InvalidField[] } {
  const invalid: InvalidField[] = [];
  const changes: Partial<ProfileValues> = {};
  for (const [name, raw] of Object.entries(input) as Array<[ProfileField, FieldValue | undefined]>) {
    if (raw === undefined) continue;
    const spec: ProfileFieldSpec | undefined = PROFILE_FIELDS[name];
    if (!spec) {
      invalid.push({ name, reason: msg('field.unknown') });
      continue;
    }
    if (spec.moderation === 'staff_only' && !options.staff) {
      invalid.push({ name, reason: msg('field.staff_only') });
      continue;
    }
    let value: FieldValue = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '' && spec.kind !== 'text') value = null;
    if (name === 'descriptionEl' && value === null) value = '';
    changes[name] = value;
  }
  const check = (name: ProfileField, ok: boolean, reason: Message) => {
    if (name in changes && changes[name] !== null && !ok) invalid.push({ name, reason });
  };
  const text = (name: ProfileField) => (typeof changes[name] === 'string' ? (changes[name]) : '');

  if ('legalName' in changes && !text('legalName')) invalid.push({ name: 'legalName', reason: msg('field.empty') });
  if ('afm' in changes) {
    const parsed = parseAfm(text('afm'));
    if (parsed.valid) changes.afm = parsed.afm;
    else invalid.push({ name: 'afm', reason: parsed.reason === 'checksum' ? msg('profile.afm_checksum') : msg('profile.afm_digits') });
  }
  check('legalForm', (LEGAL_FORM_IDS as readonly string[]).includes(text('legalForm')), msg('profile.legal_form'));
  for (const name of ['gemkaloStatus', 'status'] as const) check(name, STAFF_ONLY_VALUES[name]!.includes(text(name)), msg('field.one_of', { values: STAFF_ONLY_VALUES[name]!.join(', ') }));
  check('foundedOn', isIsoDate(text('foundedOn')) && text('foundedOn') <= options.today, msg('profile.past_date'));
  check('website', isHttpUrl(text('website')), msg('profile.website'));
  check('email', EMAIL.test(text('email')), msg('profile.email'));
  check('phone', PHONE.test(text('phone')), msg('profile.phone'));
  if ('postalCode' in changes && changes.postalCode !== null) {
    if (POSTAL_CODE.test(text('postalCode'))) changes.postalCode = text('postalCode').replace(/^(\d{3}) ?(\d{2})$/, '$1 $2');
    else invalid.push({ name: 'postalCode', reason: msg('profile.postal_code') });
  }
  const num = (name: ProfileField) => changes[name] as number;
  check('lat', typeof changes.lat === 'number' && Number.isFinite(num('lat')) && num('lat') >= -90 && num('lat') <= 90, msg('profile.latitude'));
  check('lon', typeof changes.lon === 'number' && Number.isFinite(num('lon')) && num('lon') >= -180 && num('lon') <= 180, msg('profile.longitude'));
  for (const name of ['membersCount', 'employeesCount', 'disadvantagedEmployeesCount'] as const)
    check(name, Number.isInteger(changes[name]) && num(name) >= 0 && num(name) <= 1_000_000, msg('profile.count'));

  const after = { ...current, ...changes };
  if (('lat' in changes || 'lon' in changes) && (after.lat === null) !== (after.lon === null) && !invalid.some((i) => i.name === 'lat' || i.name === 'lon'))
    invalid.push({ name: 'lat' in changes ? 'lon' : 'lat', reason: msg('profile.coordinates_pair') });
  if (
    ('employeesCount' in changes || 'disadvantagedEmployeesCount' in changes) &&
    typeof after.employeesCount === 'number' &&
    typeof after.disadvantagedEmployeesCount === 'number' &&
    after.disadvantagedEmployeesCount > after.employeesCount
  )
    invalid.push({ name: 'disadvantagedEmployeesCount', reason: msg('profile.disadvantaged_exceed') });
  return { changes, invalid };
}

/** Normalises service changes; `isNew` demands a Greek title. CPV/category/area existence is the caller's (database) check. */
export function normaliseServiceChanges(
  input: Partial<Record<ServiceField, FieldValue>>,
  isNew: boolean,
): { changes: Partial<ServiceValues>; invalid: InvalidField[] } {
  const invalid: InvalidField[] = [];
  const changes: Partial<ServiceValues> = {};
  for (const [name, raw] of Object.entries(input) as Array<[ServiceField, FieldValue | undefined]>) {
    if (raw === undefined) continue;
    if (Array.isArray(raw)) changes[name] = [...new Set(raw.map((v) => v.trim()).filter(Boolean))].sort();
    else if (typeof raw === 'string') changes[name] = raw.trim() === '' && (name === 'titleEn' || name === 'descriptionEn') ? null : raw.trim();
    else changes[name] = raw;
  }
  if (name(changes, 'titleEl') === '' || (isNew && !('titleEl' in changes))) invalid.push({ name: 'titleEl', reason: msg('field.empty') });
  if (changes.descriptionEl === null) changes.descriptionEl = '';
  if ('cpvCodes' in changes) {
    const codes = (changes.cpvCodes as string[]).map((c) => c.replace(/-\d$/, ''));
    if (codes.some((c) => !/^\d{8}$/.test(c))) invalid.push({ name: 'cpvCodes', reason: msg('service.cpv_format') });
    changes.cpvCodes = [...new Set(codes)].sort();
  }
  return { changes, invalid };
}

function name(changes: Partial<ServiceValues>, field: ServiceField): string | null {
  const value = changes[field];
  return typeof value === 'string' ? value : null;
}

export interface FieldDiff {
  field: string;
  /** The value when the change was proposed. */
  before: FieldValue;
  /** The value now (differs from `before` when someone changed it since). */
  current: FieldValue;
  proposed: FieldValue;
  changedSinceProposal: boolean;
}

/** Field-by-field before/after for the moderation screen. */
export function diffChanges(previous: Changes, current: Changes, proposed: Changes): FieldDiff[] {
  return Object.keys(proposed).map((field) => ({
    field,
    before: previous[field] ?? null,
    current: current[field] ?? null,
    proposed: proposed[field] ?? null,
    changedSinceProposal: !same(previous[field] ?? null, current[field] ?? null),
  }));
}

/** History keeps strings as they are and everything else as JSON text (HSDS metadata values are strings). */
export function historyValue(value: FieldValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A verification older than this many months shows as stale. */
const VERIFICATION_STALE_MONTHS = 12;

export function verificationState(verifiedAt: string | null, today: string): { verifiedAt: string | null; assuredDate: string | null; stale: boolean } {
  if (!verifiedAt) return { verifiedAt: null, assuredDate: null, stale: false };
  const assured = verifiedAt.slice(0, 10);
  const [y, m, d] = assured.split('-').map(Number) as [number, number, number];
  const staleFrom = new Date(Date.UTC(y, m - 1 + VERIFICATION_STALE_MONTHS, d)).toISOString().slice(0, 10);
  return { verifiedAt, assuredDate: assured, stale: today >= staleFrom };
}
