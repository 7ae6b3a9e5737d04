/**
 * Problems with literal (untranslated) texts, still raised by the widget routes. New code
 * throws the typed errors of api/domain/errors.ts, whose texts are in the message
 * catalogues; api/http/problem-details.ts renders both (a 5xx of these without its detail).
 */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export class NotFoundProblem extends HttpProblem {
  constructor(what: string, detail?: string) {
    super(404, 'not_found', `${what} not found`, detail);
  }
}
