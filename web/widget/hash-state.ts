/**
 * The directory's state in the host page's URL hash, so that a link reopens the same
 * search or profile. The host page owns the hash: we only read and write one namespaced
 * `&`-separated parameter (`#koinsep=…`) and keep everything else exactly as it was,
 * e.g. `#news&koinsep=q:καθαρισμός;category:cleaning`.
 *
 * Our value is `key:value` pairs joined by `;`; values are percent-encoded, so they can
 * never contain a raw `;`, `:` or `&`.
 */

export interface DirectoryState {
  q?: string;
  category?: string;
  area?: string;
  legalForm?: string;
  /** `name` or `verified`; none = relevance. */
  sort?: string;
  page?: number;
  /** `map` while the results show on the map (issue 16), `requests` while the open requests for quotes show (issue 13); none = the list. */
  view?: DirectoryView;
  /** Slug of the enterprise whose profile is open. */
  enterprise?: string;
  lang?: 'el' | 'en';
}

/** What shows instead of the result list: the map, or the open requests for quotes. */
export type DirectoryView = 'map' | 'requests';

export const HASH_PARAM = 'koinsep';

const KEYS = ['q', 'category', 'area', 'form', 'sort', 'page', 'view', 'enterprise', 'lang'] as const;
type HashKey = (typeof KEYS)[number];
/** Each key names its field, but for the legal form (`form`, shorter in links). */
const fieldOf = (key: HashKey): keyof DirectoryState => (key === 'form' ? 'legalForm' : key);

/** The values a closed list accepts; anything else in a link is ignored. */
const CHOICES: Partial<Record<keyof DirectoryState, string[]>> = {
  lang: ['el', 'en'],
  sort: ['name', 'verified'],
  view: ['map', 'requests'],
};

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function splitHash(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/** Our state in `hash`, or `null` when the hash does not mention us (then presets apply). */
export function readHashState(hash: string): DirectoryState | null {
  const ours = splitHash(hash).find((part) => part === HASH_PARAM || part.startsWith(`${HASH_PARAM}=`));
  if (ours === undefined) return null;
  const state: DirectoryState = {};
  for (const pair of ours.slice(HASH_PARAM.length + 1).split(';')) {
    const colon = pair.indexOf(':');
    if (colon < 1) continue;
    const key = pair.slice(0, colon) as HashKey;
    const value = decode(pair.slice(colon + 1));
    if (!KEYS.includes(key) || value === null || value === '') continue;
    const field = fieldOf(key);
    if (field === 'page') {
      const page = Number(value);
      if (Number.isInteger(page) && page > 1 && page <= 10000) state.page = page;
    } else if (CHOICES[field]?.includes(value) ?? true) {
      (state as Record<string, string>)[field] = value.slice(0, 200);
    }
  }
  return state;
}

function serialise(state: DirectoryState): string {
  const pairs: string[] = [];
  for (const key of KEYS) {
    const value = state[fieldOf(key)];
    if (value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    pairs.push(`${key}:${encodeURIComponent(String(value))}`);
  }
  return pairs.join(';');
}

/**
 * The hash with our parameter set to `state` (or removed when `state` is null), every
 * other part of the host's hash kept in place. Returns '' when nothing is left.
 */
export function writeHashState(hash: string, state: DirectoryState | null): string {
  const parts = splitHash(hash);
  const index = parts.findIndex((part) => part === HASH_PARAM || part.startsWith(`${HASH_PARAM}=`));
  const ours = state === null ? null : `${HASH_PARAM}=${serialise(state)}`;
  if (index >= 0) {
    if (ours === null) parts.splice(index, 1);
    else parts[index] = ours;
  } else if (ours !== null) {
    parts.push(ours);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

export function sameState(a: DirectoryState | null, b: DirectoryState | null): boolean {
  if (a === null || b === null) return a === b;
  return serialise(a) === serialise(b);
}
