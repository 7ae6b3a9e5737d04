import type { Checked, RuleProblem } from '../../domain/consultations/problems.ts';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type ProblemKind,
} from '../../domain/errors.ts';
import type { Lang } from '../../domain/languages.ts';
import { msg, type Message } from '../../domain/messages/index.ts';

/**
 * The consultation rules (api/domain/consultations/) word their refusals in every language at
 * once (`RuleProblem.message`); the problem catalogue renders message ids. This is the one
 * bridge: the text in the actor's language becomes the `{text}` of `consultations.rule`, and the
 * rule's status becomes the typed error of that kind (400 naming each field, 404, 409, 412, 428).
 */

const KIND_OF: Record<RuleProblem['status'], ProblemKind> = {
  400: 'invalid',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed',
  428: 'precondition_required',
};

const text = (problem: RuleProblem, lang: Lang): Message => msg('consultations.rule', { text: problem.message[lang] });

/** Every problem of a refused rule as one typed error (field problems together; otherwise the first). */
export function ruleError(problems: RuleProblem[], lang: Lang): AppError {
  const fields = problems.filter((p) => p.status === 400);
  if (fields.length > 0)
    return new InvalidInputError(
      fields.map((p) => ({ name: p.field ?? 'body', reason: text(p, lang), in: 'body' as const })),
      fields[0]!.code === 'invalid_parameter' ? {} : { code: fields[0]!.code },
    );
  const first = problems[0]!;
  const extra = first.field ? { field: first.field } : {};
  switch (KIND_OF[first.status]) {
    case 'not_found':
      return new NotFoundError('consultation');
    case 'forbidden':
      return new ForbiddenError(text(first, lang), first.code);
    case 'conflict':
      return new ConflictError(first.code, msg('consultations.refused.title'), text(first, lang), { extra });
    default:
      return new AppError(KIND_OF[first.status], first.code, msg('consultations.refused.title'), text(first, lang), {
        extra,
      });
  }
}

/** The checked value, or the rule's refusal thrown as a typed error. */
export function valueOf<T>(result: Checked<T>, lang: Lang): T {
  if (!result.ok) throw ruleError(result.problems, lang);
  return result.value;
}

/** Throws when the rule found problems. */
export function refuseIf(problems: Array<RuleProblem | null>, lang: Lang): void {
  const found = problems.filter((p): p is RuleProblem => p !== null);
  if (found.length > 0) throw ruleError(found, lang);
}
