import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { checkAnyText } from '../domain/text-hygiene.ts';
import { invalidParameter } from '../domain/errors.ts';

/** Secrets are compared byte for byte with what was set: never rewritten. */
const SECRET_KEY = /password|secret|token|recoveryCode/i;
const MAX_DEPTH = 32;

/**
 * Every text in a JSON body or query string, whatever the route (issue 15, item 8): bidi
 * controls, control characters other than tab and line breaks, and lone surrogates are a
 * 400 naming the field; everything else is normalised to NFC in place, so the route, the
 * database and the search index all see one spelling. Per-field rules (one-line fields)
 * are the domain's (profile-changes.ts); this is the floor under every route.
 */
async function textHygiene(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    request.body = clean(request.body, 'body', '', 0);
    request.query = clean(request.query, 'query', '', 0);
  });
}

function clean(value: unknown, location: 'body' | 'query', path: string, depth: number): unknown {
  if (typeof value === 'string') {
    const checked = checkAnyText(value);
    if (!checked.ok) throw invalidParameter(path || location, checked.problem, location);
    return checked.value;
  }
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = clean(value[i], location, `${path}[${i}]`, depth + 1);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const name = path ? `${path}.${key}` : key;
    const keyCheck = checkAnyText(key);
    if (!keyCheck.ok) throw invalidParameter(name, keyCheck.problem, location);
    if (SECRET_KEY.test(key)) continue;
    record[key] = clean(record[key], location, name, depth + 1);
  }
  return value;
}

export default fp(textHygiene, { name: 'text-hygiene' });
