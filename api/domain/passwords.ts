import { LANGUAGES, type Lang } from './languages.ts';
import { translate, type Message } from './messages/index.ts';

/**
 * Password rules (OWASP ASVS 5.0 V6.2): at least 12 and at most 128 characters, any
 * characters allowed (no composition rules), checked against a list of common
 * passwords and against obviously predictable shapes. Pure: the caller passes the list.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'too_predictable' | 'contains_email';

export interface PasswordVerdict {
  ok: boolean;
  problem: PasswordProblem | null;
  /** Why, in Greek and English, for the UI and the problem detail. */
  reason: Record<Lang, string> | null;
}

const REASON_PARAMS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

/** Why, in every language of the catalogues (domain/messages). */
function reasonOf(problem: PasswordProblem): Record<Lang, string> {
  const message: Message = { key: `password.${problem}`, params: REASON_PARAMS };
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, translate(message, lang)])) as Record<Lang, string>;
}

const SEQUENCES = [
  '0123456789012345678901234567890',
  '9876543210987654321098765432109',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm',
  'azertyuiopqsdfghjklmwxcvbnazertyuiopqsdfghjklmwxcvbn',
  'ςερτυθιοπασδφγηξκλζχψωβνμςερτυθιοπασδφγηξκλζχψωβνμ',
  'αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψω',
];

/** Only the same few characters, or one run along a keyboard row, the alphabet or the digits. */
function isPredictable(lower: string): boolean {
  const distinct = new Set(lower).size;
  if (distinct <= 3) return true;
  // A short unit repeated: "abcabcabcabc", "12341234123412".
  for (let unit = 1; unit <= lower.length / 3; unit++) {
    if (
      lower ===
      lower
        .slice(0, unit)
        .repeat(Math.ceil(lower.length / unit))
        .slice(0, lower.length)
    )
      return true;
  }
  const reversed = [...lower].reverse().join('');
  return SEQUENCES.some((sequence) => sequence.includes(lower) || sequence.includes(reversed));
}

/** The common word at the heart of "Password2026!" or "123qwertyuiop": strip digits and symbols at both ends. */
function core(lower: string): string {
  return lower.replace(/^[\d\W_]+/u, '').replace(/[\d\W_]+$/u, '');
}

export function checkPassword(
  password: string,
  context: { email?: string | null; commonPasswords: ReadonlySet<string>; commonWords?: ReadonlySet<string> },
): PasswordVerdict {
  const length = [...password].length;
  const verdict = (problem: PasswordProblem): PasswordVerdict => ({ ok: false, problem, reason: reasonOf(problem) });
  if (length < PASSWORD_MIN_LENGTH) return verdict('too_short');
  if (length > PASSWORD_MAX_LENGTH) return verdict('too_long');
  const lower = password.toLowerCase();
  if (context.commonPasswords.has(lower)) return verdict('too_common');
  const stem = core(lower);
  if (stem.length > 0 && (context.commonPasswords.has(stem) || context.commonWords?.has(stem)))
    return verdict('too_common');
  if (isPredictable(lower) || (stem.length >= 4 && isPredictable(stem) && stem.length >= lower.length - 6)) {
    return verdict('too_predictable');
  }
  const localPart = context.email?.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return verdict('contains_email');
  return { ok: true, problem: null, reason: null };
}
