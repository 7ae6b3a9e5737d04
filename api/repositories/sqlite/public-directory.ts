import type SQLite from 'better-sqlite3';
import type { LegalForm } from '../../../db/schema.ts';
import { formatCpv } from '../../domain/cpv.ts';
import { legalFormInfo, legalFormName } from '../../domain/legal-forms.ts';
import type { AreaTree } from './area-tree.ts';
import type { EnterpriseProfile, EnterpriseSummary, Lang } from '../../http/directory-schemas.ts';
import { publishedSql } from '../published.ts';

/**
 * The absolute URL of an enterprise's logo, as every public output gives it (profile
 * `logoUrl`, HSDS `logo`, Open Graph `og:image`). enterprises.logo_id is only ever the
 * approved logo (proposals wait in change requests).
 */
export function publicLogoUrl(publicOrigin: string, logoId: string | null): string | null {
  return logoId ? `${publicOrigin}/api/v1/logos/${logoId}` : null;
}

/**
 * Read model of the public directory. Only published enterprises and active services,
 * and only the contact fields the enterprise marked public: documents, contracts,
 * private contact data and staff fields never leave through here.
 */

const pick = (lang: Lang, el: string | null | undefined, en: string | null | undefined): string =>
  (lang === 'en' ? en || el : el || en) ?? '';

/** First sentence (or ~200 characters) of a description, for result lists. */
function summarise(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.;!;])(\s|$)/u.exec(clean)?.[1] ?? clean;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

interface EnterpriseRow {
  id: string;
  slug: string;
  legal_name: string;
  trade_name: string | null;
  legal_form: LegalForm;
  afm: string;
  gemi_number: string | null;
  gemkalo_number: string | null;
  founded_on: string | null;
  description_el: string;
  description_en: string | null;
  email: string | null;
  email_public: number;
  phone: string | null;
  phone_public: number;
  contact_person: string | null;
  contact_person_public: number;
  website: string | null;
  street_address: string | null;
  postal_code: string | null;
  address_public: number;
  municipality_id: string | null;
  lat: number | null;
  lon: number | null;
  members_count: number | null;
  employees_count: number | null;
  verified_at: string | null;
  updated_at: string;
  logo_id: string | null;
}

export function createPublicDirectory(sqlite: SQLite.Database, areas: AreaTree, publicOrigin: string) {
  const byIds = sqlite.prepare<[string]>(`
    select e.* from enterprises e where e.id in (select value from json_each(?)) and ${publishedSql('e')}`);
  const bySlug = sqlite.prepare<[string]>(`select e.* from enterprises e where e.slug = ? and ${publishedSql('e')}`);
  const categoriesOf = sqlite.prepare<[string]>(`
    select distinct s.enterprise_id, c.id, c.name_el, c.name_en, c.sort_order
    from services s join service_categories sc on sc.service_id = s.id join categories c on c.id = sc.category_id
    where s.enterprise_id in (select value from json_each(?)) and s.status = 'active'
    order by c.sort_order, c.id`);
  const servicesOf = sqlite.prepare<[string]>(`
    select id, title_el, title_en, description_el, description_en from services
    where enterprise_id = ? and status = 'active' order by title_el`);
  const serviceCpv = sqlite.prepare<[string]>(`
    select sc.service_id, c.code, c.check_digit, c.label_el, c.label_en
    from services s join service_cpv_codes sc on sc.service_id = s.id join cpv_codes c on c.code = sc.cpv_code
    where s.enterprise_id = ? and s.status = 'active' order by c.code`);
  const serviceCategories = sqlite.prepare<[string]>(`
    select sc.service_id, c.id, c.name_el, c.name_en
    from services s join service_categories sc on sc.service_id = s.id join categories c on c.id = sc.category_id
    where s.enterprise_id = ? and s.status = 'active' order by c.sort_order`);
  const serviceAreas = sqlite.prepare<[string]>(`
    select sa.service_id, sa.area_id from services s join service_areas sa on sa.service_id = s.id
    where s.enterprise_id = ? and s.status = 'active'`);

  function municipalityOf(id: string | null, lang: Lang) {
    const area = id ? areas.get(id) : undefined;
    return area ? { id: area.id, name: lang === 'en' ? area.nameEn : area.nameEl } : null;
  }

  function groupBy<T extends Record<string, unknown>>(rows: T[], key: keyof T): Map<string, T[]> {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const k = row[key] as string;
      const list = map.get(k) ?? [];
      list.push(row);
      map.set(k, list);
    }
    return map;
  }

  function summaries(ids: string[], lang: Lang): EnterpriseSummary[] {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const rows = new Map((byIds.all(json) as EnterpriseRow[]).map((r) => [r.id, r]));
    const categories = groupBy(
      categoriesOf.all(json) as Array<{ enterprise_id: string; id: string; name_el: string; name_en: string }>,
      'enterprise_id',
    );
    const out: EnterpriseSummary[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (!row) continue;
      out.push({
        id: row.id,
        slug: row.slug,
        name: row.trade_name || row.legal_name,
        legalName: row.legal_name,
        legalForm: { id: row.legal_form, name: legalFormName(row.legal_form, lang) },
        municipality: municipalityOf(row.municipality_id, lang),
        categories: (categories.get(id) ?? []).map((c) => ({ id: c.id, name: pick(lang, c.name_el, c.name_en) })),
        summary: summarise(pick(lang, row.description_el, row.description_en)),
        verifiedAt: row.verified_at,
      });
    }
    return out;
  }

  function profile(slug: string, lang: Lang): EnterpriseProfile | null {
    const row = bySlug.get(slug) as EnterpriseRow | undefined;
    if (!row) return null;
    const cpvByService = groupBy(
      serviceCpv.all(row.id) as Array<{
        service_id: string;
        code: string;
        check_digit: string | null;
        label_el: string;
        label_en: string;
      }>,
      'service_id',
    );
    const categoriesByService = groupBy(
      serviceCategories.all(row.id) as Array<{ service_id: string; id: string; name_el: string; name_en: string }>,
      'service_id',
    );
    const areasByService = groupBy(
      serviceAreas.all(row.id) as Array<{ service_id: string; area_id: string }>,
      'service_id',
    );
    const allCategories = new Map<string, { id: string; name: string }>();
    const services = (servicesOf.all(row.id) as Array<Record<string, string | null> & { id: string }>).map((s) => {
      const categories = (categoriesByService.get(s.id) ?? []).map((c) => ({
        id: c.id,
        name: pick(lang, c.name_el, c.name_en),
      }));
      for (const c of categories) allCategories.set(c.id, c);
      return {
        id: s.id,
        title: pick(lang, s.title_el, s.title_en),
        description: pick(lang, s.description_el, s.description_en),
        cpv: (cpvByService.get(s.id) ?? []).map((c) => ({
          code: c.code,
          formatted: formatCpv(c.code, c.check_digit),
          label: pick(lang, c.label_el, c.label_en),
        })),
        categories,
        areas: (areasByService.get(s.id) ?? []).flatMap((a) => {
          const area = areas.get(a.area_id);
          return area ? [{ id: area.id, kind: area.kind, name: lang === 'en' ? area.nameEn : area.nameEl }] : [];
        }),
      };
    });
    const form = legalFormInfo(row.legal_form);
    const contact: EnterpriseProfile['contact'] = {};
    if (row.email_public && row.email) contact.email = row.email;
    if (row.phone_public && row.phone) contact.phone = row.phone;
    if (row.contact_person_public && row.contact_person) contact.person = row.contact_person;
    return {
      id: row.id,
      slug: row.slug,
      name: row.trade_name || row.legal_name,
      legalName: row.legal_name,
      tradeName: row.trade_name,
      legalForm: { id: form.id, name: lang === 'en' ? form.nameEn : form.nameEl, reference: form.reference },
      afm: row.afm,
      gemiNumber: row.gemi_number,
      gemkaloNumber: row.gemkalo_number,
      foundedOn: row.founded_on,
      description: pick(lang, row.description_el, row.description_en),
      municipality: municipalityOf(row.municipality_id, lang),
      address: row.address_public
        ? { street: row.street_address, postalCode: row.postal_code, lat: row.lat, lon: row.lon }
        : null,
      contact,
      website: row.website,
      membersCount: row.members_count,
      employeesCount: row.employees_count,
      categories: [...allCategories.values()],
      services,
      verifiedAt: row.verified_at,
      updatedAt: row.updated_at,
      publicUrl: `${publicOrigin}/enterprises/${row.slug}${lang === 'en' ? '?lang=en' : ''}`,
      logoUrl: publicLogoUrl(publicOrigin, row.logo_id),
    };
  }

  return { summaries, profile };
}

export type PublicDirectory = ReturnType<typeof createPublicDirectory>;
