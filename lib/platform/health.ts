import pg from "pg";

// The health check has a connection path of its own: one short-lived pg.Client per check, not the
// application's pool. Through the pool, a check waits behind busy requests and reads "down" while
// the database is fine (under 50 concurrent requests it answered 503 24 times); a connection of
// its own measures the database itself. Concurrent checks share one connection attempt
// (`checkDatabase`), so a burst of probes opens one connection, not fifty.

export type Health =
  | { status: "ok"; db: "up"; latencyMs: number }
  | { status: "degraded"; db: "up"; latencyMs: number }
  | { status: "error"; db: "down" };

/** Connecting and answering `SELECT 1` must finish within this, or the database reads as down. */
export const HEALTH_TIMEOUT_MS = 2_000;

/** Slower than this (connect + `SELECT 1`), the database is up but "degraded". */
export const HEALTH_DEGRADED_AFTER_MS = 500;

export interface HealthCheckOptions {
  timeoutMs?: number;
  degradedAfterMs?: number;
}

/**
 * Whether the database at `connectionString` accepts a new connection and answers `SELECT 1`
 * within `timeoutMs`: "ok" with the time it took, "degraded" when that was over `degradedAfterMs`,
 * "error"/"down" when it refused, failed or did not finish in time. Never throws; the reason for
 * "down" is logged on the server, never returned.
 */
export async function checkHealth(connectionString: string, options: HealthCheckOptions = {}): Promise<Health> {
  const { timeoutMs = HEALTH_TIMEOUT_MS, degradedAfterMs = HEALTH_DEGRADED_AFTER_MS } = options;
  const started = performance.now();
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    statement_timeout: timeoutMs,
    application_name: "claim-ledger health check",
  });
  // A connection that fails after the check gave up must not become an unhandled 'error' event.
  client.on("error", () => {});
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([
      (async () => {
        await client.connect();
        await client.query("SELECT 1");
      })(),
      deadline,
    ]);
    const elapsed = performance.now() - started;
    const latencyMs = Math.round(elapsed);
    return elapsed > degradedAfterMs ? { status: "degraded", db: "up", latencyMs } : { status: "ok", db: "up", latencyMs };
  } catch (error) {
    console.warn(`health check: database down (${error instanceof Error ? error.message : String(error)})`);
    return { status: "error", db: "down" };
  } finally {
    clearTimeout(timer);
    client.end().catch(() => {});
  }
}

let inFlight: Promise<Health> | undefined;

/**
 * The application's database (DATABASE_URL), checked as `checkHealth` does; callers that arrive
 * while a check is running get its result. Down when DATABASE_URL is not set.
 */
export function checkDatabase(options: HealthCheckOptions = {}): Promise<Health> {
  const url = process.env.DATABASE_URL;
  if (!url) return Promise.resolve({ status: "error", db: "down" });
  inFlight ??= checkHealth(url, options).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
