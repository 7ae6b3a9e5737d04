import { createHash } from 'node:crypto';

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
}

export function createResponseCache(maxEntries: number) {
  const entries = new Map<string, CachedResponse>();
  let version: string | null = null;

  function checkVersion(current: string) {
    if (current !== version) {
      entries.clear();
      version = current;
    }
  }

  return {
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
      const entry = { payload, etag: `"${createHash('sha1').update(payload).digest('base64url')}"` };
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return entry;
    },
  };
}

/** Sends a cached, already serialized JSON body with its strong ETag (@fastify/etag answers 304s). */
export function sendCached(
  reply: {
    header(name: string, value: string): unknown;
    type(contentType: string): unknown;
    send(body: never): unknown;
  },
  entry: CachedResponse,
): void {
  reply.header('etag', entry.etag);
  reply.type('application/json; charset=utf-8');
  // The bytes are sent as they are: they were produced by the route's own response serializer.
  reply.send(entry.payload as never);
}
