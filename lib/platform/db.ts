import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client.ts";
import { PG_READ_TIMEOUT } from "@/lib/internal-errors.ts";
import { databasePoolSize } from "@/lib/platform/env.ts";

// Fail fast, fail visibly: a database that is down, frozen or swamped must turn into an error the
// user sees within seconds (lib/internal-errors.ts: "The database is unavailable; …"), never a
// request that hangs until the browser or a proxy gives up. pg's defaults wait forever.

/**
 * Connections kept by the application's pool: DATABASE_POOL_SIZE, else pg's default of 10. A
 * process that must run many slow searches at once (a million claims, README "HTTP benchmark")
 * needs as many connections as searches in flight, or requests wait past CONNECT_TIMEOUT_MS.
 */
export const POOL_SIZE = databasePoolSize();

/**
 * How long to wait for a connection: a new one (TCP + PostgreSQL's startup) or a free one from a
 * full pool. A healthy local or same-region server answers in milliseconds; 3 s leaves room for a
 * burst of traffic while a stopped or unreachable server fails a request in 3 s, not 20+.
 */
export const CONNECT_TIMEOUT_MS = 3_000;

/**
 * PostgreSQL cancels a statement of a web request that runs longer than this (`statement_timeout`,
 * sent when the connection starts). The slowest reader query measured at a million claims takes
 * ~50 ms, the demo seed's statements well under a second: 10 s only stops runaway queries, which
 * would otherwise hold a pool connection and a backend while the user has long gone. Bulk work
 * that runs longer (the benchmark) asks for none; the CSV export has its own pool.
 */
export const STATEMENT_TIMEOUT_MS = 10_000;

/**
 * Client-side backstop (pg's `query_timeout`): a query with no answer for the statement timeout
 * plus this margin fails even when the server cannot cancel it (a frozen server — SIGSTOP, a hung
 * VM — answers nothing, not even the cancellation). The margin lets a merely slow statement get
 * PostgreSQL's own, clearer error first.
 */
export const QUERY_READ_MARGIN_MS = 2_000;

/**
 * An idle connection is closed after this long, so after a database restart or failover few dead
 * sockets stay in the pool, and a quiet app gives PostgreSQL its connection slots back.
 */
export const IDLE_TIMEOUT_MS = 10_000;

/**
 * Connections the pool keeps however long they stay idle. A burst after a quiet spell (the first
 * searches of a viral link) would otherwise open every connection while the machine is busiest,
 * each paying PostgreSQL's authentication and a new backend: under full load at a million claims,
 * more than CONNECT_TIMEOUT_MS (README, "HTTP benchmark"). Kept connections do not keep a script
 * from exiting (`allowExitOnIdle`).
 */
export const WARM_CONNECTIONS = 4;

export interface PrismaClientOptions {
  /**
   * PostgreSQL's `statement_timeout` for this client's connections, in milliseconds; `null` for
   * none (bulk scripts such as the benchmark). Default: STATEMENT_TIMEOUT_MS.
   */
  statementTimeoutMs?: number | null;
}

/**
 * A Prisma client with its own pool on `connectionString`, with the timeouts above. The app uses
 * one (`db` below); scripts and tests make their own.
 */
export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}): PrismaClient {
  const statementTimeoutMs = options.statementTimeoutMs === undefined ? STATEMENT_TIMEOUT_MS : options.statementTimeoutMs;
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    min: Math.min(WARM_CONNECTIONS, POOL_SIZE),
    allowExitOnIdle: true,
    ...(statementTimeoutMs === null ? {} : { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + QUERY_READ_MARGIN_MS }),
  });
  pool.on("connect", dropConnectionOnReadTimeout);
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

/**
 * pg answers a query that outlived `query_timeout` with an error but keeps the connection, the
 * unanswered query still at its head: whatever is sent on it next waits for that answer too. A
 * plain query's connection is dropped by the pool (it errored); a transaction's is held by Prisma,
 * whose ROLLBACK then waits a read timeout of its own (a frozen server: a claim form answered
 * after 17 s, not 12). Ending the connection fails what waits behind it at once; PostgreSQL rolls
 * the transaction back itself when it sees the connection gone.
 */
function dropConnectionOnReadTimeout(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === PG_READ_TIMEOUT) void client.end();
      });
    }
    return result;
  }) as typeof client.query;
}

/** DATABASE_URL, the application's database. Throws when it is not set. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

// One client per process; cached on globalThis so that dev-mode hot reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForPrisma.prisma) globalForPrisma.prisma = createPrismaClient(databaseUrl());
  return globalForPrisma.prisma;
}

/**
 * The application's Prisma client. Created on first use rather than at import, so that
 * `next build` can import modules that use it without a database.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
