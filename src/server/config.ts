// The server's settings, from the environment, read once at start. Every limit a
// deployment may want to change is here and in docs/SERVER.md.
import { resolve } from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  /** PGlite's folder when no DATABASE_URL is given. */
  dataDir: string;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl: string | undefined;
  /** The built site (npm run build). */
  siteDir: string;
  /** The scenario files (the same the site was built with). */
  scenariosDir: string;
  /** HTTP requests per minute from one address (joins, uploads, the dashboard). */
  rateLimit: number;
  /** WebSocket messages per second one connection may send (a burst of twice as many). */
  wsRate: number;
  /** Largest request body, in bytes (a replay or report upload). */
  bodyLimit: number;
  /** Game states kept in memory (a cache: each is rebuilt from the database when needed). */
  cacheGames: number;
  /** Trust X-Forwarded-For from a reverse proxy. */
  trustProxy: boolean;
  /** Pool size for PostgreSQL. */
  poolSize: number;
  logLevel: string;
}

const ROOT = resolve(import.meta.dirname, '../..');

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST || '127.0.0.1',
    port: int('PORT', 8080, env),
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    siteDir: resolve(env.SITE_DIR || resolve(ROOT, 'dist')),
    scenariosDir: resolve(env.SCENARIOS_DIR || resolve(ROOT, 'scenarios')),
    rateLimit: int('RATE_LIMIT', 600, env),
    wsRate: int('WS_RATE', 20, env),
    bodyLimit: int('BODY_LIMIT', 1024 * 1024, env),
    cacheGames: int('CACHE_GAMES', 5000, env),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    poolSize: int('PG_POOL', 10, env),
    logLevel: env.LOG_LEVEL || 'warn',
  };
}
