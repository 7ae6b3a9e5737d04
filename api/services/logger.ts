/** The log a service writes to: pino's shape (Fastify's logger fits), without depending on Fastify. */
export interface Logger {
  info(object: Record<string, unknown>, message?: string): void;
  error(object: Record<string, unknown>, message?: string): void;
}

/** The time services read (injectable in tests). */
/** The site's public address: read at each use (the config object itself, so a change applies at once). */
export interface Site {
  readonly publicOrigin: string;
}

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
