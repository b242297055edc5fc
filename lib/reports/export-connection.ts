import pg from "pg";
import { CONNECT_TIMEOUT_MS } from "@/lib/platform/db.ts";

/**
 * CSV exports read their rows through plain `pg` server-side cursors (lib/reports/cursor.ts), not
 * Prisma: decoding a million rows through Prisma's raw queries cost two thirds of the export's time
 * (issue 6). Each export holds one connection for its whole download, so they get a small pool of
 * their own and never starve the application's Prisma pool.
 */
export const EXPORT_POOL_SIZE = 4;

/**
 * How long an export waits for a connection, as the application's pool does (lib/platform/db.ts):
 * with the database stopped or frozen, the download is refused with a 503 within seconds. A
 * download is never queued behind a full pool (lib/reports/export-request.ts answers "busy" first).
 */
export const EXPORT_CONNECT_TIMEOUT_MS = CONNECT_TIMEOUT_MS;

/** BEGIN, DECLARE and the final COMMIT/ROLLBACK must be answered within this (pg's `query_timeout`). */
export const EXPORT_OPEN_TIMEOUT_MS = 3_000;

/**
 * Each FETCH of a batch must be answered within this: a FETCH does the query's work for its rows
 * (the first may sort), so it is generous; it only ends a download from a server that stopped
 * answering mid-stream, which then ends as a broken response (lib/reports/stream.ts).
 */
export const EXPORT_FETCH_TIMEOUT_MS = 60_000;

export function createExportPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: EXPORT_POOL_SIZE,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: EXPORT_CONNECT_TIMEOUT_MS,
    allowExitOnIdle: true,
    application_name: "claim-ledger export",
  });
  // An idle connection that the server closes (restart, dropped test database) is only logged:
  // without a listener, pg-pool's error event would crash the process.
  pool.on("error", (error) => console.warn(`export pool: idle connection closed: ${error.message}`));
  return pool;
}

// One pool per process and database URL, cached on globalThis like lib/platform/db.ts's Prisma client (dev-mode
// hot reloads). DATABASE_URL is read at each export, so tests that point process.env.DATABASE_URL at
// their own database get a pool on it; the pool of the previous URL is closed.
const globalForExport = globalThis as unknown as { exportPool?: { url: string; pool: pg.Pool } };

/** The export pool of the application's database (DATABASE_URL). */
export function exportPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const cached = globalForExport.exportPool;
  if (cached?.url === url) return cached.pool;
  if (cached) void cached.pool.end().catch(() => {});
  const pool = createExportPool(url);
  globalForExport.exportPool = { url, pool };
  return pool;
}
