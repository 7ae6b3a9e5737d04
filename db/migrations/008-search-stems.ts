import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.

/**
 * Search that understands Greek inflection (issue 12):
 * - the full-text index gains stem columns (every word's stem key, so «κήπος» finds «κήπους»)
 *   and a `topics` column (the keywords and synonyms of the enterprise's categories);
 * - categories gain those keywords, in Greek and in English (seed/reference/categories.ts), and
 *   their CPV prefixes the order they are listed in (the CPV look-up ranks the main code first);
 * - `search_words` remembers how each indexed word is written, so "did you mean" can offer
 *   a real word («καθαρισμός»), not its search key;
 * - `search_index_meta` records what the index was built with.
 * The index is emptied here; the next start rebuilds it (api/bootstrap.ts sees fewer indexed
 * enterprises than enterprises).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('categories')
    .addColumn('keywords_el', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('categories')
    .addColumn('keywords_en', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('category_cpv_prefixes')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await sql`drop table if exists enterprise_fts`.execute(db);
  await sql`create virtual table enterprise_fts using fts5(
    name, body, name_stem, body_stem, topics, tokenize = 'unicode61', prefix = '2 3 4'
  )`.execute(db);
  await sql`delete from enterprise_search_keys`.execute(db);
  // Readers drop their in-memory facets and reload ('*' = everything changed).
  await sql`insert into search_changes (enterprise_id) values ('*')`.execute(db);

  await db.schema
    .createTable('search_words')
    // The word folded (no accents, lowercase, σ): one row per distinct word.
    .addColumn('folded', 'text', (c) => c.primaryKey())
    // How it is written (lowercase, with accents where any text had them).
    .addColumn('written', 'text', (c) => c.notNull())
    // Its search key (api/domain/greek-text.ts), to compare words the way search does.
    .addColumn('key', 'text', (c) => c.notNull())
    .execute();
  // What the index was built with (analysis version, category keywords): a start that finds
  // something else rebuilds it.
  await db.schema
    .createTable('search_index_meta')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_index_meta').ifExists().execute();
  await db.schema.dropTable('search_words').ifExists().execute();
  await sql`drop table if exists enterprise_fts`.execute(db);
  await sql`create virtual table enterprise_fts using fts5(name, body, tokenize = 'unicode61', prefix = '2 3 4')`.execute(
    db,
  );
  await sql`delete from enterprise_search_keys`.execute(db);
  await db.schema.alterTable('category_cpv_prefixes').dropColumn('position').execute();
  await db.schema.alterTable('categories').dropColumn('keywords_en').execute();
  await db.schema.alterTable('categories').dropColumn('keywords_el').execute();
}
