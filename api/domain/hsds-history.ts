import type { Role as UserRole } from './authorization.ts';
import type { Lang } from './languages.ts';

/**
 * Which rows of the field history (issue 5, `field_history`) may be published as HSDS 3.0
 * `metadata`, and with what values. Pure: rows in, history entries out.
 *
 * The history records every change, private ones included (a hidden phone number, the
 * member counts, documents). HSDS publishes only what the HSDS output itself shows, so:
 * - enterprise fields that are always public (names, identifiers, legal form, foundation
 *   date, descriptions, website, staff verification) are published with their values;
 * - contact fields (e-mail, phone, contact person) and the address fields are published
 *   only for changes made while the field was public before AND after the change, and only
 *   while it is public now: a value that was typed while hidden was never published, and a
 *   field the enterprise hid since then leaves the history with it;
 * - every field of a service (its texts, CPV codes, categories, areas, status): services are
 *   published whole and every change to them is moderated;
 * - anything else (public flags, counts, logo ids, publication status, documents) never.
 * Who made a change is a role label, never a person (GDPR art. 5(1)(c), data minimisation).
 */

export type ActorLabel = '' | 'municipality' | 'enterprise' | 'enterprise_approved';

/** One recorded change: a publishable field-history row (below) or a record timestamp. */
export interface HistoryEntry {
  at: string;
  /** create, update, approve, verify, delete. */
  action: string;
  fieldName: string;
  previousValue: string;
  replacementValue: string;
  /** A role, never a person. */
  updatedBy: ActorLabel;
  /** Stable source of the entry (e.g. `field_history:42`), for its metadata id. */
  key?: string;
}

export interface FieldHistoryRow {
  id: number;
  resourceType: string;
  resourceId: string;
  fieldName: string;
  previousValue: string | null;
  replacementValue: string | null;
  /** Role of the user who made the change now (null: user gone or a system change). */
  actorRole: UserRole | null;
  at: string;
  action: string;
  /** Applied by approving an enterprise's change request (also a service it proposed: action 'create'). */
  approved?: boolean;
}

const ALWAYS_PUBLIC_ENTERPRISE_FIELDS = new Set([
  'legalName',
  'tradeName',
  'legalForm',
  'afm',
  'gemiNumber',
  'gemkaloNumber',
  'foundedOn',
  'descriptionEl',
  'descriptionEn',
  'website',
  'verifiedAt',
]);

/** Field → the public flag it is shown under (HSDS shows the municipality only in the public address). */
const FLAG_OF: Record<string, string> = {
  email: 'emailPublic',
  phone: 'phonePublic',
  contactPerson: 'contactPersonPublic',
  streetAddress: 'addressPublic',
  postalCode: 'addressPublic',
  lat: 'addressPublic',
  lon: 'addressPublic',
  municipalityId: 'addressPublic',
};

const PUBLIC_SERVICE_FIELDS = new Set([
  'titleEl',
  'titleEn',
  'descriptionEl',
  'descriptionEn',
  'cpvCodes',
  'categories',
  'areas',
  'status',
]);

function actorLabel(role: UserRole | null, action: string, approved = false): ActorLabel {
  // Approved proposals come from the enterprise; the municipality checked and applied them
  // (issue 15, item 11: a service the enterprise proposed is created by the approval).
  if (action === 'approve' || approved) return 'enterprise_approved';
  if (role === 'admin' || role === 'staff') return 'municipality';
  if (role === 'enterprise_manager' || role === 'enterprise_member') return 'enterprise';
  return '';
}

export const ACTOR_LABELS: Record<Lang, Record<ActorLabel, string>> = {
  el: {
    '': '',
    municipality: 'Δήμος',
    enterprise: 'Επιχείρηση',
    enterprise_approved: 'Επιχείρηση, με έγκριση του Δήμου',
  },
  en: {
    '': '',
    municipality: 'municipality',
    enterprise: 'enterprise',
    enterprise_approved: 'enterprise, approved by the municipality',
  },
};

/**
 * Whether a public flag was on just before and just after the change made at `at`.
 * `flagRows` are that flag's history rows, oldest first; `current` its value now.
 * Rows of one change share their timestamp, so "before" is before every row at `at`.
 */
function flagAround(flagRows: FieldHistoryRow[], at: string, current: boolean): { before: boolean; after: boolean } {
  const stateBefore = (moment: (row: FieldHistoryRow) => boolean): boolean => {
    let last: FieldHistoryRow | undefined;
    for (const row of flagRows) if (moment(row)) last = row;
    if (last) return last.replacementValue === 'true';
    const next = flagRows.find((row) => !moment(row));
    return next ? next.previousValue === 'true' : current;
  };
  return { before: stateBefore((row) => row.at < at), after: stateBefore((row) => row.at <= at) };
}

/**
 * The publishable history of one enterprise (`resourceType` 'enterprise') or service, as
 * HSDS history entries, oldest first. `rows` are all of that resource's history rows (flag
 * rows included, they decide what is public); `currentFlags` the flags' values now.
 */
export function publishableHistory(
  rows: FieldHistoryRow[],
  currentFlags: Record<string, boolean> = {},
): HistoryEntry[] {
  const sorted = [...rows].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  const flagRows = (flag: string) => sorted.filter((row) => row.fieldName === flag);
  const isPublic = (row: FieldHistoryRow): boolean => {
    if (row.resourceType === 'service') return PUBLIC_SERVICE_FIELDS.has(row.fieldName);
    if (row.resourceType !== 'enterprise') return false;
    if (ALWAYS_PUBLIC_ENTERPRISE_FIELDS.has(row.fieldName)) return true;
    const flag = FLAG_OF[row.fieldName];
    if (!flag || currentFlags[flag] !== true) return false;
    const { before, after } = flagAround(flagRows(flag), row.at, true);
    return before && after;
  };
  return sorted.filter(isPublic).map((row) => ({
    at: row.at,
    action: row.action,
    fieldName: row.fieldName,
    previousValue: row.previousValue ?? '',
    replacementValue: row.replacementValue ?? '',
    updatedBy: actorLabel(row.actorRole, row.action, row.approved),
    key: `field_history:${row.id}`,
  }));
}

/**
 * Timestamp entries (create, update, verify) joined with the published field history:
 * the record's creation always; an update or verification only when no published field
 * change explains it (a private change still shows as an update without field or values).
 */
export function combineHistory(timestamps: HistoryEntry[], fields: HistoryEntry[]): HistoryEntry[] {
  const explained = new Set(fields.map((entry) => entry.at));
  const kept = timestamps.filter((entry) => entry.action === 'create' || !explained.has(entry.at));
  return [...kept, ...fields].sort((a, b) => a.at.localeCompare(b.at));
}
