import { COMMON_PASSWORDS } from '../accounts/common-passwords.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/passwords.ts';

/**
 * 400 naming the field when a new password fails the policy (domain/passwords.ts). The
 * reason is rendered in the reader's language; `reasons` carries every language for the UI.
 */
export function assertAcceptablePassword(password: string, email: string | null, field: string): void {
  const verdict = checkPassword(password, {
    email,
    commonPasswords: COMMON_PASSWORDS.passwords,
    commonWords: COMMON_PASSWORDS.words,
  });
  if (verdict.ok) return;
  throw new InvalidInputError(
    [
      {
        name: field,
        reason: msg(`password.${verdict.problem!}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }),
        in: 'body',
      },
    ],
    {
      code: 'weak_password',
      title: msg('problem.weak_password.title'),
      extra: { passwordProblem: verdict.problem, reasons: verdict.reason },
    },
  );
}
