import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The built widget (dist/widget/koinsep-directory.js), held in memory with its
 * content hash, Subresource Integrity digest and pre-compressed copies. Re-read when the
 * file changes (a rebuild while the server runs), so a deploy never serves a stale hash.
 */
export interface WidgetBundle {
  source: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  /** First 10 hex digits of the SHA-256 of the file: names the immutable copy. */
  hash: string;
  /** `sha384-…` for `<script integrity>`. */
  integrity: string;
  sourceMap: Buffer | null;
}

export const WIDGET_FILE = 'koinsep-directory.js';

export function createWidgetBundleLoader(distDir: string) {
  const path = join(distDir, WIDGET_FILE);
  let cached: { key: string; bundle: WidgetBundle } | null = null;

  /** The current bundle, or null when the widget has not been built. */
  return function load(): WidgetBundle | null {
    let key: string;
    try {
      const stat = statSync(path);
      key = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      cached = null;
      return null;
    }
    if (cached?.key === key) return cached.bundle;
    const source = readFileSync(path);
    let sourceMap: Buffer | null = null;
    try {
      sourceMap = readFileSync(`${path}.map`);
    } catch {
      // Source maps are optional.
    }
    const bundle: WidgetBundle = {
      source,
      gzip: gzipSync(source, { level: 9 }),
      brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      hash: createHash('sha256').update(source).digest('hex').slice(0, 10),
      integrity: `sha384-${createHash('sha384').update(source).digest('base64')}`,
      sourceMap,
    };
    cached = { key, bundle };
    return bundle;
  };
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
