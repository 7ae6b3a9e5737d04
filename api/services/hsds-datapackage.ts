import { strToU8, zipSync } from 'fflate';
import { toCsv, type CellValue } from '../spreadsheets/csv-writer.ts';
import { HSDS_VERSION, type HsdsObject } from '../domain/hsds-mapping.ts';
import type { Lang } from '../domain/languages.ts';

/**
 * The tabular form of HSDS 3.0 (a Frictionless Data Package: one CSV per table plus
 * datapackage.json), built from the same nested objects the JSON API returns, so the
 * two can never disagree. Columns and file names follow schema/*.json of HSDS 3.0.
 */

type FieldType = 'string' | 'uuid' | 'number' | 'date' | 'datetime' | 'uri' | 'email';

interface TableDefinition {
  name: string;
  path: string;
  /** The property under which nested objects of this table appear. */
  nestedKeys: string[];
  fields: Array<[name: string, type: FieldType]>;
}

const s = (...names: string[]) => names.map((n): [string, FieldType] => [n, 'string']);

const HSDS_TABLES: TableDefinition[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    nestedKeys: [],
    fields: [
      ['id', 'uuid'],
      ...s('name', 'alternate_name', 'description'),
      ['email', 'email'],
      ['website', 'uri'],
      ...s('tax_status', 'tax_id'),
      ['year_incorporated', 'number'],
      ...s('legal_status', 'logo'),
      ['uri', 'uri'],
      ['parent_organization_id', 'uuid'],
    ],
  },
  {
    name: 'service',
    path: 'services.csv',
    nestedKeys: [],
    fields: [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['program_id', 'uuid'],
      ...s('name', 'alternate_name', 'description'),
      ['url', 'uri'],
      ['email', 'email'],
      ...s(
        'status',
        'interpretation_services',
        'application_process',
        'fees_description',
        'wait_time',
        'fees',
        'accreditations',
        'eligibility_description',
      ),
      ['minimum_age', 'number'],
      ['maximum_age', 'number'],
      ['assured_date', 'date'],
      ['assurer_email', 'email'],
      ...s('licenses', 'alert'),
      ['last_modified', 'datetime'],
    ],
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    nestedKeys: [],
    fields: [['id', 'uuid'], ...s('name', 'description'), ['uri', 'uri'], ...s('version')],
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    nestedKeys: [],
    fields: [
      ['id', 'uuid'],
      ...s('code', 'name', 'description'),
      ['parent_id', 'uuid'],
      ...s('taxonomy', 'language'),
      ['taxonomy_id', 'uuid'],
      ['term_uri', 'uri'],
    ],
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    nestedKeys: ['attributes'],
    fields: [
      ['id', 'uuid'],
      ['link_id', 'uuid'],
      ['taxonomy_term_id', 'uuid'],
      ...s('link_type', 'link_entity', 'value'),
    ],
  },
  {
    name: 'organization_identifier',
    path: 'organization_identifiers.csv',
    nestedKeys: ['organization_identifiers'],
    fields: [['id', 'uuid'], ['organization_id', 'uuid'], ...s('identifier_scheme', 'identifier_type', 'identifier')],
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    nestedKeys: ['service_areas'],
    fields: [['id', 'uuid'], ['service_id', 'uuid'], ...s('name', 'description', 'extent', 'extent_type', 'uri')],
  },
  {
    name: 'language',
    path: 'languages.csv',
    nestedKeys: ['languages'],
    fields: [
      ['id', 'uuid'],
      ['service_id', 'uuid'],
      ['location_id', 'uuid'],
      ['phone_id', 'uuid'],
      ...s('name', 'code', 'note'),
    ],
  },
  {
    name: 'location',
    path: 'locations.csv',
    nestedKeys: ['locations'],
    fields: [
      ['id', 'uuid'],
      ...s('location_type'),
      ['url', 'uri'],
      ['organization_id', 'uuid'],
      ...s('name', 'alternate_name', 'description', 'transportation'),
      ['latitude', 'number'],
      ['longitude', 'number'],
      ...s('external_identifier', 'external_identifier_type'),
    ],
  },
  {
    name: 'address',
    path: 'addresses.csv',
    nestedKeys: ['addresses'],
    fields: [
      ['id', 'uuid'],
      ['location_id', 'uuid'],
      ...s(
        'attention',
        'address_1',
        'address_2',
        'city',
        'region',
        'state_province',
        'postal_code',
        'country',
        'address_type',
      ),
    ],
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    nestedKeys: ['service_at_locations'],
    fields: [['id', 'uuid'], ['service_id', 'uuid'], ['location_id', 'uuid'], ...s('description')],
  },
  {
    name: 'phone',
    path: 'phones.csv',
    nestedKeys: ['phones'],
    fields: [
      ['id', 'uuid'],
      ['location_id', 'uuid'],
      ['service_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['contact_id', 'uuid'],
      ['service_at_location_id', 'uuid'],
      ...s('number'),
      ['extension', 'number'],
      ...s('type', 'description'),
    ],
  },
  {
    name: 'contact',
    path: 'contacts.csv',
    nestedKeys: ['contacts'],
    fields: [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['service_id', 'uuid'],
      ['service_at_location_id', 'uuid'],
      ['location_id', 'uuid'],
      ...s('name', 'title', 'department'),
      ['email', 'email'],
    ],
  },
  {
    name: 'metadata',
    path: 'metadata.csv',
    nestedKeys: ['metadata'],
    fields: [
      ['id', 'uuid'],
      ['resource_id', 'uuid'],
      ...s('resource_type'),
      ['last_action_date', 'date'],
      ...s('last_action_type', 'field_name', 'previous_value', 'replacement_value', 'updated_by'),
    ],
  },
];

const NESTED_TABLE = new Map(HSDS_TABLES.flatMap((t) => t.nestedKeys.map((key) => [key, t.name] as const)));

/** Frictionless field descriptor for one column. */
function fieldDescriptor([name, type]: [string, FieldType]) {
  switch (type) {
    case 'uuid':
      return { name, type: 'string', format: 'uuid' };
    case 'uri':
      return { name, type: 'string', format: 'uri' };
    case 'email':
      return { name, type: 'string', format: 'email' };
    case 'date':
      return { name, type: 'date' };
    case 'datetime':
      return { name, type: 'datetime' };
    default:
      return { name, type };
  }
}

export interface DatapackageInput {
  organizations: HsdsObject[];
  services: HsdsObject[];
  taxonomies: HsdsObject[];
  taxonomyTerms: HsdsObject[];
  publicOrigin: string;
  lang: Lang;
  created: string;
}

/** Splits nested objects into rows per table, each row once (by id). */
function flattenToTables(input: Pick<DatapackageInput, 'organizations' | 'services' | 'taxonomies' | 'taxonomyTerms'>) {
  const tables = new Map<string, Map<string, HsdsObject>>(HSDS_TABLES.map((t) => [t.name, new Map()]));
  const add = (table: string, row: HsdsObject) => {
    const rows = tables.get(table)!;
    if (!rows.has(row.id)) rows.set(row.id, row);
  };
  const walk = (table: string, object: HsdsObject) => {
    add(table, object);
    for (const [key, value] of Object.entries(object)) {
      const nested = NESTED_TABLE.get(key);
      if (nested && Array.isArray(value)) for (const child of value as HsdsObject[]) walk(nested, child);
    }
  };
  for (const organization of input.organizations) walk('organization', organization);
  for (const service of input.services) walk('service', service);
  for (const taxonomy of input.taxonomies) walk('taxonomy', taxonomy);
  for (const term of input.taxonomyTerms) walk('taxonomy_term', term);
  return tables;
}

export function buildDatapackage(input: DatapackageInput): Uint8Array {
  const tables = flattenToTables(input);
  const files: Record<string, Uint8Array> = {};
  for (const table of HSDS_TABLES) {
    const header = table.fields.map(([name]) => name);
    const rows = [...tables.get(table.name)!.values()].map((row) => header.map((name) => row[name] as CellValue));
    files[table.path] = strToU8(toCsv(header, rows));
  }
  const descriptor = {
    name: 'koinsep-directory-hsds',
    title: input.lang === 'el' ? 'Μητρώο Κοινωνικών Επιχειρήσεων (HSDS 3.0)' : 'Social Enterprise Directory (HSDS 3.0)',
    profile: 'tabular-data-package',
    version: HSDS_VERSION,
    created: input.created,
    homepage: input.publicOrigin,
    resources: HSDS_TABLES.map((table) => ({
      name: table.name,
      path: table.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: table.fields.map(fieldDescriptor), primaryKey: 'id' },
    })),
  };
  files['datapackage.json'] = strToU8(`${JSON.stringify(descriptor, null, 2)}\n`);
  return zipSync(files, { level: 6 });
}
