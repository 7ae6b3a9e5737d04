import { parseAfm } from '../domain/afm.ts';
import { parseCpv } from '../domain/cpv.ts';
import { LEGAL_FORMS } from '../domain/legal-forms.ts';
import { foldGreek } from '../domain/greek-text.ts';
import { looksLikeFormula } from './csv-writer.ts';
import type { Table } from './read-table.ts';
import type { LegalForm } from '../../db/schema.ts';

/**
 * Validates an enterprises-and-services sheet row by row: one row per service, rows with
 * the same ΑΦΜ belong to one enterprise (its fields are taken from the first row that
 * fills them; a different value later is a conflict). Pure: reference data comes in.
 */

/** Columns of the enterprise itself, in sheet order; the first, the ΑΦΜ, groups the rows. */
const ENTERPRISE_COLUMNS = [
  'afm',
  'legal_name',
  'legal_form',
  'trade_name',
  'gemi_number',
  'gemkalo_number',
  'municipality_id',
  'street_address',
  'postal_code',
  'email',
  'phone',
  'website',
  'description_el',
  'description_en',
  'status',
] as const;
export const IMPORT_COLUMNS = [
  ...ENTERPRISE_COLUMNS,
  'service_title_el',
  'service_title_en',
  'service_description_el',
  'service_description_en',
  'cpv_codes',
  'categories',
  'areas',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: ImportColumn[] = ['afm', 'legal_name', 'legal_form'];
/** The enterprise's fields that the first row filling them sets (the ΑΦΜ is the key, not a field). */
const ENTERPRISE_FIELDS: ImportColumn[] = ENTERPRISE_COLUMNS.filter((column) => column !== 'afm');

export interface RowProblem {
  column: ImportColumn | null;
  code:
    | 'required'
    | 'afm_invalid'
    | 'cpv_unknown'
    | 'cpv_invalid'
    | 'unknown_value'
    | 'duplicate_in_file'
    | 'duplicate_in_registry'
    | 'conflict'
    | 'formula'
    | 'invalid';
  messageEl: string;
  messageEn: string;
}

export interface RowReport {
  line: number;
  afm: string | null;
  problems: RowProblem[];
}

export interface PlannedService {
  titleEl: string;
  titleEn: string | null;
  descriptionEl: string;
  descriptionEn: string | null;
  cpvCodes: string[];
  categories: string[];
  areas: string[];
}

export interface PlannedEnterprise {
  afm: string;
  legalName: string;
  legalForm: LegalForm;
  tradeName: string | null;
  gemiNumber: string | null;
  gemkaloNumber: string | null;
  municipalityId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  descriptionEl: string;
  descriptionEn: string | null;
  status: 'draft' | 'published';
  services: PlannedService[];
}

export interface ImportReference {
  cpvCodes: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  /** ΑΦΜ → display name of enterprises already in the registry. */
  existingAfms: ReadonlyMap<string, string>;
}

export interface ImportPlan {
  rows: RowReport[];
  enterprises: PlannedEnterprise[];
  unknownColumns: string[];
  missingColumns: ImportColumn[];
  valid: boolean;
}

const legalFormByName = new Map<string, LegalForm>();
for (const form of LEGAL_FORMS) {
  for (const name of [form.id, form.nameEl, form.nameEn, form.shortEl])
    legalFormByName.set(foldGreek(name).trim(), form.id);
}

const problem = (
  column: ImportColumn | null,
  code: RowProblem['code'],
  messageEl: string,
  messageEn: string,
): RowProblem => ({
  column,
  code,
  messageEl,
  messageEn,
});

const list = (value: string) =>
  value
    .split(/[\s,;|]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/** Phone numbers legitimately start with `+`; everything else that looks like a formula is refused. */
function isFormula(column: ImportColumn, value: string): boolean {
  if (!looksLikeFormula(value)) return false;
  if (column === 'phone' && /^\+[\d\s().-]+$/.test(value)) return false;
  return true;
}

/** Plans a whole table at once (tests, small files). */
export function planImport(table: Table, reference: ImportReference): ImportPlan {
  const planner = createImportPlanner(table, reference);
  for (const row of table.rows) planner.planRow(row);
  return planner.finish();
}

/**
 * Plans row by row, so a caller can report real progress and yield between slices;
 * state spans rows because duplicates and conflicts are found across the whole file.
 */
export function createImportPlanner(table: Table, reference: ImportReference) {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => index.set(name.trim(), i));
  const unknownColumns = table.header.filter((h) => h && !(IMPORT_COLUMNS as readonly string[]).includes(h));
  const missingColumns = REQUIRED.filter((c) => !index.has(c));
  const formulaAt = new Set(table.formulaCells.map((f) => `${f.line}:${f.column}`));
  const enterprises = new Map<string, PlannedEnterprise & { firstLine: number; sources: Map<ImportColumn, number> }>();
  const serviceKeys = new Map<string, number>();
  const rows: RowReport[] = [];

  function planRow({ line, cells }: Table['rows'][number]): void {
    const problems: RowProblem[] = [];
    const get = (column: ImportColumn): string => {
      const i = index.get(column);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    for (const column of IMPORT_COLUMNS) {
      const i = index.get(column);
      if (i === undefined) continue;
      const value = get(column);
      if (formulaAt.has(`${line}:${i}`) || (value && isFormula(column, value))) {
        problems.push(
          problem(
            column,
            'formula',
            `Το κελί ξεκινά σαν τύπος λογιστικού φύλλου (${value.slice(0, 30)}): οι τύποι δεν εισάγονται. Αφαιρέστε το αρχικό = + - @.`,
            `The cell looks like a spreadsheet formula (${value.slice(0, 30)}): formulas are not imported. Remove the leading = + - @.`,
          ),
        );
      }
    }
    const afmResult = get('afm') ? parseAfm(get('afm')) : null;
    // Further rows of an enterprise already in the file need only its ΑΦΜ and the service.
    const continuing = afmResult?.valid === true && enterprises.has(afmResult.afm);
    for (const column of REQUIRED) {
      if (!get(column) && !(continuing && column !== 'afm'))
        problems.push(problem(column, 'required', 'Υποχρεωτικό πεδίο.', 'Required field.'));
    }
    let afm: string | null = null;
    if (afmResult && !afmResult.valid) {
      problems.push(
        problem(
          'afm',
          'afm_invalid',
          afmResult.reason === 'checksum'
            ? 'Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).'
            : 'Ο ΑΦΜ πρέπει να έχει 9 ψηφία.',
          afmResult.reason === 'checksum' ? 'The ΑΦΜ is not valid (wrong check digit).' : 'The ΑΦΜ must have 9 digits.',
        ),
      );
    } else if (afmResult?.valid) {
      afm = afmResult.afm;
      const existing = reference.existingAfms.get(afm);
      if (existing !== undefined) {
        problems.push(
          problem(
            'afm',
            'duplicate_in_registry',
            `Υπάρχει ήδη στο μητρώο: «${existing}».`,
            `Already in the registry: "${existing}".`,
          ),
        );
      }
    }
    const legalFormText = get('legal_form');
    const legalForm = legalFormText ? legalFormByName.get(foldGreek(legalFormText).trim()) : undefined;
    if (legalFormText && !legalForm) {
      problems.push(
        problem(
          'legal_form',
          'unknown_value',
          `Άγνωστη νομική μορφή «${legalFormText}».`,
          `Unknown legal form "${legalFormText}".`,
        ),
      );
    }
    const status = get('status').toLowerCase() || 'draft';
    if (!['draft', 'published'].includes(status)) {
      problems.push(
        problem('status', 'unknown_value', 'Η κατάσταση είναι draft ή published.', 'Status is draft or published.'),
      );
    }
    const email = get('email');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      problems.push(problem('email', 'invalid', 'Μη έγκυρη διεύθυνση email.', 'Not a valid e-mail address.'));
    const website = get('website');
    if (website && !/^https?:\/\/\S+$/.test(website))
      problems.push(
        problem('website', 'invalid', 'Ο ιστότοπος ξεκινά με https://', 'The website must start with https://'),
      );
    const municipality = get('municipality_id');
    if (municipality && !reference.areas.has(municipality)) {
      problems.push(
        problem(
          'municipality_id',
          'unknown_value',
          `Άγνωστη περιοχή «${municipality}».`,
          `Unknown area "${municipality}".`,
        ),
      );
    }

    const cpvCodes: string[] = [];
    for (const text of list(get('cpv_codes'))) {
      const parsed = parseCpv(text);
      if (!parsed)
        problems.push(
          problem(
            'cpv_codes',
            'cpv_invalid',
            `«${text}» δεν είναι κωδικός CPV (NNNNNNNN-N).`,
            `"${text}" is not a CPV code (NNNNNNNN-N).`,
          ),
        );
      else if (!reference.cpvCodes.has(parsed.code))
        problems.push(
          problem('cpv_codes', 'cpv_unknown', `Άγνωστος κωδικός CPV ${text}.`, `Unknown CPV code ${text}.`),
        );
      else cpvCodes.push(parsed.code);
    }
    const categories = list(get('categories'));
    for (const c of categories)
      if (!reference.categories.has(c))
        problems.push(problem('categories', 'unknown_value', `Άγνωστη κατηγορία «${c}».`, `Unknown category "${c}".`));
    const areas = list(get('areas'));
    for (const a of areas)
      if (!reference.areas.has(a))
        problems.push(problem('areas', 'unknown_value', `Άγνωστη περιοχή «${a}».`, `Unknown area "${a}".`));
    const serviceTitle = get('service_title_el');
    if (!serviceTitle && (cpvCodes.length || categories.length || areas.length || get('service_title_en'))) {
      problems.push(
        problem(
          'service_title_el',
          'required',
          'Η υπηρεσία χρειάζεται ελληνικό τίτλο.',
          'The service needs a Greek title.',
        ),
      );
    }

    if (afm) {
      const key = `${afm}|${foldGreek(serviceTitle)}`;
      const seen = serviceKeys.get(key);
      if (serviceTitle && seen !== undefined) {
        problems.push(
          problem(
            'service_title_el',
            'duplicate_in_file',
            `Ίδια υπηρεσία με τη γραμμή ${seen}.`,
            `Same service as row ${seen}.`,
          ),
        );
      } else if (serviceTitle) serviceKeys.set(key, line);

      let planned = enterprises.get(afm);
      if (!planned) {
        planned = {
          afm,
          legalName: '',
          legalForm: legalForm ?? 'other_sse',
          tradeName: null,
          gemiNumber: null,
          gemkaloNumber: null,
          municipalityId: null,
          streetAddress: null,
          postalCode: null,
          email: null,
          phone: null,
          website: null,
          descriptionEl: '',
          descriptionEn: null,
          status: 'draft',
          services: [],
          firstLine: line,
          sources: new Map(),
        };
        enterprises.set(afm, planned);
      } else if (!serviceTitle) {
        problems.push(
          problem(
            'afm',
            'duplicate_in_file',
            `Ο ΑΦΜ υπάρχει ήδη στη γραμμή ${planned.firstLine}.`,
            `The ΑΦΜ is already on row ${planned.firstLine}.`,
          ),
        );
      }
      for (const column of ENTERPRISE_FIELDS) {
        const value = get(column);
        if (!value) continue;
        const firstLine = planned.sources.get(column);
        const current = fieldValue(planned, column);
        if (firstLine !== undefined && current !== null && normalise(column, current) !== normalise(column, value)) {
          problems.push(
            problem(
              column,
              'conflict',
              `Διαφέρει από τη γραμμή ${firstLine} για τον ίδιο ΑΦΜ.`,
              `Differs from row ${firstLine} for the same ΑΦΜ.`,
            ),
          );
        } else if (firstLine === undefined) {
          planned.sources.set(column, line);
          setField(planned, column, value, legalForm);
        }
      }
      if (serviceTitle) {
        planned.services.push({
          titleEl: serviceTitle,
          titleEn: get('service_title_en') || null,
          descriptionEl: get('service_description_el'),
          descriptionEn: get('service_description_en') || null,
          cpvCodes: [...new Set(cpvCodes)],
          categories: [...new Set(categories)],
          areas: [...new Set(areas)],
        });
      }
    }
    rows.push({ line, afm, problems });
  }

  function finish(): ImportPlan {
    const valid = missingColumns.length === 0 && rows.every((r) => r.problems.length === 0);
    const planned = [...enterprises.values()].map(({ firstLine: _f, sources: _s, ...e }) => e);
    return { rows, enterprises: planned, unknownColumns, missingColumns, valid };
  }

  return { planRow, finish };
}

function normalise(column: ImportColumn, value: string): string {
  return column === 'legal_form' ? (legalFormByName.get(foldGreek(value).trim()) ?? value) : value.trim();
}

function fieldValue(e: PlannedEnterprise, column: ImportColumn): string | null {
  const map: Partial<Record<ImportColumn, string | null>> = {
    legal_name: e.legalName || null,
    legal_form: e.legalForm,
    trade_name: e.tradeName,
    gemi_number: e.gemiNumber,
    gemkalo_number: e.gemkaloNumber,
    municipality_id: e.municipalityId,
    street_address: e.streetAddress,
    postal_code: e.postalCode,
    email: e.email,
    phone: e.phone,
    website: e.website,
    description_el: e.descriptionEl || null,
    description_en: e.descriptionEn,
    status: e.status,
  };
  return map[column] ?? null;
}

function setField(e: PlannedEnterprise, column: ImportColumn, value: string, legalForm: LegalForm | undefined): void {
  switch (column) {
    case 'legal_name':
      e.legalName = value;
      break;
    case 'legal_form':
      if (legalForm) e.legalForm = legalForm;
      break;
    case 'trade_name':
      e.tradeName = value;
      break;
    case 'gemi_number':
      e.gemiNumber = value;
      break;
    case 'gemkalo_number':
      e.gemkaloNumber = value;
      break;
    case 'municipality_id':
      e.municipalityId = value;
      break;
    case 'street_address':
      e.streetAddress = value;
      break;
    case 'postal_code':
      e.postalCode = value;
      break;
    case 'email':
      e.email = value;
      break;
    case 'phone':
      e.phone = value;
      break;
    case 'website':
      e.website = value;
      break;
    case 'description_el':
      e.descriptionEl = value;
      break;
    case 'description_en':
      e.descriptionEn = value;
      break;
    case 'status':
      e.status = value.toLowerCase() === 'published' ? 'published' : 'draft';
      break;
    default:
      break;
  }
}
