import { AppError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';

/**
 * DESIGN §7: a write needs the ETag the client read. No If-Match → 428; another one → 412
 * with the current representation (and its ETag) in the body, so the client can show the
 * conflict and reload without losing what the user typed.
 */
export async function requireIfMatch(
  ifMatch: string | undefined,
  currentEtag: string,
  current: () => Promise<unknown>,
): Promise<void> {
  if (!ifMatch) throw preconditionRequired({ currentEtag });
  const sent = ifMatch.split(',').map((t) => t.trim());
  if (!sent.includes(currentEtag)) {
    throw new AppError(
      'precondition_failed',
      'precondition_failed',
      msg('if_match.failed.title'),
      msg('if_match.failed.detail'),
      {
        extra: { currentEtag, current: await current() },
      },
    );
  }
}

export function preconditionRequired(extra: Record<string, unknown> = {}): AppError {
  return new AppError(
    'precondition_required',
    'precondition_required',
    msg('if_match.required.title'),
    msg('if_match.required.detail'),
    { extra },
  );
}
