import { foldGreek } from '../domain/greek-text.ts';
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { SearchIndexer } from '../search/fts-index.ts';
import type { ImportPlan, ImportReference } from './enterprise-import.ts';

/**
 * Writes a validated import plan: every enterprise and service, or nothing (one SQLite
 * transaction, with the search index and the audit log updated inside it).
 */

const GREEK_TO_LATIN: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** ELOT 743-style transliteration to a URL slug: «Αστραπή ΚοινΣΕπ» → astrapi-koinsep. */
export function slugify(name: string): string {
  const folded = foldGreek(name).replace(/ου/g, 'ou').replace(/([αε])υ/g, '$1v');
  const latin = [...folded].map((c) => GREEK_TO_LATIN[c] ?? c).join('');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'enterprise';
}

export class ImportConflictError extends Error {}

export interface ImportActor {
  userId: string | null;
  email: string | null;
  ip: string | null;
}

export function loadImportReference(sqlite: SQLite.Database): ImportReference {
  return {
    cpvCodes: new Set(sqlite.prepare('select code from cpv_codes').pluck().all() as string[]),
    categories: new Set(sqlite.prepare('select id from categories').pluck().all() as string[]),
    areas: new Set(sqlite.prepare('select id from areas').pluck().all() as string[]),
    existingAfms: new Map(
      (sqlite.prepare('select afm, coalesce(trade_name, legal_name) as name from enterprises').all() as Array<{ afm: string; name: string }>).map(
        (r) => [r.afm, r.name],
      ),
    ),
  };
}

export function commitImport(
  sqlite: SQLite.Database,
  indexer: SearchIndexer,
  plan: ImportPlan,
  actor: ImportActor,
  onProgress: (done: number, total: number) => void = () => {},
): { enterprises: number; services: number } {
  if (!plan.valid) throw new ImportConflictError('The import has problems; nothing was written.');
  const afmTaken = sqlite.prepare<[string]>('select 1 from enterprises where afm = ?').pluck();
  const slugTaken = sqlite.prepare<[string]>('select 1 from enterprises where slug = ?').pluck();
  const insertEnterprise = sqlite.prepare(`
    insert into enterprises (id, slug, legal_name, trade_name, legal_form, afm, gemi_number, gemkalo_number, description_el,
      description_en, email, phone, website, street_address, postal_code, municipality_id, status, created_at, updated_at)
    values (@id, @slug, @legalName, @tradeName, @legalForm, @afm, @gemiNumber, @gemkaloNumber, @descriptionEl,
      @descriptionEn, @email, @phone, @website, @streetAddress, @postalCode, @municipalityId, @status, @now, @now)`);
  const insertService = sqlite.prepare(`
    insert into services (id, enterprise_id, title_el, title_en, description_el, description_en, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCpv = sqlite.prepare('insert into service_cpv_codes (service_id, cpv_code) values (?, ?)');
  const insertCategory = sqlite.prepare('insert into service_categories (service_id, category_id) values (?, ?)');
  const insertArea = sqlite.prepare('insert into service_areas (service_id, area_id) values (?, ?)');
  const insertAudit = sqlite.prepare(`
    insert into audit_log (occurred_at, actor_user_id, actor_email, action, object_type, object_id, ip, details)
    values (?, ?, ?, 'enterprise.import', 'enterprise', ?, ?, ?)`);

  const run = sqlite.transaction(() => {
    const now = new Date().toISOString();
    const slugs = new Set<string>();
    let services = 0;
    plan.enterprises.forEach((enterprise, i) => {
      // Checked again inside the transaction: someone may have added the ΑΦΜ since the dry run.
      if (afmTaken.get(enterprise.afm)) throw new ImportConflictError(`ΑΦΜ ${enterprise.afm} was registered since the dry run.`);
      const base = slugify(enterprise.tradeName || enterprise.legalName);
      let slug = base;
      for (let n = 2; slugs.has(slug) || slugTaken.get(slug); n++) slug = `${base}-${n}`;
      slugs.add(slug);
      const id = randomUUID();
      insertEnterprise.run({ ...enterprise, id, slug, now });
      for (const service of enterprise.services) {
        const serviceId = randomUUID();
        insertService.run(serviceId, id, service.titleEl, service.titleEn, service.descriptionEl, service.descriptionEn, now, now);
        for (const code of service.cpvCodes) insertCpv.run(serviceId, code);
        for (const category of service.categories) insertCategory.run(serviceId, category);
        for (const area of service.areas) insertArea.run(serviceId, area);
        services++;
      }
      insertAudit.run(now, actor.userId, actor.email, id, actor.ip, JSON.stringify({ source: 'spreadsheet', services: enterprise.services.length }));
      indexer.indexEnterprise(id);
      if (i % 500 === 0) onProgress(i, plan.enterprises.length);
    });
    onProgress(plan.enterprises.length, plan.enterprises.length);
    return { enterprises: plan.enterprises.length, services };
  });
  return run.immediate();
}
