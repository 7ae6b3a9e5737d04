/** The log a service writes to: pino's shape (Fastify's logger fits), without depending on Fastify. */
export interface Logger {
  info(object: Record<string, unknown>, message?: string): void;
  error(object: Record<string, unknown>, message?: string): void;
}

/** The time services read (injectable in tests). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
