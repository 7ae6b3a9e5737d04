import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONSULTATION_RULES, parseMinDeadlineMinutes } from './domain/consultations/consultation-config.ts';
import {
  readAccountsConfig,
  testAccountsConfig,
  AccountsConfigError,
  type AccountsConfig,
} from './accounts/accounts-config.ts';

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
  /** Accounts and security (issue 4): mail, session lifetimes, brute-force limits. */
  accounts: AccountsConfig;
  /** Operations (issue 8): metrics, backups, load shedding. See README "Operations". */
  operations: OperationsConfig;
  /** Self-service (issue 5): where uploaded documents and logos are stored (UPLOAD_DIR). */
  uploadDir: string;
  /** Minutes between runs of the document-expiry notices job (EXPIRY_CHECK_INTERVAL_MINUTES); 0 = off. */
  expiryCheckIntervalMinutes: number;
  /** Requests for quotes (issue 13): the shortest time between publishing and the deadline (CONSULTATION_MIN_DEADLINE_MINUTES). */
  consultationMinDeadlineMinutes: number;
  /** Minutes between runs of the job that closes requests whose deadline passed; 0 = off (reads close them anyway). */
  consultationCloseIntervalMinutes: number;
  /** Who issues the generated documents (invitation, minutes, council report): AUTHORITY_NAME, AUTHORITY_CONTACT (lines split by `|`). */
  authority: { name: string; contactLines: string[] };
  /** List open requests marked for it on the public pages and in the widget (PUBLIC_CONSULTATIONS, off by default). */
  publicConsultations: boolean;
  /** The map's background tiles (issue 16): MAP_TILE_URL and MAP_ATTRIBUTION. */
  map: MapConfig;
}

/** Where the map's background tiles come from; the CSP's img-src allows the tile URL's origin. */
export interface MapConfig {
  /** A Leaflet tile URL template with {z}, {x}, {y} (and optionally {s}, {r}). */
  tileUrl: string;
  /** The attribution the tile provider requires, shown on every map (plain text). */
  attribution: string;
}

/** OpenStreetMap's standard tiles; their usage policy asks for this attribution. */
export const DEFAULT_MAP_CONFIG: MapConfig = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
};

function readMapConfig(env: NodeJS.ProcessEnv): MapConfig {
  const tileUrl = env.MAP_TILE_URL || DEFAULT_MAP_CONFIG.tileUrl;
  let parsed: URL;
  try {
    parsed = new URL(tileUrl.replace(/\{[a-z]\}/g, '0'));
  } catch {
    throw new ConfigError(`MAP_TILE_URL must be an absolute URL, got "${tileUrl}"`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || !['{z}', '{x}', '{y}'].every((p) => tileUrl.includes(p)))
    throw new ConfigError(`MAP_TILE_URL must be an http(s) URL with {z}, {x} and {y}, got "${tileUrl}"`);
  return { tileUrl, attribution: env.MAP_ATTRIBUTION || DEFAULT_MAP_CONFIG.attribution };
}

export interface OperationsConfig {
  /** Bearer token that opens /metrics on the main port; null = not served there. */
  metricsToken: string | null;
  /** Serve /metrics (no token) on this separate port, bound to metricsHost; null = no separate listener. */
  metricsPort: number | null;
  metricsHost: string;
  /** Bearer token for the operations API (on-demand backups) used by automation; null = only signed-in admins. */
  operationsToken: string | null;
  /** Folder for scheduled and on-demand backups; null = backups through the API and the schedule are off. */
  backupDir: string | null;
  /** How many backups to keep in backupDir (oldest deleted first). */
  backupKeep: number;
  /** Minutes between scheduled backups; 0 = no schedule (only on demand). */
  backupIntervalMinutes: number;
  /** Shed load (503 + Retry-After) when the mean event-loop delay exceeds this many ms; 0 = off. */
  loadShedMaxEventLoopDelayMs: number;
  /** Shed load when event-loop utilisation exceeds this fraction (0–1); 0 = off. */
  loadShedMaxEventLoopUtilization: number;
  /** Shed load when the V8 heap exceeds this many bytes; 0 = off. */
  loadShedMaxHeapUsedBytes: number;
  /** Seconds sent in Retry-After with a 503 while shedding load. */
  loadShedRetryAfterSeconds: number;
  /** Shed requests that waited this long in the request queue (plugins/turn-budget-shedding.ts); 0 = off (no queue). */
  loadShedTurnBudgetMs: number;
  /** Shed new requests while more than this many are already being served; 0 = off. */
  loadShedMaxInFlight: number;
  /** Seconds of continuous shedding after which /readyz answers 503 (a load balancer sends traffic elsewhere). */
  loadShedReadinessAfterSeconds: number;
  /** Requests per minute per client address to the heavy open-data reads (/hsds/datapackage.zip, /hsds/services?search=). */
  heavyRequestsPerIpPerMinute: number;
  /** Time limits on the HTTP connection (README "Operations"); slow clients cannot hold the server. */
  http: HttpLimits;
}

export interface HttpLimits {
  /** The whole request, headers and body, must arrive within this many ms (REQUEST_TIMEOUT_SECONDS). */
  requestTimeoutMs: number;
  /** The request headers must arrive within this many ms (HEADERS_TIMEOUT_SECONDS). */
  headersTimeoutMs: number;
  /** A connection silent for this many ms is closed (IDLE_TIMEOUT_SECONDS). */
  idleTimeoutMs: number;
  /** An idle keep-alive connection is closed after this many ms. */
  keepAliveTimeoutMs: number;
  /** How often the server looks for requests past their time limits (ms). */
  timeoutCheckIntervalMs: number;
}

export class ConfigError extends Error {}

function readMinDeadline(value: string | undefined): number {
  try {
    return parseMinDeadlineMinutes(value);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function readAccountsSettings(env: NodeJS.ProcessEnv): AccountsConfig {
  try {
    return readAccountsConfig(env);
  } catch (error) {
    if (error instanceof AccountsConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'off', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be on or off, got "${value}"`);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be 0–65535, got "${value}"`);
  return port;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (['true', 'on', 'false', 'off'].includes(value)) return parseBoolean('TRUST_PROXY', value, false);
  return value;
}

function parseNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max)
    throw new ConfigError(`${name} must be a number ${min}–${max}, got "${value}"`);
  return parsed;
}

function readOperationsConfig(env: NodeJS.ProcessEnv, cwd: string): OperationsConfig {
  const token = (name: string) => {
    const value = env[name];
    if (value === undefined || value === '') return null;
    // A guessable token protects nothing: demand at least 32 characters (e.g. `openssl rand -hex 32`).
    if (value.length < 32) throw new ConfigError(`${name} must be at least 32 characters`);
    return value;
  };
  const backupDir = env.BACKUP_DIR ? resolve(cwd, env.BACKUP_DIR) : null;
  return {
    metricsToken: token('METRICS_TOKEN'),
    metricsPort: env.METRICS_PORT ? parseNumber('METRICS_PORT', env.METRICS_PORT, 0, 0, 65535) : null,
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    operationsToken: token('OPERATIONS_TOKEN'),
    backupDir,
    backupKeep: Math.floor(parseNumber('BACKUP_KEEP', env.BACKUP_KEEP, 14, 1, 10_000)),
    // With a BACKUP_DIR and no interval, back up daily.
    backupIntervalMinutes: parseNumber(
      'BACKUP_INTERVAL_MINUTES',
      env.BACKUP_INTERVAL_MINUTES,
      backupDir ? 1440 : 0,
      0,
      525_600,
    ),
    loadShedMaxEventLoopDelayMs: parseNumber(
      'LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS',
      env.LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS,
      2000,
      0,
      600_000,
    ),
    loadShedMaxEventLoopUtilization: parseNumber(
      'LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION',
      env.LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION,
      0,
      0,
      1,
    ),
    loadShedMaxHeapUsedBytes:
      parseNumber('LOAD_SHED_MAX_HEAP_USED_MB', env.LOAD_SHED_MAX_HEAP_USED_MB, 0, 0, 1_000_000) * 1024 * 1024,
    loadShedRetryAfterSeconds: Math.floor(
      parseNumber('LOAD_SHED_RETRY_AFTER_SECONDS', env.LOAD_SHED_RETRY_AFTER_SECONDS, 10, 1, 3600),
    ),
    loadShedMaxInFlight: Math.floor(
      parseNumber('LOAD_SHED_MAX_IN_FLIGHT', env.LOAD_SHED_MAX_IN_FLIGHT, 256, 0, 1_000_000),
    ),
    loadShedTurnBudgetMs: parseNumber('LOAD_SHED_TURN_BUDGET_MS', env.LOAD_SHED_TURN_BUDGET_MS, 1000, 0, 600_000),
    loadShedReadinessAfterSeconds: parseNumber(
      'LOAD_SHED_READINESS_AFTER_SECONDS',
      env.LOAD_SHED_READINESS_AFTER_SECONDS,
      30,
      1,
      3600,
    ),
    heavyRequestsPerIpPerMinute: Math.floor(
      parseNumber('HEAVY_REQUESTS_PER_IP_PER_MINUTE', env.HEAVY_REQUESTS_PER_IP_PER_MINUTE, 30, 1, 1_000_000),
    ),
    http: readHttpLimits(env),
  };
}

function readHttpLimits(env: NodeJS.ProcessEnv): HttpLimits {
  const seconds = (name: string, fallback: number, min: number, max: number) =>
    parseNumber(name, env[name], fallback, min, max) * 1000;
  // 120 s lets a 20 MB spreadsheet arrive over a 2 Mbit/s office uplink; a client trickling
  // a body byte by byte is cut off at the same limit instead of holding a request open forever.
  const requestTimeoutMs = seconds('REQUEST_TIMEOUT_SECONDS', 120, 1, 3600);
  const headersTimeoutMs = Math.min(seconds('HEADERS_TIMEOUT_SECONDS', 15, 1, 600), requestTimeoutMs);
  return {
    requestTimeoutMs,
    headersTimeoutMs,
    idleTimeoutMs: seconds('IDLE_TIMEOUT_SECONDS', 60, 1, 3600),
    keepAliveTimeoutMs: 72_000,
    timeoutCheckIntervalMs: Math.min(5_000, headersTimeoutMs),
  };
}

/** Operations defaults for tests: nothing exposed, no schedule, load shedding off (inject has no event-loop pressure). */
export function testOperationsConfig(overrides: Partial<OperationsConfig> = {}): OperationsConfig {
  return {
    metricsToken: null,
    metricsPort: null,
    metricsHost: '127.0.0.1',
    operationsToken: null,
    backupDir: null,
    backupKeep: 14,
    backupIntervalMinutes: 0,
    loadShedMaxEventLoopDelayMs: 0,
    loadShedMaxEventLoopUtilization: 0,
    loadShedMaxHeapUsedBytes: 0,
    loadShedRetryAfterSeconds: 10,
    loadShedMaxInFlight: 0,
    loadShedTurnBudgetMs: 0,
    loadShedReadinessAfterSeconds: 30,
    heavyRequestsPerIpPerMinute: 30,
    http: {
      requestTimeoutMs: 120_000,
      headersTimeoutMs: 15_000,
      idleTimeoutMs: 60_000,
      keepAliveTimeoutMs: 72_000,
      timeoutCheckIntervalMs: 5_000,
    },
    ...overrides,
  };
}

export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const port = parsePort(env.PORT);
  const host = env.HOST || '127.0.0.1';
  const publicOrigin = (env.PUBLIC_ORIGIN || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(
    /\/$/,
    '',
  );
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
    accounts: readAccountsSettings(env),
    operations: readOperationsConfig(env, cwd),
    uploadDir: resolve(cwd, env.UPLOAD_DIR || 'data/uploads'),
    expiryCheckIntervalMinutes: parseNumber(
      'EXPIRY_CHECK_INTERVAL_MINUTES',
      env.EXPIRY_CHECK_INTERVAL_MINUTES,
      60,
      0,
      10_080,
    ),
    consultationMinDeadlineMinutes: readMinDeadline(env.CONSULTATION_MIN_DEADLINE_MINUTES),
    consultationCloseIntervalMinutes: parseNumber(
      'CONSULTATION_CLOSE_INTERVAL_MINUTES',
      env.CONSULTATION_CLOSE_INTERVAL_MINUTES,
      1,
      0,
      1440,
    ),
    authority: readAuthority(env),
    publicConsultations: parseBoolean('PUBLIC_CONSULTATIONS', env.PUBLIC_CONSULTATIONS, false),
    map: readMapConfig(env),
  };
}

function readAuthority(env: NodeJS.ProcessEnv): AppConfig['authority'] {
  const lines = (env.AUTHORITY_CONTACT ?? '')
    .split('|')
    .map((line) => line.trim())
    .filter(Boolean);
  return { name: env.AUTHORITY_NAME?.trim() || 'Δήμος', contactLines: lines };
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
    accounts: testAccountsConfig(),
    operations: testOperationsConfig(),
    uploadDir: join(tmpdir(), `koinsep-test-uploads-${process.pid}`),
    expiryCheckIntervalMinutes: 0,
    consultationMinDeadlineMinutes: CONSULTATION_RULES.deadline.defaultMinMinutes,
    consultationCloseIntervalMinutes: 0,
    authority: { name: 'Δήμος Χαλανδρίου', contactLines: ['Αγ. Γεωργίου 40, 152 34 Χαλάνδρι'] },
    publicConsultations: false,
    // Tests only talk to 127.0.0.1: no tile is ever asked of the internet. Port 9 (discard) answers
    // nothing; a test that draws the map starts its own tile server (tests/e2e/map-support.ts).
    map: { tileUrl: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png', attribution: DEFAULT_MAP_CONFIG.attribution },
    ...overrides,
  };
}
