import { InvalidInputError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';

/** Why a one-time link (password reset, invitation) cannot be used: 400 naming `token`. */
export function tokenProblem(
  kind: 'invalid' | 'expired' | 'used',
  link: 'password_reset' | 'invitation',
): InvalidInputError {
  const reason = msg(`token.${kind}.${link}`);
  return new InvalidInputError([{ name: 'token', reason, in: 'body' }], {
    code: `token_${kind}`,
    title: msg('token.title'),
    detail: reason,
  });
}
