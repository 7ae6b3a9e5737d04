/**
 * Typed errors, mapped once to RFC 9457 problem details by plugins/problem-details.ts.
 * `code` is stable per kind of error so clients can branch on it.
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

export class InvalidParameterProblem extends HttpProblem {
  constructor(name: string, reason: string, location: 'query' | 'body' | 'path' | 'header' = 'query') {
    super(400, 'invalid_parameter', 'Invalid request', `${name}: ${reason}`, {
      invalidParams: [{ name, reason, in: location }],
    });
  }
}
