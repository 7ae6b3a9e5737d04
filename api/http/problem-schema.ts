import { Type } from 'typebox';

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    invalidParams: Type.Optional(
      Type.Array(Type.Object({ name: Type.String(), reason: Type.String(), in: Type.Optional(Type.String()) })),
    ),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
);

/** Use in route schemas: `response: { 200: X, ...problemResponses(400, 404) }`. */
export function problemResponses(...codes: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const code of codes) out[code] = { $ref: 'Problem#' };
  return out;
}
