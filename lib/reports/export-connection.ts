import pg from "pg";

/**
 * CSV exports read their rows through plain `pg` server-side cursors (lib/reports/cursor.ts), not
 * Prisma: decoding a million rows through Prisma's raw queries cost two thirds of the export's time
 * (issue 6). Each export holds one connection for its whole download, so they get a small pool of
 * their own and never starve the application's Prisma pool.
 */
export const EXPORT_POOL_SIZE = 4;

export function createExportPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: EXPORT_POOL_SIZE,
    idleTimeoutMillis: 30_000,
    // A download queued behind EXPORT_POOL_SIZE others fails rather than waits for ever.
    connectionTimeoutMillis: 30_000,
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
