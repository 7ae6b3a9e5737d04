import type { FastifyInstance } from 'fastify';

/**
 * Graceful drain for SIGTERM. Node's `server.close()` (and so Fastify's `app.close()`)
 * resolves before requests still in flight have been answered — a slow upload would be
 * cut off and its write lost when the process exits. So the app counts requests in
 * flight (until their response is finished or the client gave up) and, in `preClose`
 * (new requests already get 503 + Connection: close), waits until none are left.
 * close-with-grace's delay in server.ts bounds the wait.
 */
export function drainOnClose(app: FastifyInstance): { inFlight(): number } {
  let inFlight = 0;
  let idle: (() => void) | null = null;
  app.addHook('onRequest', async (_request, reply) => {
    inFlight++;
    reply.raw.once('close', () => {
      inFlight--;
      if (inFlight === 0 && idle) idle();
    });
  });
  app.addHook('preClose', async () => {
    if (inFlight === 0) return;
    app.log.info({ inFlight }, 'waiting for requests in flight');
    await new Promise<void>((resolveIdle) => (idle = resolveIdle));
  });
  return { inFlight: () => inFlight };
}
