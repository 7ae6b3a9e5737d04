import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';

/**
 * A small LRU of serialized responses for hot public reads (the directory search the
 * widget calls on every keystroke). Entries belong to a data version: when the version
 * changes (any indexed write, any reference reload) every entry is dropped at once.
 */
export interface CachedResponse {
  /**
   * The body as UTF-8 bytes, encoded once: a string body is measured (Buffer.byteLength) and
   * encoded again on every send, which for a 20–25 kB Greek search answer was a large part of
   * serving it from the cache (profile of the search bench, issue 17).
   */
  payload: Buffer;
  etag: string;
  /** The same bytes compressed, made on the first request that accepts each encoding. */
  encoded: Partial<Record<ContentCoding, Buffer>>;
}

/** Codings a cached answer is offered in besides identity, the server's preference first. */
const CODINGS = ['br', 'gzip'] as const;
type ContentCoding = (typeof CODINGS)[number];

/**
 * Brotli quality 5, not the default 11: on a 25 kB search answer 11 takes about 23 ms for 4.9 kB,
 * 5 about 0.4 ms for 5.5 kB (gzip level 6: 0.4 ms, 5.8 kB). Done once per answer and data version.
 */
const compressors: Record<ContentCoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};

/** Below this an answer is sent as it is: compressing a few hundred bytes saves nothing worth a header. */
const MIN_COMPRESSED_BYTES = 1024;

export function createResponseCache(maxEntries: number) {
  const entries = new Map<string, CachedResponse>();
  let version: string | null = null;

  function checkVersion(current: string) {
    if (current !== version) {
      entries.clear();
      version = current;
    }
  }

  const cache = {
    get(key: string, currentVersion: string): CachedResponse | undefined {
      checkVersion(currentVersion);
      const hit = entries.get(key);
      if (hit) {
        // Re-insert to mark as most recently used.
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(key: string, currentVersion: string, body: string): CachedResponse {
      checkVersion(currentVersion);
      const payload = Buffer.from(body, 'utf8');
      const entry = { payload, etag: createHash('sha1').update(payload).digest('base64url'), encoded: {} };
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return entry;
    },
    /**
     * Answers from the cache, or makes the answer (`answer()`), serializes it with the route's
     * response schema (the whitelist) and keeps it for repeats; then sends it (sendCached).
     */
    serve<Reply extends CachingReply>(
      request: CachedRequest,
      reply: Reply,
      key: string,
      currentVersion: string,
      answer: () => unknown,
    ): Reply {
      const entry =
        cache.get(key, currentVersion) ?? cache.set(key, currentVersion, reply.serialize(answer()) as string);
      sendCached(request, reply, entry);
      return reply;
    },
  };
  return cache;
}

interface CachedRequest {
  headers: { 'accept-encoding'?: string };
}

interface CachingReply {
  header(name: string, value: string): unknown;
  type(contentType: string): unknown;
  send(body: never): unknown;
  serialize(payload: unknown): unknown;
}

// Browsers send the same Accept-Encoding on every request: negotiate each distinct value once.
let lastAccept: string | undefined;
let lastCoding: ContentCoding | null = null;

/** The coding to send for an Accept-Encoding header (RFC 9110 §12.5.3, q-values included), or null for identity. */
export function preferredCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  if (acceptEncoding !== lastAccept) {
    lastCoding = negotiate<ContentCoding>(acceptEncoding, [...CODINGS]);
    lastAccept = acceptEncoding;
  }
  return lastCoding;
}

/**
 * Sends a cached, already serialized JSON body with its strong ETag (@fastify/etag answers 304s),
 * compressed when the client accepts br or gzip. The compressed bytes are kept with the entry, so a
 * repeat costs no compression: the widget's 25 kB answers travel as about 5.5 kB.
 */
function sendCached(request: CachedRequest, reply: Omit<CachingReply, 'serialize'>, entry: CachedResponse): void {
  reply.type('application/json; charset=utf-8');
  reply.header('vary', 'accept-encoding');
  const coding =
    entry.payload.length >= MIN_COMPRESSED_BYTES ? preferredCoding(request.headers['accept-encoding']) : null;
  if (!coding) {
    reply.header('etag', `"${entry.etag}"`);
    // The bytes are sent as they are: they were produced by the route's own response serializer.
    reply.send(entry.payload as never);
    return;
  }
  const body = (entry.encoded[coding] ??= compressors[coding](entry.payload));
  // A strong ETag names one representation (RFC 9110 §8.8.3): the coded bytes get their own.
  reply.header('etag', `"${entry.etag}-${coding}"`);
  reply.header('content-encoding', coding);
  reply.send(body as never);
}
