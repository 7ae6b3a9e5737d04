import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HttpLimits } from '../config.ts';

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The Node HTTP server behind Fastify, with every time limit set (Fastify's own defaults
 * leave `requestTimeout` and the idle timeout at 0, i.e. none). A client that sends its
 * headers or body a byte every few seconds is cut off at `requestTimeoutMs` (Node answers
 * 408) instead of holding a request open for as long as it likes; the server checks for
 * such requests every `timeoutCheckIntervalMs`.
 */
export function httpServerFactory(limits: HttpLimits) {
  return (handler: RequestHandler): Server => {
    const server = createServer(
      {
        requestTimeout: limits.requestTimeoutMs,
        headersTimeout: limits.headersTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
      },
      handler,
    );
    server.setTimeout(limits.idleTimeoutMs);
    return server;
  };
}
