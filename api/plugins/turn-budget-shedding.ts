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

/** Loop iterations (one accepted connection each) allowed between two served requests while connections keep arriving. */
const ACCEPT_SPINS = 16;

interface Queued {
  request: IncomingMessage;
  response: ServerResponse;
  /** performance.now() when Node parsed the request. */
  at: number;
}

/**
 * The request queue with wait-time shedding (issue 17), in front of Fastify.
 *
 * Why a queue: libuv accepts **one connection per event-loop iteration** (libuv 1.45+,
 * "unix: don't accept() connections in a loop", libuv PR 3696; Node 20 ships 1.46). When each
 * iteration serves every request read in it (the routes are synchronous SQLite work, so 200
 * keep-alive clients make an iteration of hundreds of milliseconds), a burst of new connections
 * is accepted a few per second: measured at c=200, 77 at once and then 4–9 per 500 ms, so the
 * last clients' first request sat unread in the accept queue for more than 10 s (the mixed
 * bench's client timeouts), and at c=2000 most connections were never accepted in time (the
 * overload bench's timeouts, with only a few hundred shed).
 *
 * So Node's 'request' event only queues the request (probes excepted: they are served at once);
 * the queue is served in order, one request per loop iteration from a setImmediate, and the loop
 * goes round between requests, accepting a connection and reading what arrived each time. A request that
 * has waited more than `budget` ms when its turn comes (or arrives behind one that has) gets an
 * immediate 503 + Retry-After + Connection: close, written before Fastify sees it: no routing,
 * hooks, logging or serialization, some tens of microseconds each. Closing the connection keeps
 * the set of connections the loop reads every iteration small during a flood, so accepting stays
 * fast; a well-behaved client comes back after Retry-After on a new one.
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
  const dispatch = (request: IncomingMessage, response: ServerResponse) => {
    for (const handler of handlers) handler.call(server, request, response);
  };

  let shedSinceReport = 0;
  let nextReport = 0;
  const queue: Queued[] = [];
  let head = 0;
  let scheduled = false;
  /** A connection was accepted since the last serve(); how many iterations went round for that in a row. */
  let accepting = false;
  let spins = 0;
  server.on('connection', () => {
    accepting = true;
  });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (isProbe(request.url)) {
      dispatch(request, response);
      return;
    }
    const now = performance.now();
    // Behind a request that already waited past the budget, this one would wait longer still.
    if (head < queue.length && now - queue[head]!.at > budgetMs) {
      shed(request, response, now - queue[head]!.at);
      return;
    }
    queue.push({ request, response, at: now });
    if (!scheduled) {
      scheduled = true;
      setImmediate(serve);
    }
  });

  /**
   * Serves the next request (shedding any that waited too long on the way), then lets the loop
   * go round. Fastify continues a request in microtasks, which all run before the loop does:
   * one request per iteration is the only way to bound an iteration by the queue's work.
   */
  function serve() {
    // Connections are arriving (one was accepted this iteration, more may wait): go round again
    // before serving, a few times, so a burst is accepted at the loop's bare speed.
    // Never at the cost of the queue's own budget: not once its head has waited half of it.
    if (
      accepting &&
      spins < ACCEPT_SPINS &&
      !(head < queue.length && performance.now() - queue[head]!.at > budgetMs / 2)
    ) {
      accepting = false;
      spins++;
      setImmediate(serve);
      return;
    }
    spins = 0;
    while (head < queue.length) {
      const { request, response, at } = queue[head]!;
      queue[head++] = undefined as never;
      if (request.socket.destroyed) continue;
      const waited = performance.now() - at;
      if (waited > budgetMs) shed(request, response, waited);
      else {
        dispatch(request, response);
        break;
      }
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    if (head < queue.length) setImmediate(serve);
    else scheduled = false;
  }

  function shed(request: IncomingMessage, response: ServerResponse, waitedMs: number) {
    shedSinceReport++;
    const wall = Date.now();
    // One warning per interval, not one per shed request: logging must not add to the overload.
    if (wall >= nextReport) {
      nextReport = wall + REPORT_EVERY_MS;
      app.log.warn(
        { pressure: 'queueWait', value: Math.round(waitedMs), shed: shedSinceReport },
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
      connection: 'close',
    });
    // A request body, if any, is left unread: drain it so the response is not held up.
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
