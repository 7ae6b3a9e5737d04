import { monitorEventLoopDelay } from 'node:perf_hooks';
import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** How long the server has been shedding without a pause (for /readyz). */
    loadShedding: SheddingState;
  }
  interface FastifyContextConfig {
    /** under-pressure's per-route override (see `neverShed`). */
    pressureHandler?: (request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => void;
  }
}

/** The error a shed request gets: 503 problem+json; under-pressure adds Retry-After. */
class OverloadedProblem extends AppError {
  constructor() {
    super('unavailable', 'overloaded', msg('problem.overloaded.title'), msg('problem.overloaded.detail'));
  }
}

/**
 * Load shedding with @fastify/under-pressure: when the event loop lags (mean delay over
 * the last second) or, if configured, its utilisation or the heap exceed their limits,
 * new requests get an immediate 503 + Retry-After instead of queueing until every
 * client times out. The probes (/healthz, /readyz, /metrics) are never shed, so a busy
 * server is not mistaken for a dead one and restarted.
 * Thresholds: LOAD_SHED_* settings (README "Operations"); 0 turns a check off.
 */
async function loadShedding(app: FastifyInstance) {
  const {
    loadShedMaxEventLoopDelayMs,
    loadShedMaxEventLoopUtilization,
    loadShedMaxHeapUsedBytes,
    loadShedRetryAfterSeconds,
    loadShedMaxInFlight,
  } = app.config.operations;
  const state = new SheddingState();
  app.decorate('loadShedding', state);
  if (loadShedMaxInFlight) shedBeyondInFlight(app, state, loadShedMaxInFlight, loadShedRetryAfterSeconds);
  if (!loadShedMaxEventLoopDelayMs && !loadShedMaxEventLoopUtilization && !loadShedMaxHeapUsedBytes) return;
  // Start-up work (migrations, search index) blocks the loop before the server listens; the
  // first samples would shed the first requests of a healthy server. Judge only after
  // two clean sampling intervals.
  let judgeAfter = Number.POSITIVE_INFINITY;
  let nextReport = 0;
  let shedSinceReport = 0;
  app.addHook('onReady', async () => {
    judgeAfter = Date.now() + 2 * SAMPLE_INTERVAL_MS;
  });
  // Event-loop delay is sampled here rather than by under-pressure, which reads a sampling
  // window without a single measurement as an infinite delay and so shed a healthy server
  // under ordinary load (thousands of false 503s at 200 connections). A window without
  // samples carries no news: the previous verdict stands.
  let delayOk = true;
  let lastDelayMs = 0;
  const histogram = loadShedMaxEventLoopDelayMs ? monitorEventLoopDelay({ resolution: RESOLUTION_MS }) : null;
  histogram?.enable();
  app.addHook('onClose', async () => histogram?.disable());
  await app.register(underPressure, {
    healthCheck: async () => {
      if (histogram && histogram.count > 0) {
        lastDelayMs = Math.max(0, histogram.mean / 1e6 - RESOLUTION_MS);
        delayOk = lastDelayMs <= loadShedMaxEventLoopDelayMs;
        histogram.reset();
      }
      return delayOk;
    },
    healthCheckInterval: SAMPLE_INTERVAL_MS,
    maxEventLoopUtilization: loadShedMaxEventLoopUtilization,
    maxHeapUsedBytes: loadShedMaxHeapUsedBytes,
    retryAfter: loadShedRetryAfterSeconds,
    sampleInterval: SAMPLE_INTERVAL_MS,
    pressureHandler: async (request, reply, type, value) => {
      const now = Date.now();
      if (now < judgeAfter) return;
      state.recordShed(now);
      shedSinceReport++;
      // One warning per interval, not one per shed request: logging must not add to the overload.
      if (now >= nextReport) {
        nextReport = now + REPORT_EVERY_MS;
        const measured =
          type === 'healthCheck'
            ? { pressure: 'eventLoopDelay', value: Math.round(lastDelayMs) }
            : { pressure: type, value };
        request.log.warn({ ...measured, shed: shedSinceReport }, 'shedding load: answering 503 + Retry-After');
        shedSinceReport = 0;
      }
      reply.header('retry-after', String(loadShedRetryAfterSeconds));
      throw new OverloadedProblem();
    },
  });
}

/**
 * Whether shedding has gone on without a pause: a shed request less than `GAP_MS` after
 * the previous one continues the episode. /readyz turns 503 once an episode outlasts
 * LOAD_SHED_READINESS_AFTER_SECONDS, so a load balancer can move traffic away while
 * /healthz (liveness) stays 200 and nobody restarts a busy but healthy process.
 */
export class SheddingState {
  private episodeStart: number | null = null;
  private lastShed = 0;

  recordShed(now = Date.now()): void {
    if (this.episodeStart === null || now - this.lastShed > GAP_MS) this.episodeStart = now;
    this.lastShed = now;
  }

  /** Milliseconds of uninterrupted shedding up to `now` (0 when not shedding). */
  sheddingForMs(now = Date.now()): number {
    if (this.episodeStart === null || now - this.lastShed > GAP_MS) return 0;
    return now - this.episodeStart;
  }
}

/**
 * Queue-length shedding. A flood of connections shows up as requests waiting, not as a
 * long event-loop delay (each loop turn stays short while thousands wait their turn), so
 * the delay check alone let 2,000 connections push latency past a second without a
 * single 503. Past `limit` requests in progress, new ones get an immediate 503 +
 * Retry-After, which costs almost nothing to answer. The probes are never shed.
 *
 * A request counts from the moment its body has arrived (preValidation), not from its
 * headers: otherwise a few hundred anonymous connections that send a body one byte every
 * few seconds hold every slot and the whole site answers 503 (issue 15). Such clients
 * cost a socket, not work, and the request time limit (REQUEST_TIMEOUT_SECONDS) ends them.
 */
function shedBeyondInFlight(app: FastifyInstance, state: SheddingState, limit: number, retryAfterSeconds: number) {
  let inFlight = 0;
  let nextReport = 0;
  let shedSinceReport = 0;
  const isProbe = (request: FastifyRequest) =>
    request.routeOptions.config.pressureHandler === neverShed.pressureHandler;
  app.addHook('onRequest', async (request, reply) => {
    if (isProbe(request)) return;
    if (inFlight >= limit) {
      const now = Date.now();
      state.recordShed(now);
      shedSinceReport++;
      if (now >= nextReport) {
        nextReport = now + REPORT_EVERY_MS;
        request.log.warn(
          { pressure: 'inFlight', value: inFlight, shed: shedSinceReport },
          'shedding load: answering 503 + Retry-After',
        );
        shedSinceReport = 0;
      }
      reply.header('retry-after', String(retryAfterSeconds));
      throw new OverloadedProblem();
    }
  });
  app.addHook('preValidation', async (request, reply) => {
    if (isProbe(request)) return;
    inFlight++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    reply.raw.once('finish', finish);
    reply.raw.once('close', finish);
  });
}

const SAMPLE_INTERVAL_MS = 500;
const RESOLUTION_MS = 10;
const REPORT_EVERY_MS = 5_000;
/** Shed requests further apart than this end a shedding episode. */
const GAP_MS = 2_000;

/** Route config for endpoints that must answer even under pressure. */
export const neverShed = { pressureHandler: () => undefined };

export default fp(loadShedding, { name: 'load-shedding', dependencies: ['problem-details'] });
