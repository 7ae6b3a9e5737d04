import type SQLite from 'better-sqlite3';
import { foldGreek } from '../../../domain/greek-text.ts';
import { indexText, keywordTerms } from '../../../domain/index-text.ts';
import { LEGAL_FORMS } from '../../../domain/legal-forms.ts';
import { SEARCH_ANALYSIS_VERSION } from '../../../domain/word-stems.ts';
import { createWordRecorder } from './search-words.ts';

/**
 * The only module that writes the SQLite FTS5 index (DESIGN §4: SQLite-only parts
 * behind one module). Text is reduced to exact and stem keys by api/domain/index-text.ts,
 * with the same functions the query side uses.
 *
 * Call `indexEnterprise` after any change to an enterprise, its services, or the
 * labels they reference, inside the same transaction as the change.
 */

interface IndexSource {
  sortName: string;
  /** Texts in the order of the FTS columns: name, body, name_stem, body_stem, topics. */
  columns: [string, string, string, string, string];
  /** The texts people wrote, for the "did you mean" vocabulary. */
  written: string[];
}

/** How many index changes are kept for incremental facet refresh. */
export const KEPT_CHANGES = 5000;

const legalFormLabels = new Map(LEGAL_FORMS.map((f) => [f.id, `${f.nameEl} ${f.nameEn} ${f.shortEl}`]));

type Row = Record<string, string | null>;

/**
 * The index texts of one enterprise from its row and its active services' texts, CPV labels and
 * categories. The categories' own words (names, keywords, synonyms) go to the `topics` column
 * only: a search that matches them finds the category's enterprises, ranked below those whose
 * own texts match (enterprise-search.ts).
 */
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
  const topics = new Set<string>();
  for (const c of categories) for (const term of keywordTerms(`${c.keywords_el} ${c.keywords_en}`)) topics.add(term);
  const displayName = row.trade_name || row.legal_name || '';
  const nameText = `${row.trade_name ?? ''} ${row.legal_name ?? ''}`;
  const bodyText = parts.filter(Boolean).join(' \n ');
  const name = indexText(nameText);
  const body = indexText(bodyText);
  return {
    sortName: foldGreek(displayName)
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim(),
    columns: [name.keys, body.keys, name.stems, body.stems, [...topics].join(' ')],
    written: [nameText, bodyText],
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
  select distinct s.enterprise_id, cat.id, cat.keywords_el, cat.keywords_en
  from services s join service_categories sc on sc.service_id = s.id join categories cat on cat.id = sc.category_id
  where s.status = 'active'`;
/** What the index was built from besides enterprise rows: a change means a rebuild (see `isCurrent`). */
const FINGERPRINT_SQL = `select group_concat(id || ':' || keywords_el || '|' || keywords_en, ';') from (select * from categories order by id)`;

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
  const insertFts = sqlite.prepare<[number, string, string, string, string, string]>(
    'insert into enterprise_fts (rowid, name, body, name_stem, body_stem, topics) values (?, ?, ?, ?, ?, ?)',
  );
  const words = createWordRecorder(sqlite);
  const fingerprint = sqlite.prepare(FINGERPRINT_SQL).pluck();
  const storedFingerprint = sqlite.prepare("select value from search_index_meta where name = 'fingerprint'").pluck();
  const storeFingerprint = sqlite.prepare<[string]>(
    "insert into search_index_meta (name, value) values ('fingerprint', ?) on conflict (name) do update set value = excluded.value",
  );
  const currentFingerprint = () => `${SEARCH_ANALYSIS_VERSION}/${(fingerprint.get() as string | null) ?? ''}`;
  const deleteKey = sqlite.prepare<[string]>('delete from enterprise_search_keys where enterprise_id = ?');
  const logChange = sqlite.prepare<[string]>('insert into search_changes (enterprise_id) values (?)');
  const pruneChanges = sqlite.prepare<[number]>(
    'delete from search_changes where seq <= (select max(seq) from search_changes) - ?',
  );
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
    insertFts.run(rowid, ...source.columns);
    for (const text of source.written) words.record(text);
  }

  /** Rebuilds the whole index in one transaction (after imports, seeding, or label changes). */
  const rebuildAll = sqlite.transaction(() => {
    sqlite.prepare('delete from enterprise_fts').run();
    sqlite.prepare('delete from enterprise_search_keys').run();
    words.clear();
    for (const keywords of sqlite
      .prepare('select keywords_el, keywords_en from categories')
      .raw()
      .all() as string[][]) {
      words.record(keywords.join(' '));
    }
    storeFingerprint.run(currentFingerprint());
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

  return {
    indexEnterprise,
    rebuildAll: () => rebuildAll() as number,
    /** False when the search analysis or the category keywords changed since the last rebuild. */
    isCurrent: () => storedFingerprint.get() === currentFingerprint(),
  };
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;
