import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route.ts";
import { db, POOL_SIZE } from "@/lib/platform/db.ts";
import { findFreePort } from "@/lib/platform/postgres/embedded.ts";
import { checkDatabase, checkHealth } from "@/lib/platform/health.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { silentServer } from "./support/dead-database.ts";

// appDatabase: DATABASE_URL points at the test database, so the route and `db` use it.
const { database, prisma } = useMigratedDatabase({ appDatabase: true });

async function callHealthRoute() {
  const response = await GET();
  return { status: response.status, body: await response.text() };
}

/** Runs `run` with DATABASE_URL set to `url`, then restores it. */
async function withDatabaseUrl<T>(url: string, run: () => Promise<T>): Promise<T> {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    return await run();
  } finally {
    process.env.DATABASE_URL = saved;
  }
}


afterEach(() => {
  vi.restoreAllMocks();
});

describe("checkHealth", () => {
  it("reports the database up with the time it took", async () => {
    const health = await checkHealth(database.url, { degradedAfterMs: 10_000 });
    expect(health).toEqual({ status: "ok", db: "up", latencyMs: expect.any(Number) });
    expect(health.status === "ok" && health.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports degraded, still up, when the answer took longer than the threshold", async () => {
    expect(await checkHealth(database.url, { degradedAfterMs: 0 })).toEqual({ status: "degraded", db: "up", latencyMs: expect.any(Number) });
  });

  it("reports down when nothing listens", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await checkHealth(`postgresql://nobody:secret@127.0.0.1:${await findFreePort()}/none`)).toEqual({ status: "error", db: "down" });
  });

  it("reports down within its timeout when the server accepts but never answers", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const server = await silentServer();
    try {
      const started = performance.now();
      expect(await checkHealth(server.url, { timeoutMs: 300 })).toEqual({ status: "error", db: "down" });
      expect(performance.now() - started).toBeLessThan(1_500);
    } finally {
      server.close();
    }
  });

  it("shares one check between callers that arrive while it runs", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => checkDatabase()));
    expect(new Set(results).size).toBe(1);
    expect(results[0]).toMatchObject({ db: "up" });
  });
});

describe("GET /api/health", () => {
  it("answers 200 with the database up and its latency", async () => {
    const { status, body } = await callHealthRoute();
    expect(status).toBe(200);
    // "degraded" only if this loaded test machine took over 500 ms to connect.
    expect(JSON.parse(body)).toEqual({ status: expect.stringMatching(/^(ok|degraded)$/), db: "up", latencyMs: expect.any(Number) });
  });

  it("answers 503 without a stack trace when the database is unreachable", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const closedPort = await findFreePort();
    const { status, body } = await withDatabaseUrl(`postgresql://nobody:secret@127.0.0.1:${closedPort}/none`, callHealthRoute);
    expect(status).toBe(503);
    expect(JSON.parse(body)).toEqual({ status: "error", db: "down" });
    expect(body).not.toMatch(/ECONNREFUSED|at .*\.ts|secret|127\.0\.0\.1/);
  });

  it("answers 503 within about 2 s when the database accepts connections but never answers", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const server = await silentServer();
    try {
      const started = performance.now();
      const { status, body } = await withDatabaseUrl(server.url, callHealthRoute);
      expect(status).toBe(503);
      expect(JSON.parse(body)).toEqual({ status: "error", db: "down" });
      expect(performance.now() - started).toBeLessThan(3_500);
    } finally {
      server.close();
    }
  });

  it("does not read a busy application pool as the database being down", async () => {
    // Every connection of the app's pool busy for 2.5 s (longer than the old check's 2 s through
    // the pool). `.then()` starts them: a Prisma query runs only once awaited.
    const sleeping = Array.from({ length: POOL_SIZE }, () => db.$executeRaw`SELECT pg_sleep(2.5)`.then(() => "done", () => "failed"));
    try {
      await expect
        .poll(async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND state = 'active'`)[0]?.n, {
          timeout: 5_000,
          interval: 50,
        })
        .toBe(POOL_SIZE);
      let queuedAnswered = false;
      const queued = db.$queryRaw`SELECT 1`.then(
        () => (queuedAnswered = true),
        () => (queuedAnswered = true),
      );

      // 50 probes at once, as in the report that found 24 of them answering 503.
      const answers = await Promise.all(Array.from({ length: 50 }, callHealthRoute));
      for (const { status, body } of answers) {
        expect(status).toBe(200);
        expect(JSON.parse(body)).toMatchObject({ db: "up" });
      }
      // The app's own query is still waiting for a connection: through the pool, health would too.
      expect(queuedAnswered).toBe(false);
      await queued;
    } finally {
      await Promise.all(sleeping);
    }
  });
});
