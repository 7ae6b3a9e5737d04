import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The built widget (dist/widget/): the main file koinsep-directory.js and the chunks it
 * loads when needed (koinsep-<name>.<content hash>.js: the profile view, the English texts),
 * held in memory with content hash, Subresource Integrity digest and pre-compressed copies.
 * Re-read when a file changes (a rebuild while the server runs), so a deploy never serves a
 * stale hash.
 */
export interface WidgetFile {
  source: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  /** First 10 hex digits of the SHA-256 of the file: names the main file's immutable copy. */
  hash: string;
  /** `sha384-…` for `<script integrity>` (or an import map's `integrity`). */
  integrity: string;
  sourceMap: Buffer | null;
}

export interface WidgetBundle extends WidgetFile {
  /** The chunks this main file can load (directly or through another chunk), by file name. */
  chunks: Map<string, WidgetFile>;
}

export const WIDGET_FILE = 'koinsep-directory.js';

/** A chunk's file name: its content hash is in it, so one name always means the same bytes. */
export const CHUNK_FILE = /^koinsep-[a-z0-9-]+\.[0-9a-f]{10}\.js$/;
const CHUNK_REFERENCE = /koinsep-[a-z0-9-]+\.[0-9a-f]{10}\.js/g;

function readWidgetFile(path: string): WidgetFile {
  const source = readFileSync(path);
  let sourceMap: Buffer | null = null;
  try {
    sourceMap = readFileSync(`${path}.map`);
  } catch {
    // Source maps are optional.
  }
  return {
    source,
    gzip: gzipSync(source, { level: 9 }),
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    hash: createHash('sha256').update(source).digest('hex').slice(0, 10),
    integrity: `sha384-${createHash('sha384').update(source).digest('base64')}`,
    sourceMap,
  };
}

function fileKey(path: string): string | null {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return null;
  }
}

export function createWidgetBundleLoader(distDir: string) {
  const mainPath = join(distDir, WIDGET_FILE);
  let cached: { key: string; bundle: WidgetBundle } | null = null;
  /** Chunks of earlier builds still on disk, for pages that run an older main file. */
  const older = new Map<string, { key: string; file: WidgetFile }>();

  /** The current bundle, or null when the widget has not been built. */
  function load(): WidgetBundle | null {
    const key = fileKey(mainPath);
    if (key === null) {
      cached = null;
      return null;
    }
    if (cached?.key === key) return cached.bundle;
    const main = readWidgetFile(mainPath);
    const chunks = new Map<string, WidgetFile>();
    const pending = [main.source.toString('utf8')];
    while (pending.length) {
      for (const name of pending.pop()!.match(CHUNK_REFERENCE) ?? []) {
        if (chunks.has(name) || name.startsWith('koinsep-directory.')) continue;
        const chunk = readWidgetFile(join(distDir, name));
        chunks.set(name, chunk);
        pending.push(chunk.source.toString('utf8'));
      }
    }
    const bundle = { ...main, chunks };
    cached = { key, bundle };
    return bundle;
  }

  /** A chunk by file name: one of the current build's, or one an earlier build left on disk; null if none. */
  function chunk(name: string): WidgetFile | null {
    if (!CHUNK_FILE.test(name)) return null;
    const current = load()?.chunks.get(name);
    if (current) return current;
    const path = join(distDir, name);
    const key = fileKey(path);
    if (key === null) return null;
    const known = older.get(name);
    if (known?.key === key) return known.file;
    const file = readWidgetFile(path);
    older.set(name, { key, file });
    return file;
  }

  return { load, chunk };
}

/** The best encoding the client accepts: brotli, then gzip, else none. */
export function negotiateEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}
