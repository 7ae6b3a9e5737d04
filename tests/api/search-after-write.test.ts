import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * Text results survive writes (issue 17): a write re-reads only the rows it changed, so what a
 * search finds right after a change must be exactly what a fresh search finds.
 */

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
});

afterAll(async () => {
  await ctx.close();
});

function rewriteDescription(slug: string, text: string) {
  const { sqlite, registry } = ctx.app;
  const id = sqlite.prepare('select id from enterprises where slug = ?').pluck().get(slug) as string;
  sqlite.transaction(() => {
    sqlite.prepare('update enterprises set description_el = ? where id = ?').run(text, id);
    registry.indexer.indexEnterprise(id);
  })();
}

const slugsFor = async (q: string) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/enterprises?q=${encodeURIComponent(q)}&pageSize=100`,
  });
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: Array<{ slug: string }> }).items.map((i) => i.slug).sort();
};

describe('search right after a write', () => {
  it('finds a word an enterprise has just added, and stops finding one it has just removed', async () => {
    const before = await slugsFor('κοινωνική');
    expect(before.length).toBeGreaterThan(1);
    expect(await slugsFor('ζαχαροπλαστική')).not.toContain('anemoni');

    rewriteDescription('anemoni', 'Ζαχαροπλαστική και κεράσματα για εκδηλώσεις.');
    expect(await slugsFor('ζαχαροπλαστική')).toContain('anemoni');
    // Other enterprises' hits for a cached text are kept; the rewritten one is re-read.
    const after = await slugsFor('κοινωνική');
    expect(after.filter((s) => s !== 'anemoni')).toEqual(before.filter((s) => s !== 'anemoni'));

    rewriteDescription('anemoni', 'Κηπουρική.');
    expect(await slugsFor('ζαχαροπλαστική')).not.toContain('anemoni');
  });

  it('agrees with a search that starts from nothing after many writes', async () => {
    for (const slug of ['prasini-geitonia', 'fytorio-elpidas', 'agkalia-frontidas'])
      rewriteDescription(slug, 'Υπηρεσίες καθαρισμού σχολείων.');
    const { createEnterpriseSearch } = await import('../../api/repositories/sqlite/search/enterprise-search.ts');
    const fresh = createEnterpriseSearch(ctx.app.sqlite);
    for (const q of ['καθαρισμός', 'υπηρεσίες', 'κοινωνική', 'κήπους']) {
      const kept = ctx.app.registry.search({ q, page: 1, pageSize: 100 });
      const anew = fresh({ q, page: 1, pageSize: 100 });
      expect(kept.total, q).toBe(anew.total);
      expect([...kept.ids].sort(), q).toEqual([...anew.ids].sort());
    }
  });
});
