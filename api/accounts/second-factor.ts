import type { Kysely, Transaction } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/schema.ts';
import { acceptTotp, hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './totp.ts';

/**
 * Checks a second-factor code: a TOTP code (each time step accepted once) or an unused
 * recovery code (spent on use). The conditional updates make a concurrent replay lose.
 */
export async function verifySecondFactor(db: Kysely<Database>, userId: string, code: string): Promise<'totp' | 'recovery_code' | null> {
  const totp = await db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!totp?.confirmed_at) return null;
  const digits = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(digits)) {
    const step = acceptTotp(totp.secret, digits, totp.last_used_step);
    if (step === null) return null;
    const updated = await db
      .updateTable('user_totp')
      .set({ last_used_step: step })
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1 ? 'totp' : null;
  }
  if (looksLikeRecoveryCode(code)) {
    const updated = await db
      .updateTable('recovery_codes')
      .set({ used_at: new Date().toISOString() })
      .where('user_id', '=', userId)
      .where('code_hash', '=', hashRecoveryCode(code))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1 ? 'recovery_code' : null;
  }
  return null;
}

/** Replaces a user's recovery codes with 10 new ones; returns them (the only time they are readable). */
export async function replaceRecoveryCodes(db: Kysely<Database> | Transaction<Database>, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const now = new Date().toISOString();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ id: randomUUID(), user_id: userId, code_hash: hashRecoveryCode(code), used_at: null, created_at: now })))
    .execute();
  return codes;
}
