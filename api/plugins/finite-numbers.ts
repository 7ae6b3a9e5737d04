import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { invalidParameter } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';

/**
 * Ajv coerces "1e309" in a query string to Infinity and then skips its integer and
 * maximum checks (they are guarded by isFinite), so `?page=1e309` reached handlers and
 * crashed the response serializer with a 500. After validation, any non-finite number in
 * the query string or path is a 400 naming the parameter.
 */
async function finiteNumbers(app: FastifyInstance) {
  app.addHook('preHandler', async (request) => {
    for (const [location, values] of [
      ['query', request.query],
      ['path', request.params],
    ] as const) {
      if (!values || typeof values !== 'object') continue;
      for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
        const numbers = Array.isArray(value) ? value : [value];
        if (numbers.some((n) => typeof n === 'number' && !Number.isFinite(n))) {
          throw invalidParameter(name, msg('field.finite_number'), location);
        }
      }
    }
  });
}

export default fp(finiteNumbers, { name: 'finite-numbers' });
