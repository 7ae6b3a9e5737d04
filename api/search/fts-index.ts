import type SQLite from 'better-sqlite3';
import { foldGreek, toIndexText } from '../domain/greek-text.ts';
import { LEGAL_FORMS } from '../domain/legal-forms.ts';

/**
 * The only module that writes the SQLite FTS5 index (DESIGN §4: SQLite-only parts
 * behind one module). Text is reduced to search keys by api/domain/greek-text.ts,
 * the same function the query side uses.
 *
 * Call `indexEnterprise` after any change to an enterprise, its services, or the
 * labels they reference, inside the same transaction as the change.
 */

interface IndexSource {
  name: string;
  sortName: string;
  body: string;
}

/** How many index changes are kept for incremental facet refresh. */
export const KEPT_CHANGES = 5000;

const legalFormLabels = new Map(LEGAL_FORMS.map((f) => [f.id, `${f.nameEl} ${f.nameEn} ${f.shortEl}`]));

type Row = Record<string, string | null>;

/** The index text of one enterprise from its row and its active services' texts, CPV and category labels. */
function buildSource(row: Row, services: Row[], cpv: Row[], categories: Row[]): IndexSource {
  const parts: Array<string | null | undefined> = [
    row.description_el,
    row.description_en,
    row.municipality_el,
    row.municipality_en,
    legalFormLabels.get(row.legal_form as never),
  ];
  for (const s of services) parts.push(s.title_el, s.title_en, s.description_el, s.description_en);
  for (const c of cpv) parts.push(c.code, c.label_el, c.label_en);
  for (const c of categories) parts.push(c.name_el, c.name_en);
  const displayName = row.trade_name || row.legal_name || '';
  return {
    name: toIndexText(`${row.trade_name ?? ''} ${row.legal_name ?? ''}`),
    sortName: foldGreek(displayName).replace(/[^\p{L}\p{N} ]/gu, '').trim(),
    body: toIndexText(parts.filter(Boolean).join(' \n ')),
  };
}

// Each query has a per-enterprise form (`where … = ?`) and a bulk form for rebuilds.
const ENTERPRISE_SQL = `
  select e.id, e.legal_name, e.trade_name, e.legal_form, e.description_el, e.description_en,
         a.name_el as municipality_el, a.name_en as municipality_en
  from enterprises e left join areas a on a.id = e.municipality_id`;
const SERVICES_SQL = `
  select s.enterprise_id, s.title_el, s.title_en, s.description_el, s.description_en
  from services s where s.status = 'active'`;
const CPV_SQL = `
  select s.enterprise_id, c.code, c.label_el, c.label_en
  from services s join service_cpv_codes sc on sc.service_id = s.id join cpv_codes c on c.code = sc.cpv_code
  where s.status = 'active'`;
const CATEGORIES_SQL = `
  select distinct s.enterprise_id, cat.name_el, cat.name_en
  from services s join service_categories sc on sc.service_id = s.id join categories cat on cat.id = sc.category_id
  where s.status = 'active'`;

function groupByEnterprise(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row.enterprise_id as string;
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

export function createSearchIndexer(sqlite: SQLite.Database) {
  const enterprise = sqlite.prepare<[string]>(`${ENTERPRISE_SQL} where e.id = ?`);
  const services = sqlite.prepare<[string]>(`${SERVICES_SQL} and s.enterprise_id = ?`);
  const serviceCpv = sqlite.prepare<[string]>(`${CPV_SQL} and s.enterprise_id = ?`);
  const serviceCategories = sqlite.prepare<[string]>(`${CATEGORIES_SQL} and s.enterprise_id = ?`);
  const keyOf = sqlite.prepare<[string]>('select rowid from enterprise_search_keys where enterprise_id = ?');
  const insertKey = sqlite.prepare<[string, string]>(
    'insert into enterprise_search_keys (enterprise_id, sort_name) values (?, ?) returning rowid',
  );
  const updateKey = sqlite.prepare<[string, number]>('update enterprise_search_keys set sort_name = ? where rowid = ?');
  const deleteFts = sqlite.prepare<[number]>('delete from enterprise_fts where rowid = ?');
  const insertFts = sqlite.prepare<[number, string, string]>('insert into enterprise_fts (rowid, name, body) values (?, ?, ?)');
  const deleteKey = sqlite.prepare<[string]>('delete from enterprise_search_keys where enterprise_id = ?');
  const logChange = sqlite.prepare<[string]>('insert into search_changes (enterprise_id) values (?)');
  const pruneChanges = sqlite.prepare<[number]>('delete from search_changes where seq <= (select max(seq) from search_changes) - ?');
  let writesSincePrune = 0;

  function sourceOf(enterpriseId: string): IndexSource | null {
    const row = enterprise.get(enterpriseId) as Row | undefined;
    if (!row) return null;
    return buildSource(
      row,
      services.all(enterpriseId) as Row[],
      serviceCpv.all(enterpriseId) as Row[],
      serviceCategories.all(enterpriseId) as Row[],
    );
  }

  function indexEnterprise(enterpriseId: string): void {
    logChange.run(enterpriseId);
    // Readers that fall further behind than the kept log reload their facets in full.
    if (++writesSincePrune >= 1000) {
      writesSincePrune = 0;
      pruneChanges.run(KEPT_CHANGES);
    }
    writeIndex(enterpriseId);
  }

  function writeIndex(enterpriseId: string, source = sourceOf(enterpriseId)): void {
    const existing = keyOf.get(enterpriseId) as { rowid: number } | undefined;
    if (!source) {
      if (existing) {
        deleteFts.run(existing.rowid);
        deleteKey.run(enterpriseId);
      }
      return;
    }
    let rowid: number;
    if (existing) {
      rowid = existing.rowid;
      updateKey.run(source.sortName, rowid);
      deleteFts.run(rowid);
    } else {
      rowid = (insertKey.get(enterpriseId, source.sortName) as { rowid: number }).rowid;
    }
    insertFts.run(rowid, source.name, source.body);
  }

  /** Rebuilds the whole index in one transaction (after imports, seeding, or label changes). */
  const rebuildAll = sqlite.transaction(() => {
    sqlite.prepare('delete from enterprise_fts').run();
    sqlite.prepare('delete from enterprise_search_keys').run();
    // '*' tells every reader to reload its facets in full (seq is AUTOINCREMENT: never reused).
    sqlite.prepare('delete from search_changes').run();
    sqlite.prepare("insert into search_changes (enterprise_id) values ('*')").run();
    // Four bulk reads instead of four queries per enterprise.
    const allServices = groupByEnterprise(sqlite.prepare(SERVICES_SQL).all() as Row[]);
    const allCpv = groupByEnterprise(sqlite.prepare(CPV_SQL).all() as Row[]);
    const allCategories = groupByEnterprise(sqlite.prepare(CATEGORIES_SQL).all() as Row[]);
    const rows = sqlite.prepare(`${ENTERPRISE_SQL} order by e.created_at, e.id`).all() as Row[];
    for (const row of rows) {
      const id = row.id as string;
      writeIndex(id, buildSource(row, allServices.get(id) ?? [], allCpv.get(id) ?? [], allCategories.get(id) ?? []));
    }
    return rows.length;
  });

  return { indexEnterprise, rebuildAll: () => rebuildAll() as number };
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;
