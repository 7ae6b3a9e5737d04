/**
 * Column-wise, in-memory facets of the indexed enterprises (see enterprise-search.ts): one
 * entry per FTS rowid, so filters and facet counts are a linear scan over typed arrays.
 */

export type FacetRow = [
  number,
  string,
  string,
  string,
  number,
  string | null,
  string | null,
  string | null,
  string | null,
];

export const FACET_SQL = `
  select k.rowid, e.id, e.legal_form, k.sort_name,
    e.status = 'published' and exists (select 1 from services s where s.enterprise_id = e.id and s.status = 'active') as listed,
    (select group_concat(distinct sc.category_id) from services s join service_categories sc on sc.service_id = s.id
      where s.enterprise_id = e.id and s.status = 'active') as categories,
    (select group_concat(distinct sa.area_id) from services s join service_areas sa on sa.service_id = s.id
      where s.enterprise_id = e.id and s.status = 'active') as areas,
    (select group_concat(distinct c.cpv_code) from services s join service_cpv_codes c on c.service_id = s.id
      where s.enterprise_id = e.id and s.status = 'active') as cpv,
    e.verified_at
  from enterprise_search_keys k join enterprises e on e.id = k.enterprise_id`;

const split = (list: string | null) => (list ? list.split(',') : []);

/** Interns strings as small integers, so facets are typed arrays and bit masks. */
export class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
  find(value: string): number | undefined {
    return this.index.get(value);
  }
}

/** Column-wise facets indexed by FTS rowid: one typed array per property. */
export class FacetStore {
  ids: Array<string | undefined> = [];
  sortNames: string[] = [];
  listed = new Uint8Array(1024);
  legalForms = new Uint8Array(1024);
  /** Bit i set = offers category i (categories are a short curated list: at most 32). */
  categories = new Uint32Array(1024);
  areas: Array<Uint16Array | undefined> = [];
  cpv: Array<string[] | undefined> = [];
  /** When the municipality last verified the enterprise (ms since 1970), 0 = never. */
  verifiedAt: number[] = [];
  readonly categoryNames = new Interner();
  readonly legalFormNames = new Interner();
  readonly areaNames = new Interner();
  readonly rowidOf = new Map<string, number>();

  private grow(rowid: number) {
    if (rowid < this.listed.length) return;
    let size = this.listed.length;
    while (size <= rowid) size *= 2;
    const listed = new Uint8Array(size);
    listed.set(this.listed);
    const legalForms = new Uint8Array(size);
    legalForms.set(this.legalForms);
    const categories = new Uint32Array(size);
    categories.set(this.categories);
    this.listed = listed;
    this.legalForms = legalForms;
    this.categories = categories;
  }

  put([rowid, id, legalForm, sortName, listed, categories, areas, cpv, verifiedAt]: FacetRow) {
    this.grow(rowid);
    this.ids[rowid] = id;
    this.sortNames[rowid] = sortName;
    this.listed[rowid] = listed;
    this.legalForms[rowid] = this.legalFormNames.id(legalForm);
    let mask = 0;
    for (const category of split(categories)) {
      const bit = this.categoryNames.id(category);
      if (bit > 31) throw new Error('Search facets support at most 32 categories');
      mask |= 1 << bit;
    }
    this.categories[rowid] = mask >>> 0;
    this.areas[rowid] = Uint16Array.from(split(areas), (a) => this.areaNames.id(a));
    this.cpv[rowid] = split(cpv);
    this.verifiedAt[rowid] = verifiedAt ? Date.parse(verifiedAt) || 0 : 0;
    this.rowidOf.set(id, rowid);
  }

  /** How many listed enterprises offer each category. */
  listedPerCategory(): Map<string, number> {
    const counts = new Int32Array(32);
    this.ids.forEach((id, rowid) => {
      if (id === undefined || !this.listed[rowid]) return;
      let mask = this.categories[rowid]!;
      while (mask !== 0) {
        const bit = 31 - Math.clz32(mask);
        counts[bit]!++;
        mask &= ~(1 << bit);
      }
    });
    const out = new Map<string, number>();
    this.categoryNames.values.forEach((name, bit) => out.set(name, counts[bit]!));
    return out;
  }

  remove(id: string) {
    const rowid = this.rowidOf.get(id);
    if (rowid === undefined) return;
    this.ids[rowid] = undefined;
    this.listed[rowid] = 0;
    this.areas[rowid] = undefined;
    this.cpv[rowid] = undefined;
    this.rowidOf.delete(id);
  }
}
