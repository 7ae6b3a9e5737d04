import { createHash } from 'node:crypto';

/**
 * Namespace for every id the seed derives. Changing it changes every demo id,
 * so it is fixed here once (a random v4 UUID chosen for this project).
 */
export const SEED_NAMESPACE = '6f1d2c3a-8b4e-4f7a-9c21-5e0b7d9a4c18';

function uuidToBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`Not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

/**
 * RFC 9562 UUID version 5 (SHA-1, name-based): the same name always gives the same
 * id, so demo rows keep their ids across runs and machines.
 */
export function stableUuid(name: string, namespace: string = SEED_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidToBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
