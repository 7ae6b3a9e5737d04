import { resolve } from 'node:path';

/** Everything the app reads from the environment, read once by server.ts. Tests build it by hand. */
export interface AppConfig {
  port: number;
  host: string;
  databasePath: string;
  logLevel: string;
  /** The origin users reach us at (links in e-mails, widget snippet, sitemap). */
  publicOrigin: string;
  /** Load the demo enterprises and accounts on first run. */
  demoData: boolean;
  /** Where `vite build` put the widget and the staff app. */
  webDistDir: string;
  /** Trust X-Forwarded-* from a reverse proxy (true, a hop count, or a comma list of addresses). */
  trustProxy: boolean | number | string;
}

export class ConfigError extends Error {}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'off', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be on or off, got "${value}"`);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be 0–65535, got "${value}"`);
  return port;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (['true', 'on', 'false', 'off'].includes(value)) return parseBoolean('TRUST_PROXY', value, false);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const port = parsePort(env.PORT);
  const host = env.HOST || '127.0.0.1';
  const publicOrigin = (env.PUBLIC_ORIGIN || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/$/, '');
  try {
    new URL(publicOrigin);
  } catch {
    throw new ConfigError(`PUBLIC_ORIGIN must be an absolute URL, got "${publicOrigin}"`);
  }
  return {
    port,
    host,
    databasePath: resolve(cwd, env.DATABASE_PATH || 'data/koinsep.sqlite'),
    logLevel: env.LOG_LEVEL || 'info',
    publicOrigin,
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, true),
    webDistDir: resolve(cwd, env.WEB_DIST_DIR || 'dist'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

/** A config for tests and tools: everything explicit, nothing from the environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databasePath: ':memory:',
    logLevel: 'silent',
    publicOrigin: 'http://127.0.0.1:3000',
    demoData: false,
    webDistDir: resolve(process.cwd(), 'dist'),
    trustProxy: false,
    ...overrides,
  };
}
