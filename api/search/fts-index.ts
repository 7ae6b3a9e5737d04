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

export function createSearchIndexer(sqlite: SQLite.Database) {
  const enterprise = sqlite.prepare<[string]>(`
    select e.legal_name, e.trade_name, e.legal_form, e.description_el, e.description_en,
           a.name_el as municipality_el, a.name_en as municipality_en
    from enterprises e left join areas a on a.id = e.municipality_id
    where e.id = ?`);
  const services = sqlite.prepare<[string]>(`
    select s.id, s.title_el, s.title_en, s.description_el, s.description_en
    from services s where s.enterprise_id = ? and s.status = 'active'`);
  const serviceCpv = sqlite.prepare<[string]>(`
    select c.code, c.label_el, c.label_en
    from services s join service_cpv_codes sc on sc.service_id = s.id join cpv_codes c on c.code = sc.cpv_code
    where s.enterprise_id = ? and s.status = 'active'`);
  const serviceCategories = sqlite.prepare<[string]>(`
    select distinct cat.name_el, cat.name_en
    from services s join service_categories sc on sc.service_id = s.id join categories cat on cat.id = sc.category_id
    where s.enterprise_id = ? and s.status = 'active'`);
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
    const row = enterprise.get(enterpriseId) as Record<string, string | null> | undefined;
    if (!row) return null;
    const parts: Array<string | null | undefined> = [
      row.description_el,
      row.description_en,
      row.municipality_el,
      row.municipality_en,
      legalFormLabels.get(row.legal_form as never),
    ];
    for (const s of services.all(enterpriseId) as Array<Record<string, string | null>>) {
      parts.push(s.title_el, s.title_en, s.description_el, s.description_en);
    }
    for (const c of serviceCpv.all(enterpriseId) as Array<Record<string, string>>) parts.push(c.code, c.label_el, c.label_en);
    for (const c of serviceCategories.all(enterpriseId) as Array<Record<string, string>>) parts.push(c.name_el, c.name_en);
    const displayName = row.trade_name || row.legal_name || '';
    return {
      name: toIndexText(`${row.trade_name ?? ''} ${row.legal_name ?? ''}`),
      sortName: foldGreek(displayName).replace(/[^\p{L}\p{N} ]/gu, '').trim(),
      body: toIndexText(parts.filter(Boolean).join(' \n ')),
    };
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

  function writeIndex(enterpriseId: string): void {
    const source = sourceOf(enterpriseId);
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
    const ids = sqlite.prepare('select id from enterprises order by created_at, id').pluck().all() as string[];
    for (const id of ids) writeIndex(id);
    return ids.length;
  });

  return { indexEnterprise, rebuildAll: () => rebuildAll() as number };
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;
