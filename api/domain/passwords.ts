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
  reason: { el: string; en: string } | null;
}

const REASONS: Record<PasswordProblem, { el: string; en: string }> = {
  too_short: {
    el: `Ο κωδικός πρέπει να έχει τουλάχιστον ${PASSWORD_MIN_LENGTH} χαρακτήρες. Μια φράση με λίγες λέξεις είναι εύκολη στη μνήμη.`,
    en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long. A phrase of a few words is easy to remember.`,
  },
  too_long: {
    el: `Ο κωδικός μπορεί να έχει έως ${PASSWORD_MAX_LENGTH} χαρακτήρες.`,
    en: `The password can be at most ${PASSWORD_MAX_LENGTH} characters long.`,
  },
  too_common: {
    el: 'Αυτός ο κωδικός είναι από τους πιο συνηθισμένους και δοκιμάζεται πρώτος σε επιθέσεις. Επιλέξτε κάτι λιγότερο προβλέψιμο.',
    en: 'This password is one of the most common ones and is tried first in attacks. Choose something less predictable.',
  },
  too_predictable: {
    el: 'Ο κωδικός είναι προβλέψιμος (επαναλαμβανόμενοι χαρακτήρες, σειρά πλήκτρων ή ψηφίων). Επιλέξτε κάτι λιγότερο προβλέψιμο.',
    en: 'The password is predictable (repeated characters, a keyboard or digit sequence). Choose something less predictable.',
  },
  contains_email: {
    el: 'Ο κωδικός δεν πρέπει να περιέχει τη διεύθυνση e-mail σας.',
    en: 'The password must not contain your e-mail address.',
  },
};

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
    if (lower === lower.slice(0, unit).repeat(Math.ceil(lower.length / unit)).slice(0, lower.length)) return true;
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
  const verdict = (problem: PasswordProblem): PasswordVerdict => ({ ok: false, problem, reason: REASONS[problem] });
  if (length < PASSWORD_MIN_LENGTH) return verdict('too_short');
  if (length > PASSWORD_MAX_LENGTH) return verdict('too_long');
  const lower = password.toLowerCase();
  if (context.commonPasswords.has(lower)) return verdict('too_common');
  const stem = core(lower);
  if (stem.length > 0 && (context.commonPasswords.has(stem) || context.commonWords?.has(stem))) return verdict('too_common');
  if (isPredictable(lower) || (stem.length >= 4 && isPredictable(stem) && stem.length >= lower.length - 6)) {
    return verdict('too_predictable');
  }
  const localPart = context.email?.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return verdict('contains_email');
  return { ok: true, problem: null, reason: null };
}

export function passwordReason(problem: PasswordProblem): { el: string; en: string } {
  return REASONS[problem];
}
