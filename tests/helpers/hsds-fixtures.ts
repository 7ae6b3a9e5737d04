import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../db/connection.ts';
import { insertEnterprise } from './fixtures.ts';

/**
 * A small directory that exercises every HSDS mapping path: a verified enterprise with a
 * public address, phone and contact person; one with everything private; a hidden and a
 * draft enterprise and an inactive service that must never appear.
 */
export async function insertHsdsDirectory(handle: DatabaseHandle) {
  const astrapi = await insertEnterprise(handle, {
    slug: 'astrapi',
    legal_name: 'Κοινωνική Συνεταιριστική Επιχείρηση «Αστραπή»',
    trade_name: 'Αστραπή Καθαρισμοί',
    legal_form: 'koinsep_integration_vulnerable',
    afm: '094259216',
    gemkalo_number: 'ΓΕΜΚΑΛΟ-1234',
    gemi_number: '123456701000',
    founded_on: '2018-03-15',
    description_el: 'Καθαρισμός σχολείων και δημοτικών κτιρίων με οικολογικά υλικά.',
    description_en: 'Cleaning of schools and municipal buildings with ecological products.',
    municipality_id: 'mun-chalandri',
    street_address: 'Αγίου Γεωργίου 12',
    postal_code: '15231',
    lat: 38.021,
    lon: 23.799,
    email: 'info@astrapi.example',
    email_public: 1,
    phone: '+302106800001',
    phone_public: 1,
    contact_person: 'Μαρία Παπαδοπούλου',
    contact_person_public: 1,
    website: 'https://astrapi.example',
    verified_at: '2026-10-03T08:15:00.000Z',
    created_at: '2026-01-10T09:00:00.000Z',
    updated_at: '2026-09-01T09:00:00.000Z',
    services: [
      {
        titleEl: 'Καθαρισμός σχολικών κτιρίων',
        titleEn: 'School cleaning',
        cpv: ['90919300'],
        categories: ['cleaning'],
        areas: ['mun-chalandri'],
      },
      { titleEl: 'Απολύμανση χώρων', cpv: ['90921000'], categories: ['cleaning'], areas: ['EL30'] },
      { titleEl: 'Παλιά υπηρεσία εκδηλώσεων', cpv: ['79952000'], status: 'inactive' },
    ],
  });
  const prasini = await insertEnterprise(handle, {
    slug: 'prasini-gonia',
    legal_name: 'ΚοινΣΕπ «Πράσινη Γωνιά»',
    legal_form: 'koinsep_collective_benefit',
    description_el: 'Κηπουρική και συντήρηση πρασίνου σε όλη την Αττική.',
    municipality_id: 'mun-marousi',
    address_public: 0,
    street_address: 'Ιδιωτική 5',
    postal_code: '15124',
    email: 'private@prasini.example',
    email_public: 0,
    created_at: '2025-05-01T09:00:00.000Z',
    updated_at: '2025-05-01T09:00:00.000Z',
    services: [
      { titleEl: 'Συντήρηση χώρων πρασίνου', cpv: ['77314000'], categories: ['green-spaces'], areas: ['EL30'] },
    ],
  });
  // Fixtures stamp services with the current time; this enterprise's must be old for modified_after.
  handle.sqlite
    .prepare(
      `update services set created_at = '2025-05-01T09:00:00.000Z', updated_at = '2025-05-01T09:00:00.000Z' where enterprise_id = ?`,
    )
    .run(prasini);
  const hidden = await insertEnterprise(handle, {
    slug: 'krymmeni',
    legal_name: 'Κρυμμένη Καθαριότητα',
    status: 'hidden',
    services: [{ titleEl: 'Καθαρισμός γραφείων', cpv: ['90919200'], categories: ['cleaning'] }],
  });
  const draft = await insertEnterprise(handle, {
    slug: 'proxeiri',
    legal_name: 'Πρόχειρη Καθαριότητα',
    status: 'draft',
    services: [{ titleEl: 'Καθαρισμός κτιρίων', cpv: ['90911200'] }],
  });
  const serviceIds = (enterpriseId: string) =>
    handle.sqlite
      .prepare('select id from services where enterprise_id = ? order by title_el')
      .pluck()
      .all(enterpriseId) as string[];
  return { astrapi, prasini, hidden, draft, serviceIds };
}

/**
 * Gives an enterprise an approved logo (the row and `enterprises.logo_id`, as approval
 * leaves them; no file on disk, since the tests only read the URLs that point at it).
 */
export function approveLogo(handle: DatabaseHandle, enterpriseId: string): string {
  const logoId = randomUUID();
  handle.sqlite
    .prepare(
      `insert into logos (id, enterprise_id, stored_name, original_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
      values (?, ?, ?, 'logo.png', 'image/png', 68, ?, null, ?)`,
    )
    .run(logoId, enterpriseId, `${logoId}.png`, '0'.repeat(64), new Date().toISOString());
  handle.sqlite.prepare('update enterprises set logo_id = ? where id = ?').run(logoId, enterpriseId);
  return logoId;
}
