import type SQLite from 'better-sqlite3';
import type { AreaKind } from '../../../db/schema.ts';

export interface AreaNode {
  id: string;
  kind: AreaKind;
  parentId: string | null;
  nutsCode: string | null;
  nameEl: string;
  nameEn: string;
}

/**
 * The area hierarchy (country → region → NUTS 3 regional unit → municipality) held in
 * memory: it is small and changes only when reference data is reloaded (call `reload`).
 */
export function createAreaTree(sqlite: SQLite.Database) {
  let byId = new Map<string, AreaNode>();
  let children = new Map<string, string[]>();

  function reload() {
    const rows = sqlite
      .prepare(
        'select id, kind, parent_id as parentId, nuts_code as nutsCode, name_el as nameEl, name_en as nameEn from areas',
      )
      .all() as AreaNode[];
    byId = new Map(rows.map((r) => [r.id, r]));
    children = new Map();
    for (const row of rows) {
      if (!row.parentId) continue;
      const list = children.get(row.parentId) ?? [];
      list.push(row.id);
      children.set(row.parentId, list);
    }
  }
  reload();

  function ancestors(id: string): string[] {
    const out: string[] = [];
    let current = byId.get(id)?.parentId ?? null;
    while (current && !out.includes(current)) {
      out.push(current);
      current = byId.get(current)?.parentId ?? null;
    }
    return out;
  }

  function descendants(id: string): string[] {
    const out: string[] = [];
    const stack = [...(children.get(id) ?? [])];
    while (stack.length) {
      const next = stack.pop()!;
      out.push(next);
      stack.push(...(children.get(next) ?? []));
    }
    return out;
  }

  return {
    reload,
    get: (id: string) => byId.get(id),
    all: () => [...byId.values()],
    ancestors,
    descendants,
    /**
     * Areas whose services are relevant to someone looking in `id`: the area itself, every
     * area containing it (an enterprise serving all of Attica serves Chalandri) and every
     * area inside it (serving Chalandri is serving somewhere in Attica).
     */
    relevantTo: (id: string) => [id, ...ancestors(id), ...descendants(id)],
    /** Areas that cover all of `id` (for the place of performance of a contract). */
    covering: (id: string) => [id, ...ancestors(id)],
  };
}

export type AreaTree = ReturnType<typeof createAreaTree>;
