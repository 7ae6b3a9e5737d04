import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with m = 19 456 KiB, t = 2, p = 1: the OWASP Password Storage Cheat Sheet
 * minimum that ASVS 5.0 (V11.4.2) refers to. Spelled out rather than left to library
 * defaults so that a dependency update cannot weaken it.
 */
const ARGON2_OPTIONS = {
  // Algorithm.Argon2id (a const enum, which isolatedModules cannot import).
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** A real hash of a random password, verified against when the account does not exist. */
let dummyHash: Promise<string> | null = null;

/**
 * Verifies a password. With `storedHash` null (unknown e-mail, no such user) it still
 * runs a full argon2id verification so the answer takes as long as for a real account
 * (no user enumeration by timing, ASVS V6.3.8).
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
