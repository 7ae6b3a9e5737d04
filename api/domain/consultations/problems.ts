/**
 * How the consultation rules say "no": a problem with the HTTP status it maps to, a stable
 * `code` clients branch on, the field it is about (as the API names it) and the text in
 * every language. The rules stay pure (no Fastify, no database); the services turn a
 * problem into an RFC 9457 problem+json once, in the request's language.
 */

/** A text people read, in every language of the directory (Greek first). */
export interface Bilingual {
  el: string;
  en: string;
}

/** 412: the If-Match version is stale; 428: a change without If-Match. */
export type ProblemStatus = 400 | 403 | 404 | 409 | 412 | 428;

export interface RuleProblem {
  status: ProblemStatus;
  code: string;
  /** The API field the problem is about (`deadline`, `evaluation.criteria[1].weight`), or null. */
  field: string | null;
  message: Bilingual;
}

/** What a parse or check gives back: the clean value, or every problem found (never half of both). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: RuleProblem[] };

export function problem(
  status: ProblemStatus,
  code: string,
  field: string | null,
  el: string,
  en: string,
): RuleProblem {
  return { status, code, field, message: { el, en } };
}

/** 400 about one field. */
export function invalid(field: string, el: string, en: string, code = 'invalid_parameter'): RuleProblem {
  return problem(400, code, field, el, en);
}

export function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function failed<T>(problems: RuleProblem[]): Checked<T> {
  return { ok: false, problems };
}

/** The value when there is no problem; otherwise the problems (the caller reports them all). */
export function checked<T>(problems: RuleProblem[], value: () => T): Checked<T> {
  return problems.length > 0 ? failed(problems) : ok(value());
}
