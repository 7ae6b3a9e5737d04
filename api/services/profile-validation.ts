import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { invalidBody } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import {
  normaliseProfileChanges,
  normaliseServiceChanges,
  type FieldValue,
  type InvalidField,
  type ProfileValues,
  type ServiceValues,
} from '../domain/profile-changes.ts';
import {
  afmTakenByAnother,
  logoOwner,
  municipalityExists,
  unknownReferences,
} from '../repositories/enterprise-profile.ts';

/** The checks of profile and service values that need the database, on top of domain/profile-changes.ts. */

type Db = Kysely<Database> | Transaction<Database>;

/** Normalises and validates profile changes; 400 naming every invalid field. */
export async function validateProfileInput(
  db: Db,
  enterpriseId: string,
  current: ProfileValues,
  input: Record<string, FieldValue | undefined>,
  options: { staff: boolean; today: string },
): Promise<Partial<ProfileValues>> {
  const { changes, invalid } = normaliseProfileChanges(current, input, options);
  if (typeof changes.municipalityId === 'string' && !(await municipalityExists(db, changes.municipalityId)))
    invalid.push({ name: 'municipalityId', reason: msg('profile.unknown_municipality') });
  if (
    typeof changes.afm === 'string' &&
    !invalid.some((i) => i.name === 'afm') &&
    (await afmTakenByAnother(db, changes.afm, enterpriseId))
  )
    invalid.push({ name: 'afm', reason: msg('profile.afm_taken') });
  if (typeof changes.logoId === 'string' && (await logoOwner(db, changes.logoId)) !== enterpriseId)
    invalid.push({ name: 'logoId', reason: msg('profile.foreign_logo') });
  if (invalid.length) throw invalidBody(invalid);
  return changes;
}

/** Every CPV code, category and area must exist; an active service needs a CPV code. */
async function checkServiceReferences(db: Db, changes: Partial<ServiceValues>): Promise<InvalidField[]> {
  const lists = (value: FieldValue | undefined) => (Array.isArray(value) ? value : undefined);
  const unknown = await unknownReferences(db, {
    cpvCodes: lists(changes.cpvCodes),
    categories: lists(changes.categories),
    areas: lists(changes.areas),
  });
  const invalid: InvalidField[] = [];
  if (unknown.cpvCodes.length)
    invalid.push({ name: 'cpvCodes', reason: msg('service.cpv_unknown', { codes: unknown.cpvCodes.join(', ') }) });
  if (unknown.categories.length)
    invalid.push({
      name: 'categories',
      reason: msg('service.category_unknown', { ids: unknown.categories.join(', ') }),
    });
  if (unknown.areas.length)
    invalid.push({ name: 'areas', reason: msg('service.area_unknown', { ids: unknown.areas.join(', ') }) });
  if (Array.isArray(changes.cpvCodes) && changes.cpvCodes.length === 0 && changes.status !== 'inactive')
    invalid.push({ name: 'cpvCodes', reason: msg('service.cpv_needed_active') });
  return invalid;
}

/** Normalises and validates service changes against the status they leave the service in; 400 naming every invalid field. */
export async function validateServiceInput(
  db: Db,
  input: Record<string, FieldValue | undefined>,
  isNew: boolean,
  currentStatus: FieldValue,
): Promise<Partial<ServiceValues>> {
  const { changes, invalid } = normaliseServiceChanges(input, isNew);
  invalid.push(...(await checkServiceReferences(db, { ...changes, status: changes.status ?? currentStatus })));
  if (invalid.length) throw invalidBody(invalid);
  return changes;
}
