import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

/**
 * Listen backlog for `app.listen` (server.ts). Node's default, 511, is far below a burst of
 * 2,000 connections: the kernel then drops the handshakes beyond it, and those clients retry
 * after 1, 3, 7 s and time out without the server ever seeing them (issue 17: 1,269
 * timeouts, 0 shed). The kernel caps it at net.core.somaxconn (4096 on current Linux).
 */
export const LISTEN_BACKLOG = 4096;

/** Probes answer even while everything else is shed (see load-shedding.ts `neverShed`). */
const PROBES = ['/healthz', '/readyz', '/metrics'];

/**
 * Turn-budget shedding (issue 17), in front of Fastify.
 *
 * Requests do not queue inside Node: they wait, unread, in the kernel's socket buffers while
 * the event loop works through the ready sockets of one turn, one request after another
 * (the routes are synchronous SQLite work). Neither the in-flight count (a synchronous request
 * is never "in flight" alongside another) nor the mean event-loop delay over half a second
 * sees that queue before clients time out. What does see it is the time already spent in the
 * current turn: a request read `budget` ms into a turn has waited at least that long, and would
 * wait for everything read after it too. Past the budget, every further request of the turn
 * (probes excepted) gets an immediate 503 + Retry-After, written before Fastify sees it: no
 * routing, hooks, logging or serialization, some tens of microseconds each, so a flood is
 * answered at a fraction of the cost of serving it and the turn ends soon after the budget.
 *
 * This is the first of three shedding layers; the others stay as they were
 * (load-shedding.ts): in-flight requests past LOAD_SHED_MAX_IN_FLIGHT (counted in Fastify
 * hooks) and a mean event-loop delay past LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS. It wraps the Node
 * server's 'request' listener, so it works with any server factory.
 */
async function turnBudgetShedding(app: FastifyInstance) {
  const budgetMs = app.config.operations.loadShedTurnBudgetMs;
  if (!budgetMs) return;
  const retryAfter = String(app.config.operations.loadShedRetryAfterSeconds);
  const server = app.server;
  const handlers = server.listeners('request') as Array<(request: IncomingMessage, response: ServerResponse) => void>;
  server.removeAllListeners('request');

  let turnStart = -1;
  const endTurn = () => {
    turnStart = -1;
  };
  let shedSinceReport = 0;
  let nextReport = 0;

  /** Time spent in this turn so far; the first event of a turn starts it, the check phase right after the poll phase ends it. */
  const inTurn = (now: number) => {
    if (turnStart >= 0) return now - turnStart;
    turnStart = now;
    setImmediate(endTurn);
    return 0;
  };
  // Accepting a burst of new connections is work of the turn too (a parser and socket each).
  server.on('connection', () => inTurn(performance.now()));
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const now = performance.now();
    if (inTurn(now) > budgetMs && !isProbe(request.url)) {
      shed(request, response, now - turnStart);
      return;
    }
    for (const handler of handlers) handler.call(server, request, response);
  });

  function shed(request: IncomingMessage, response: ServerResponse, waitedMs: number) {
    shedSinceReport++;
    const wall = Date.now();
    // One warning per interval, not one per shed request: logging must not add to the overload.
    if (wall >= nextReport) {
      nextReport = wall + REPORT_EVERY_MS;
      app.log.warn(
        { pressure: 'turnBudget', value: Math.round(waitedMs), shed: shedSinceReport },
        'shedding load: answering 503 + Retry-After',
      );
      shedSinceReport = 0;
    }
    const path = (request.url ?? '/').split('?')[0]!;
    const body = JSON.stringify({
      type: 'https://koinsep.gr/problems/overloaded',
      title: 'Server overloaded',
      status: 503,
      code: 'overloaded',
      detail: 'The server is too busy right now; try again after the Retry-After delay',
      instance: path,
    });
    response.writeHead(503, {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'retry-after': retryAfter,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    // A request body, if any, is left unread: drain it so the connection stays usable.
    request.resume();
    response.end(body);
  }
}

function isProbe(url: string | undefined): boolean {
  if (!url) return false;
  const path = url.split('?')[0];
  return PROBES.includes(path!);
}

const REPORT_EVERY_MS = 5_000;

export default fp(turnBudgetShedding, { name: 'turn-budget-shedding' });
