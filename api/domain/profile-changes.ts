import { parseAfm } from './afm.ts';
import { isIsoDate } from './eligibility-format.ts';
import { LEGAL_FORM_IDS } from './legal-forms.ts';
import { ENTERPRISE_STATUSES, GEMKALO_STATUSES } from './enterprise-status.ts';
import { msg, type Message } from './messages/index.ts';
import { checkText } from './text-hygiene.ts';

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

const CONTACT_FLAG: Record<string, ProfileField> = {
  email: 'emailPublic',
  phone: 'phonePublic',
  contactPerson: 'contactPersonPublic',
};

export const SERVICE_FIELDS = [
  'titleEl',
  'titleEn',
  'descriptionEl',
  'descriptionEn',
  'cpvCodes',
  'categories',
  'areas',
  'status',
] as const;
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

const same = (a: FieldValue | undefined, b: FieldValue | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only the fields whose value really changes. */
export function changedOnly<T extends Record<string, FieldValue>>(current: T, changes: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const [name, value] of Object.entries(changes) as Array<[keyof T, T[keyof T]]>) {
    if (value === undefined) continue;
    if (!same(current[name], value)) out[name] = value;
  }
  return out;
}

/**
 * Splits an enterprise's profile changes into those applied at once and those staff must approve.
 * `pending` holds what the enterprise's pending change requests propose: a contact or address
 * field whose publication is waiting for approval is moderated too (issue 15, item 5) —
 * otherwise «show my e-mail» waits, the address is then changed at once while the flag is
 * still off, and staff approve a flag that publishes an address they never saw.
 */
export function splitProfileChanges(
  current: ProfileValues,
  changes: Partial<ProfileValues>,
  pending: Partial<ProfileValues> = {},
): { direct: Partial<ProfileValues>; moderated: Partial<ProfileValues> } {
  const after = { ...current, ...changes };
  const publicNowOrPending = (flag: ProfileField) => after[flag] === true || pending[flag] === true;
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
        needsApproval = publicNowOrPending(CONTACT_FLAG[name]!);
        break;
      case 'when_address_public':
        needsApproval = publicNowOrPending('addressPublic');
        break;
    }
    (needsApproval ? moderated : direct)[name] = value;
  }
  return { direct, moderated };
}

/** The fields each publication flag makes public. */
const PUBLISHED_BY_FLAG: Readonly<Record<string, readonly ProfileField[]>> = {
  emailPublic: ['email'],
  phonePublic: ['phone'],
  contactPersonPublic: ['contactPerson'],
  addressPublic: ['streetAddress', 'postalCode', 'lat', 'lon'],
};

/**
 * The values a proposal would make public by turning a publication flag on, when the
 * proposal does not change them itself (issue 15, item 5): the reviewer approving
 * «show my e-mail» must see which address goes public, not only `true`.
 */
export function valuesPublishedBy(proposed: Changes, current: Changes): Changes {
  const out: Changes = {};
  for (const [flag, fields] of Object.entries(PUBLISHED_BY_FLAG)) {
    if (proposed[flag] !== true) continue;
    for (const field of fields) if (!(field in proposed) && current[field] != null) out[field] = current[field]!;
  }
  return out;
}

/** Service changes: withdrawing a service is applied at once, everything else waits. */
export function splitServiceChanges(changes: Partial<ServiceValues>): {
  direct: Partial<ServiceValues>;
  moderated: Partial<ServiceValues>;
} {
  const direct: Partial<ServiceValues> = {};
  const moderated: Partial<ServiceValues> = {};
  for (const [name, value] of Object.entries(changes) as Array<[ServiceField, FieldValue]>) {
    (name === 'status' && value === 'inactive' ? direct : moderated)[name] = value;
  }
  return { direct, moderated };
}

/**
 * An RFC 5322 addr-spec in its dot-atom form, nothing else: a `?`, `%` or `&` in the domain
 * would become hidden headers in a public `mailto:` link («info@x.gr?bcc=harvest%40evil.example»).
 * Local part: atext characters and single dots; domain: letter/digit labels (IDN allowed)
 * with inner hyphens, a final label of letters.
 */
const EMAIL =
  /^[A-Za-z0-9!#$&'*+/=^_`{|}~-]+(?:\.[A-Za-z0-9!#$&'*+/=^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;
/** ΓΕΜΗ numbers are 9 to 12 digits (current ones 12, e.g. 123456701000); nothing else can reach open data. */
const GEMI_NUMBER = /^[0-9]{9,12}$/;
/** ΓΕΜΚΑΛΟ registry numbers are digits (kalo.yeka.gr). */
const GEMKALO_NUMBER = /^[0-9]{1,8}$/;
/** Long texts where line breaks and tabs belong; every other text field is one line. */
const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['descriptionEl', 'descriptionEn']);

const KIND_REASONS: Record<ProfileFieldSpec['kind'], Message> = {
  text: msg('field.type_text'),
  nullable_text: msg('field.type_nullable_text'),
  boolean: msg('field.type_boolean'),
  integer: msg('field.type_integer'),
  number: msg('field.type_number'),
  date: msg('field.type_date'),
};

/** The JSON type each kind of field takes: corrections and proposals alike (issue 15, item 7). */
function hasKindType(kind: ProfileFieldSpec['kind'], value: FieldValue, name: string): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string' || (value === null && name === 'descriptionEl');
    case 'nullable_text':
    case 'date':
      return typeof value === 'string' || value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'number':
      return typeof value === 'number' || value === null;
  }
}

/** Trims and checks a text value; the reason names what is wrong. */
export function cleanText(value: string, multiline: boolean): { value: string } | { reason: Message } {
  const checked = checkText(value.trim(), { multiline });
  return checked.ok ? { value: checked.value } : { reason: checked.problem };
}
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
    if (!hasKindType(spec.kind, raw, name)) {
      invalid.push({ name, reason: KIND_REASONS[spec.kind] });
      continue;
    }
    let value: FieldValue = raw;
    if (typeof raw === 'string') {
      const cleaned = cleanText(raw, MULTILINE_FIELDS.has(name));
      if ('reason' in cleaned) {
        invalid.push({ name, reason: cleaned.reason });
        continue;
      }
      value = cleaned.value;
    }
    if (value === '' && spec.kind !== 'text') value = null;
    if (name === 'descriptionEl' && value === null) value = '';
    changes[name] = value;
  }
  const check = (name: ProfileField, ok: boolean, reason: Message) => {
    if (name in changes && changes[name] !== null && !ok) invalid.push({ name, reason });
  };
  const text = (name: ProfileField) => (typeof changes[name] === 'string' ? changes[name] : '');

  if ('legalName' in changes && !text('legalName')) invalid.push({ name: 'legalName', reason: msg('field.empty') });
  if ('afm' in changes) {
    const parsed = parseAfm(text('afm'));
    if (parsed.valid) changes.afm = parsed.afm;
    else
      invalid.push({
        name: 'afm',
        reason: parsed.reason === 'checksum' ? msg('profile.afm_checksum') : msg('profile.afm_digits'),
      });
  }
  check('legalForm', (LEGAL_FORM_IDS as readonly string[]).includes(text('legalForm')), msg('profile.legal_form'));
  for (const name of ['gemkaloStatus', 'status'] as const)
    check(
      name,
      STAFF_ONLY_VALUES[name]!.includes(text(name)),
      msg('field.one_of', { values: STAFF_ONLY_VALUES[name]!.join(', ') }),
    );
  check('foundedOn', isIsoDate(text('foundedOn')) && text('foundedOn') <= options.today, msg('profile.past_date'));
  check('website', isHttpUrl(text('website')), msg('profile.website'));
  check('email', EMAIL.test(text('email')) && text('email').length <= 254, msg('profile.email'));
  check('gemiNumber', GEMI_NUMBER.test(text('gemiNumber')), msg('profile.gemi_number'));
  check('gemkaloNumber', GEMKALO_NUMBER.test(text('gemkaloNumber')), msg('profile.gemkalo_number'));
  check('phone', PHONE.test(text('phone')), msg('profile.phone'));
  if ('postalCode' in changes && changes.postalCode !== null) {
    if (POSTAL_CODE.test(text('postalCode')))
      changes.postalCode = text('postalCode').replace(/^(\d{3}) ?(\d{2})$/, '$1 $2');
    else invalid.push({ name: 'postalCode', reason: msg('profile.postal_code') });
  }
  const num = (name: ProfileField) => changes[name] as number;
  check(
    'lat',
    typeof changes.lat === 'number' && Number.isFinite(num('lat')) && num('lat') >= -90 && num('lat') <= 90,
    msg('profile.latitude'),
  );
  check(
    'lon',
    typeof changes.lon === 'number' && Number.isFinite(num('lon')) && num('lon') >= -180 && num('lon') <= 180,
    msg('profile.longitude'),
  );
  for (const name of ['membersCount', 'employeesCount', 'disadvantagedEmployeesCount'] as const)
    check(name, Number.isInteger(changes[name]) && num(name) >= 0 && num(name) <= 1_000_000, msg('profile.count'));

  const after = { ...current, ...changes };
  if (
    ('lat' in changes || 'lon' in changes) &&
    (after.lat === null) !== (after.lon === null) &&
    !invalid.some((i) => i.name === 'lat' || i.name === 'lon')
  )
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
    const shape = SERVICE_FIELD_SHAPES[name];
    if (!shape) {
      invalid.push({ name, reason: msg('field.unknown') });
      continue;
    }
    if (!shape.accepts(raw)) {
      invalid.push({ name, reason: shape.reason });
      continue;
    }
    if (Array.isArray(raw)) {
      const bad = raw.find((v) => !checkText(v, { multiline: false }).ok);
      if (bad !== undefined) invalid.push({ name, reason: msg('text.list_item') });
      else changes[name] = [...new Set(raw.map((v) => v.trim().normalize('NFC')).filter(Boolean))].sort();
    } else if (typeof raw === 'string') {
      const cleaned = cleanText(raw, name === 'descriptionEl' || name === 'descriptionEn');
      if ('reason' in cleaned) invalid.push({ name, reason: cleaned.reason });
      else
        changes[name] = cleaned.value === '' && (name === 'titleEn' || name === 'descriptionEn') ? null : cleaned.value;
    } else changes[name] = raw;
  }
  if (name(changes, 'titleEl') === '' || (isNew && !('titleEl' in changes)))
    invalid.push({ name: 'titleEl', reason: msg('field.empty') });
  if (changes.descriptionEl === null) changes.descriptionEl = '';
  if ('cpvCodes' in changes) {
    const codes = (changes.cpvCodes as string[]).map((c) => c.replace(/-\d$/, ''));
    if (codes.some((c) => !/^\d{8}$/.test(c))) invalid.push({ name: 'cpvCodes', reason: msg('service.cpv_format') });
    changes.cpvCodes = [...new Set(codes)].sort();
  }
  return { changes, invalid };
}

const isText = (v: FieldValue) => typeof v === 'string';
const isNullableText = (v: FieldValue) => typeof v === 'string' || v === null;
const isTextList = (v: FieldValue) => Array.isArray(v) && v.every((item) => typeof item === 'string');

/** The JSON type of each service field (proposals and staff corrections alike). */
const SERVICE_FIELD_SHAPES: Record<string, { accepts: (v: FieldValue) => boolean; reason: Message } | undefined> = {
  titleEl: { accepts: isText, reason: msg('field.type_text') },
  titleEn: { accepts: isNullableText, reason: msg('field.type_nullable_text') },
  descriptionEl: { accepts: isNullableText, reason: msg('field.type_text') },
  descriptionEn: { accepts: isNullableText, reason: msg('field.type_nullable_text') },
  cpvCodes: { accepts: isTextList, reason: msg('service.type_cpv_list') },
  categories: { accepts: isTextList, reason: msg('service.type_category_list') },
  areas: { accepts: isTextList, reason: msg('service.type_area_list') },
  status: {
    accepts: (v) => v === 'active' || v === 'inactive',
    reason: msg('field.one_of', { values: 'active, inactive' }),
  },
};

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

export function verificationState(
  verifiedAt: string | null,
  today: string,
): { verifiedAt: string | null; assuredDate: string | null; stale: boolean } {
  if (!verifiedAt) return { verifiedAt: null, assuredDate: null, stale: false };
  const assured = verifiedAt.slice(0, 10);
  const [y, m, d] = assured.split('-').map(Number) as [number, number, number];
  const staleFrom = new Date(Date.UTC(y, m - 1 + VERIFICATION_STALE_MONTHS, d)).toISOString().slice(0, 10);
  return { verifiedAt, assuredDate: assured, stale: today >= staleFrom };
}
