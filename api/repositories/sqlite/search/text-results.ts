import type SQLite from 'better-sqlite3';
import { rowMatch, type QueryTerm } from '../../../domain/search-query.ts';

/**
 * Text results per FTS5 MATCH expression (every matching rowid with its rank score), kept
 * across writes (issue 17).
 *
 * A word found in almost every profile («υπηρεσίες») costs FTS5 a full pass over its posting
 * lists plus bm25 for every matching row: at 100k enterprises that is the whole cost of a
 * search. Dropping every cached text on every write made the first search after any write pay
 * it again, for every visitor's text at once. Instead a write only touches the rows it
 * changed: on the next use, an entry drops the changed rowids and reads those rows' index
 * texts to see whether they match (`rowMatch`, the MATCH expression's rules in JS). FTS5
 * itself cannot do that cheaply: a prefix phrase ("ipires"*) expands over the whole index
 * even under a rowid constraint (measured: as slow as the full query).
 *
 * Which rows match is therefore exact at once. A changed row's bm25 is not known without
 * FTS5, so it gets its rank tier (exact, stem, category words) with the weakest score in the
 * tier; the entry is recomputed in full on its first use after `RESCORE_AFTER_MS`, so an
 * edited enterprise finds its exact place within a minute (what public caches may show
 * anyway: Cache-Control max-age=60). Untouched rows keep the collection statistics of the
 * moment they were scored; one write moves those by parts in a hundred thousand. A full
 * rebuild, or a reader that fell behind the kept change log, starts over (`clear`).
 */

export interface TextHits {
  rowids: Int32Array;
  scores: Float64Array;
}

interface Entry extends TextHits {
  /** The change (search_changes.seq) these hits are current with. */
  seq: number;
  /** When a changed row was first placed without its bm25 (null: every score is FTS5's). */
  approximateSince: number | null;
}

/** Memory bound: 12 bytes a posting, so about 50 MB. */
const MAX_CACHED_POSTINGS = 4_000_000;
/** Changes remembered for bringing entries up to date; an entry older than all of them is recomputed. */
const MAX_REMEMBERED_CHANGES = 256;
/** How long changed rows may keep an approximate place within their tier. */
const RESCORE_AFTER_MS = 60_000;
/** The score of a matched column when FTS5's bm25 is not known: weaker than any real bm25 match. */
const WEAKEST = -1e-12;

export function createTextResults(sqlite: SQLite.Database, score: (exact: number, stem: number) => number) {
  // Columns: name, body, name_stem, body_stem, topics. Zero weight = no contribution, so a
  // score of 0 tells that no word matched in those columns.
  const columns = `rowid, bm25(enterprise_fts, 8.0, 1.0, 0, 0, 0), bm25(enterprise_fts, 0, 0, 4.0, 0.5, 0)`;
  const allHits = sqlite.prepare<[string]>(`select ${columns} from enterprise_fts where enterprise_fts match ?`).raw();
  const rowTexts = sqlite
    .prepare<[string]>(
      'select rowid, name, body, name_stem, body_stem, topics from enterprise_fts where rowid in (select value from json_each(?))',
    )
    .raw();

  const entries = new Map<string, Entry>();
  let cachedPostings = 0;
  /** Rowids each change touched, oldest first. */
  const changes: Array<{ seq: number; rowids: number[] }> = [];
  /** Every change after this seq is in `changes`: entries at least this recent can be brought up to date. */
  let oldestKnownBase = 0;

  function toHits(rows: Array<[number, number, number]>): TextHits {
    return { rowids: Int32Array.from(rows, (r) => r[0]), scores: Float64Array.from(rows, (r) => score(r[1], r[2])) };
  }

  function store(match: string, entry: Entry) {
    const old = entries.get(match);
    if (old) {
      entries.delete(match);
      cachedPostings -= old.rowids.length;
    }
    entries.set(match, entry);
    cachedPostings += entry.rowids.length;
    while (cachedPostings > MAX_CACHED_POSTINGS && entries.size > 1) {
      const [oldest, evicted] = entries.entries().next().value as [string, Entry];
      entries.delete(oldest);
      cachedPostings -= evicted.rowids.length;
    }
  }

  /** Brings an entry from its seq to `seq`, or null when the changes in between are no longer known. */
  function update(words: readonly QueryTerm[], entry: Entry, seq: number): Entry | null {
    if (entry.seq < oldestKnownBase) return null;
    const touched = new Set<number>();
    for (const change of changes) if (change.seq > entry.seq) for (const rowid of change.rowids) touched.add(rowid);
    if (touched.size === 0) return { ...entry, seq };
    // A write touches a handful of rows: find them with native scans, copy the runs between them.
    const gone: number[] = [];
    for (const rowid of touched) {
      const at = entry.rowids.indexOf(rowid);
      if (at >= 0) gone.push(at);
    }
    gone.sort((a, b) => a - b);
    const fresh = { rowids: [] as number[], scores: [] as number[] };
    for (const [rowid, name, body, nameStem, bodyStem, topics] of rowTexts.all(JSON.stringify([...touched])) as Array<
      [number, ...string[]]
    >) {
      const matched = rowMatch(words, {
        name: name!,
        body: body!,
        nameStem: nameStem!,
        bodyStem: bodyStem!,
        topics: topics!,
      });
      if (!matched) continue;
      fresh.rowids.push(rowid);
      fresh.scores.push(score(matched.exact ? WEAKEST : 0, matched.stem ? WEAKEST : 0));
    }
    const keptLength = entry.rowids.length - gone.length;
    const rowids = new Int32Array(keptLength + fresh.rowids.length);
    const scores = new Float64Array(rowids.length);
    let from = 0;
    let to = 0;
    for (const at of [...gone, entry.rowids.length]) {
      rowids.set(entry.rowids.subarray(from, at), to);
      scores.set(entry.scores.subarray(from, at), to);
      to += at - from;
      from = at + 1;
    }
    rowids.set(fresh.rowids, keptLength);
    scores.set(fresh.scores, keptLength);
    return {
      rowids,
      scores,
      seq,
      approximateSince: fresh.rowids.length ? (entry.approximateSince ?? Date.now()) : entry.approximateSince,
    };
  }

  return {
    /** Every row matching `match`, with its score, current with change `seq`. */
    get(match: string, words: readonly QueryTerm[], seq: number): TextHits {
      let entry = entries.get(match);
      if (entry && entry.seq !== seq) entry = update(words, entry, seq) ?? undefined;
      if (entry?.approximateSince && Date.now() - entry.approximateSince > RESCORE_AFTER_MS) entry = undefined;
      if (!entry)
        entry = { ...toHits(allHits.all(match) as Array<[number, number, number]>), seq, approximateSince: null };
      store(match, entry);
      return entry;
    },
    /** Change `seq` rewrote the index rows of these rowids (old and new ones). */
    changed(seq: number, rowids: Iterable<number>) {
      changes.push({ seq, rowids: [...rowids] });
      if (changes.length > MAX_REMEMBERED_CHANGES) oldestKnownBase = changes.shift()!.seq;
    },
    /** Forgets everything (after a full rebuild or when the change log was pruned past us). */
    clear(seq: number) {
      entries.clear();
      cachedPostings = 0;
      changes.length = 0;
      oldestKnownBase = seq;
    },
  };
}
