import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { LEGAL_FORM_IDS } from '../../api/domain/legal-forms.ts';

/**
 * Synthetic registries for benchmarks: N published enterprises with services, whose words
 * follow a Zipf-like law (a few words are everywhere, most are rare), like real text.
 * Deterministic for a given seed so runs are comparable.
 */

/** Mulberry32: small, fast, deterministic PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Function words take the most frequent ranks, as in any real text.
const STOPWORDS = `και με για την του της των στο στην σε από το τα οι η ο που να είναι ως κατά μας ένα μια στα στις
τους τις στον επίσης the and of for with to in our`.split(/\s+/);

const COMMON = `υπηρεσίες καθαρισμός καθαριότητα κτιρίων σχολείων γραφείων σίτιση γεύματα κουζίνα κηπουρική πράσινο
φύτευση συντήρηση φροντίδα ηλικιωμένων παιδιών ατόμων αναπηρία κοινωνική υποστήριξη ανακύκλωση συλλογή απορριμμάτων
εκτυπώσεις γραφιστικά σχεδιασμός εκδηλώσεις διοργάνωση ξενάγηση τουρισμός ιστοσελίδων εφαρμογών λογισμικό μέλι
τρόφιμα χειροτεχνία κεραμική ύφασμα ξύλο δήμος περιοχή γειτονιά ποιότητα εμπειρία συνεργασία εθελοντές ένταξη
εργασία απασχόληση οικολογικά προϊόντα βιολογικά τοπικά παραδοσιακά φαγητό catering cleaning green care printing
design events recycling tourism software school municipal social cooperative quality local`.split(/\s+/);

const SYLLABLES = [
  'κα',
  'λο',
  'μι',
  'να',
  'ρη',
  'στα',
  'τε',
  'πο',
  'νι',
  'σο',
  'δρα',
  'φυ',
  'χο',
  'θε',
  'γλυ',
  'ξε',
  'βα',
  'ζω',
  'ψα',
  'κτη',
  'μπο',
  'ντα',
  'ου',
  'ει',
  'αι',
];

export function buildVocabulary(size: number, random: () => number): string[] {
  const generated: string[] = [];
  const seen = new Set([...STOPWORDS, ...COMMON]);
  while (generated.length < size - STOPWORDS.length - COMMON.length) {
    const n = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    word += ['ς', 'ση', 'μα', 'ια', 'ος', 'ες'][Math.floor(random() * 6)];
    if (!seen.has(word)) {
      seen.add(word);
      generated.push(word);
    }
  }
  // Function words take the top ranks; domain words are spread over ranks ~40–700, where
  // a directory's subject words sit (each in roughly 0.5–8% of profiles), among the tail.
  const words = [...STOPWORDS, ...generated];
  COMMON.forEach((word, i) => words.splice(STOPWORDS.length + 10 + i * 8, 0, word));
  return words.slice(0, size);
}

/** Samples ranks with P(k) ∝ 1/k^s via a precomputed cumulative table. */
export function zipfSampler(n: number, s: number, random: () => number) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1) ** s;
    cumulative[k] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface CorpusOptions {
  enterprises: number;
  seed?: number;
  vocabularySize?: number;
}

export interface GeneratedEnterprise {
  id: string;
  legalForm: string;
  categories: string[];
  areas: string[];
}

/** Inserts the corpus (reference data must already be loaded). Returns per-enterprise facets for comparisons. */
export function generateCorpus(sqlite: SQLite.Database, options: CorpusOptions): GeneratedEnterprise[] {
  const random = prng(options.seed ?? 42);
  const vocabulary = buildVocabulary(options.vocabularySize ?? 30_000, random);
  const word = zipfSampler(vocabulary.length, 1.05, random);
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1));
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(vocabulary[word()]!);
    return out.join(' ');
  };
  const categories = sqlite.prepare('select id from categories').pluck().all() as string[];
  const cpvCodes = sqlite.prepare('select code from cpv_codes where level >= 4').pluck().all() as string[];
  const areas = sqlite
    .prepare("select id from areas where kind in ('municipality', 'regional_unit', 'region')")
    .pluck()
    .all() as string[];
  const now = new Date().toISOString();

  const insertEnterprise = sqlite.prepare(`insert into enterprises
    (id, slug, legal_name, trade_name, legal_form, afm, description_el, description_en, status, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?)`);
  const insertService =
    sqlite.prepare(`insert into services (id, enterprise_id, title_el, description_el, status, created_at, updated_at)
    values (?, ?, ?, ?, 'active', ?, ?)`);
  const insertCpv = sqlite.prepare('insert or ignore into service_cpv_codes (service_id, cpv_code) values (?, ?)');
  const insertCategory = sqlite.prepare(
    'insert or ignore into service_categories (service_id, category_id) values (?, ?)',
  );
  const insertArea = sqlite.prepare('insert or ignore into service_areas (service_id, area_id) values (?, ?)');

  const generated: GeneratedEnterprise[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < options.enterprises; i++) {
      const id = randomUUID();
      const legalForm = LEGAL_FORM_IDS[Math.floor(random() * LEGAL_FORM_IDS.length)]!;
      // Synthetic ΑΦΜ: unique, 9 digits (the bench does not validate it).
      const afm = String(100_000_000 + i);
      const name = sentence(2, 3);
      insertEnterprise.run(
        id,
        `bench-${i}`,
        `ΚοινΣΕπ ${name}`,
        name,
        legalForm,
        afm,
        sentence(20, 60),
        random() < 0.5 ? sentence(10, 30) : null,
        now,
        now,
      );
      const entry: GeneratedEnterprise = { id, legalForm, categories: [], areas: [] };
      const serviceCount = 1 + Math.floor(random() * 3);
      for (let s = 0; s < serviceCount; s++) {
        const serviceId = randomUUID();
        insertService.run(serviceId, id, sentence(2, 5), sentence(8, 25), now, now);
        insertCpv.run(serviceId, cpvCodes[Math.floor(random() * cpvCodes.length)]);
        const category = categories[Math.floor(random() * categories.length)]!;
        insertCategory.run(serviceId, category);
        entry.categories.push(category);
        const area = areas[Math.floor(random() * areas.length)]!;
        insertArea.run(serviceId, area);
        entry.areas.push(area);
      }
      generated.push(entry);
    }
  })();
  return generated;
}

/** The fixed mixed query set: single words, two words, prefixes, Greeklish, with filters. */
export const BENCH_QUERIES: Array<{ q?: string; category?: string; legalForm?: string; area?: string }> = [
  { q: 'καθαρισμός' },
  { q: 'katharismos' },
  { q: 'ΣΙΤΙΣΗ' },
  { q: 'φροντίδα ηλικιωμένων' },
  { q: 'kipouriki prasino' },
  { q: 'εκτυπ' },
  { q: 'ανακ' },
  { q: 'ξενάγηση', category: 'tourism' },
  { q: 'υπηρεσίες', legalForm: 'koinsep_collective_benefit' },
  { q: 'σχολείων', area: 'EL30' },
  { q: 'design' },
  { q: 'κοινωνική υποστήριξη', category: 'care-social' },
  { category: 'cleaning' },
  { legalForm: 'koispe' },
  { q: 'μέλι τρόφιμα' },
  { q: 'καλομινας' },
];
