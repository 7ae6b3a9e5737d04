import fp from 'fastify-plugin';
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { bearerMatches } from '../ops/operations-access.ts';
import { createDatabaseStatus } from '../repositories/sqlite/database-status.ts';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: { registry: Registry };
  }
  interface FastifyRequest {
    metricsStart: bigint | null;
  }
}

/**
 * Prometheus metrics (prom-client, one registry per app so tests never share counters):
 * request rate and errors (`http_requests_total` by method, route template and status),
 * latency (`http_request_duration_seconds` histogram by route), load shedding, the
 * process (CPU, memory, event-loop lag), the database size and the last good backup.
 *
 * Exposure (README "Operations"): on the main port only with the METRICS_TOKEN bearer
 * token; or, with METRICS_PORT, on a separate listener (default 127.0.0.1) that
 * server.ts starts with `startMetricsServer`. With neither, /metrics does not exist.
 */
async function metrics(app: FastifyInstance) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  app.decorate('metrics', { registry });
  app.decorateRequest('metricsStart', null);

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  const serverErrors = new Counter({
    name: 'http_server_errors_total',
    help: 'HTTP requests answered with a 5xx status (load shedding included), by route template',
    labelNames: ['route', 'status_code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending the response, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const database = createDatabaseStatus(app.sqlite, app.db);
  new Gauge({
    name: 'koinsep_database_size_bytes',
    help: 'Size of the SQLite database (pages × page size, excluding the WAL)',
    registers: [registry],
    collect() {
      this.set(database.sizeBytes());
    },
  });
  new Gauge({
    name: 'koinsep_backup_last_success_timestamp_seconds',
    help: 'When the last good backup finished (Unix time); 0 when there is none. Alert when it gets old.',
    registers: [registry],
    collect() {
      const last = app.backups.lastSuccess();
      this.set(last ? Date.parse(last.finishedAt) / 1000 : 0);
    },
  });

  app.addHook('onRequest', async (request) => {
    request.metricsStart = process.hrtime.bigint();
  });
  app.addHook('onResponse', async (request, reply) => {
    // Route templates (never raw URLs) keep label cardinality bounded; unknown paths share one label.
    const route = request.routeOptions.url ?? 'unmatched';
    const status = String(reply.statusCode);
    requests.inc({ method: request.method, route, status_code: status });
    if (reply.statusCode >= 500) serverErrors.inc({ route, status_code: status });
    if (request.metricsStart !== null) {
      duration.observe({ method: request.method, route }, Number(process.hrtime.bigint() - request.metricsStart) / 1e9);
    }
  });

  const token = app.config.operations.metricsToken;
  if (token) {
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (!bearerMatches(request.headers.authorization, token)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        return reply.code(401).type('application/problem+json; charset=utf-8').send({
          type: 'https://koinsep.gr/problems/unauthorized',
          title: 'Authentication required',
          status: 401,
          code: 'unauthorized',
          instance: '/metrics',
        });
      }
      reply.type(registry.contentType);
      return registry.metrics();
    });
  }
}

/** The separate metrics listener for METRICS_PORT (no token: bind it to a private address). */
export async function startMetricsServer(app: FastifyInstance, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || (request.url ?? '').split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    app.metrics.registry.metrics().then(
      (body) =>
        response
          .writeHead(200, { 'content-type': app.metrics.registry.contentType, 'cache-control': 'no-store' })
          .end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  return server;
}

export default fp(metrics, { name: 'metrics', dependencies: ['backups'] });
