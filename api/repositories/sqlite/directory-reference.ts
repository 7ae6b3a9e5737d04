import type SQLite from 'better-sqlite3';
import { publicServiceSql, publishedSql } from '../published.ts';

/**
 * Reference lists and small public counts as the directory shows them (prepared once;
 * SQLite-specific: json_group_array). A PostgreSQL implementation provides the same functions.
 */

export interface CategoryRow {
  id: string;
  name_el: string;
  name_en: string;
  /** JSON array of CPV prefixes. */
  prefixes: string;
  /** Published enterprises with an active service in the category. */
  enterprises: number;
}

export function createDirectoryReference(sqlite: SQLite.Database) {
  const categories = sqlite.prepare(`
    select c.id, c.name_el, c.name_en,
      (select json_group_array(p.cpv_prefix) from category_cpv_prefixes p where p.category_id = c.id) as prefixes,
      (select count(distinct s.enterprise_id) from service_categories sc join services s on s.id = sc.service_id
         join enterprises e on e.id = s.enterprise_id
         where sc.category_id = c.id and ${publicServiceSql('s', 'e')}) as enterprises
    from categories c order by c.sort_order, c.id`);
  const sitemap = sqlite.prepare(`select slug, updated_at from enterprises e where ${publishedSql('e')} order by slug`);
  const publishedCount = sqlite.prepare(`select count(*) from enterprises e where ${publishedSql('e')}`).pluck();
  const recentlyVerified = sqlite
    .prepare<[number]>(
      `select e.id from enterprises e where ${publishedSql('e')} and e.verified_at is not null
      and exists (select 1 from services s where s.enterprise_id = e.id and ${publicServiceSql('s', 'e')}) order by e.verified_at desc, e.id limit ?`,
    )
    .pluck();

  return {
    categories: () => categories.all() as CategoryRow[],
    /** Published enterprises' slugs and last change, for the sitemap. */
    publishedPages: () => sitemap.all() as Array<{ slug: string; updated_at: string }>,
    publishedCount: () => publishedCount.get() as number,
    /** Ids of the listed enterprises the municipality verified most recently, newest first. */
    recentlyVerified: (limit: number) => recentlyVerified.all(limit) as string[],
  };
}

export type DirectoryReference = ReturnType<typeof createDirectoryReference>;
