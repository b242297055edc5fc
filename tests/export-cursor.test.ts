import { createServer, type Server } from "node:http";
import net from "node:net";
import { parse } from "csv-parse/sync";
import { pipeToNodeResponse } from "next/dist/server/pipe-readable.js";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/generated/prisma/client.ts";
import { CLAIMS_REPORT_HEADER, claimsReport } from "@/lib/reports/claims-report.ts";
import { createExportPool } from "@/lib/reports/export-connection.ts";
import { HISTORY_REPORT_HEADER, historyReport } from "@/lib/reports/history-report.ts";
import { csvStream, openCsvStream } from "@/lib/reports/stream.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

// The export reads its rows through a server-side cursor on a pool of its own (lib/reports/cursor.ts):
// what happens to the connection and the query when a download ends, fails or is abandoned.

const LOCK = 4242;
const published = Prisma.sql`c."visibility" = 'PUBLISHED'`;

const { database, prisma } = useMigratedDatabase();
let pool: pg.Pool;
let monitor: pg.Client;

beforeAll(async () => {
  await seedDemoData(prisma);
  pool = createExportPool(database.url);
  monitor = new pg.Client(database.url);
  await monitor.connect();
});
afterAll(async () => {
  await monitor?.end();
  await pool?.end();
});

/** The export backends of the test database, as pg_stat_activity sees them. */
async function exportBackends(): Promise<{ pid: number; state: string | null; wait_event_type: string | null }[]> {
  const { rows } = await monitor.query(
    `SELECT pid, state, wait_event_type FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'claim-ledger export'`,
  );
  return rows;
}

/** No connection of the pool is still handed out (each is back, idle, or closed). */
function nothingCheckedOut() {
  return pool.totalCount - pool.idleCount;
}

function csvRows(text: string): Record<string, string>[] {
  return parse(text, { columns: true });
}

describe("the export's database connection", () => {
  afterEach(async () => {
    await monitor.query("SELECT pg_advisory_unlock_all()");
  });

  it("goes back to the pool, out of its transaction, once the download is complete", async () => {
    const text = await new Response(csvStream(claimsReport(pool, { conditions: published, origin: "" }), { batchSize: 2 })).text();
    expect(csvRows(text)).toHaveLength(await prisma.claim.count({ where: { visibility: "PUBLISHED" } }));
    expect(nothingCheckedOut()).toBe(0);
    expect(pool.idleCount).toBeGreaterThan(0);
    const backends = await exportBackends();
    expect(backends.length).toBeGreaterThan(0);
    expect(backends.every((backend) => backend.state === "idle")).toBe(true);
  });

  it("stops the query running on the server and is released when the client goes away mid-download", async () => {
    // The query waits for an advisory lock the test holds: until the export is cancelled, its
    // FETCH cannot finish on its own.
    await monitor.query("SELECT pg_advisory_lock($1)", [LOCK]);
    const blocked = Prisma.sql`${published} AND pg_advisory_lock_shared(${LOCK}::bigint)::text = ''`;
    const reader = csvStream(claimsReport(pool, { conditions: blocked, origin: "" }), { batchSize: 2 }).getReader();
    const header = await reader.read();
    expect(new TextDecoder().decode(header.value)).toContain(CLAIMS_REPORT_HEADER.join(","));
    const pending = reader.read();
    await vi.waitFor(async () => expect((await exportBackends()).some((backend) => backend.state === "active" && backend.wait_event_type === "Lock")).toBe(true), {
      timeout: 10_000,
    });

    await reader.cancel();
    expect((await pending).done).toBe(true);
    // The lock is still held, so the FETCH was cancelled rather than finished: no one waits for it any more.
    const { rows } = await monitor.query(`SELECT count(*)::integer AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
    expect(rows[0].n).toBe(0);
    expect((await exportBackends()).filter((backend) => backend.state === "active")).toEqual([]);
    expect(nothingCheckedOut()).toBe(0);
    expect(pool.waitingCount).toBe(0);

    // The pool is fine afterwards.
    const text = await new Response(csvStream(historyReport(pool, { conditions: published }))).text();
    expect(text.startsWith(HISTORY_REPORT_HEADER.join(","))).toBe(true);
    expect(nothingCheckedOut()).toBe(0);
  });

  it("is released, its transaction ended, when the client goes away between two batches", async () => {
    const reader = csvStream(claimsReport(pool, { conditions: published, origin: "" }), { batchSize: 1 }).getReader();
    await reader.read(); // header
    await reader.read(); // first row
    await reader.cancel();
    expect(nothingCheckedOut()).toBe(0);
    // Nothing left running or holding a transaction open (a connection closed after a cancel may
    // still show as aborted for a moment: its locks and snapshot are already gone).
    expect((await exportBackends()).filter((backend) => backend.state === "active" || backend.state === "idle in transaction")).toEqual([]);
  });

  it("is released when the request is aborted", async () => {
    await monitor.query("SELECT pg_advisory_lock($1)", [LOCK]);
    const blocked = Prisma.sql`${published} AND pg_advisory_lock_shared(${LOCK}::bigint)::text = ''`;
    const controller = new AbortController();
    const reader = csvStream(historyReport(pool, { conditions: blocked }), { signal: controller.signal }).getReader();
    await reader.read(); // header
    const pending = reader.read();
    await vi.waitFor(async () => expect((await exportBackends()).some((backend) => backend.wait_event_type === "Lock")).toBe(true), { timeout: 10_000 });
    controller.abort();
    // Aborting does not wait for the cleanup: wait until the connection is back.
    await vi.waitFor(() => expect(nothingCheckedOut()).toBe(0), { timeout: 10_000 });
    expect((await pending).done).toBe(true);
    const { rows } = await monitor.query(`SELECT count(*)::integer AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
    expect(rows[0].n).toBe(0);
  });

  it("is released when the query fails, and the download fails too", async () => {
    const failing = Prisma.sql`${published} AND 1 / (c."id" - c."id") = 1`;
    await expect(new Response(csvStream(claimsReport(pool, { conditions: failing, origin: "" }))).text()).rejects.toThrow(/division by zero/);
    expect(nothingCheckedOut()).toBe(0);
  });

  it("is read up to the first batch before a download answers: a query that fails then rejects, with the connection back", async () => {
    const failing = Prisma.sql`${published} AND 1 / (c."id" - c."id") = 1`;
    const onError = vi.fn();
    await expect(openCsvStream(claimsReport(pool, { conditions: failing, origin: "" }), { onError })).rejects.toThrow(/division by zero/);
    expect(onError).not.toHaveBeenCalled(); // the caller answers with an error status instead
    expect(nothingCheckedOut()).toBe(0);
  });

  it("errors the stream, never ends it as if complete, when a later batch fails", async () => {
    const ids = (await prisma.claim.findMany({ where: { visibility: "PUBLISHED" }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(6);
    // Fails on the fifth published claim: the first batch of two is read, the third batch fails.
    const failing = Prisma.sql`${published} AND 1 / (c."id" - ${ids[4]}::integer) IS NOT NULL`;
    const onError = vi.fn();
    const stream = await openCsvStream(claimsReport(pool, { conditions: failing, origin: "" }), { batchSize: 2, onError });
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return undefined;
        text += decoder.decode(value);
      }
    })().catch((error: unknown) => error);
    expect(String(failure)).toMatch(/division by zero/);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(csvRows(text).length).toBeLessThan(ids.length);
    expect(nothingCheckedOut()).toBe(0);
  });

  it("cuts the HTTP response off, without the final chunk, when a later batch fails (as Next.js sends a body)", async () => {
    const ids = (await prisma.claim.findMany({ where: { visibility: "PUBLISHED" }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    const failing = Prisma.sql`${published} AND 1 / (c."id" - ${ids[4]}::integer) IS NOT NULL`;
    const server: Server = createServer((_request, response) => {
      void (async () => {
        const stream = await openCsvStream(claimsReport(pool, { conditions: failing, origin: "" }), { batchSize: 2 });
        response.writeHead(200, { "Content-Type": "text/csv; charset=utf-8" });
        // What Next.js does with a route handler's Response body.
        await pipeToNodeResponse(stream, response).catch(() => {});
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as net.AddressInfo;
      // The raw bytes: a complete chunked body ends with a zero-length chunk, "0\r\n\r\n".
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        let received = "";
        socket.on("data", (chunk) => (received += chunk.toString("utf8")));
        socket.on("close", () => resolve(received));
        socket.on("error", reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(raw).toMatch(/transfer-encoding: chunked/i);
      expect(raw).toContain("id,permalink,quote");
      expect(raw.endsWith("\r\n0\r\n\r\n")).toBe(false);
    } finally {
      server.close();
    }
    await vi.waitFor(() => expect(nothingCheckedOut()).toBe(0));
  });
});

describe("dates and times in the reports", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("are written in UTC, as stored, whatever the process's time zone", async () => {
    process.env.TZ = "America/New_York";
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(300); // the zone took effect
    const claim = await prisma.claim.findFirstOrThrow({ where: { visibility: "PUBLISHED" }, orderBy: { id: "asc" } });
    // 07:30 UTC on the day the US clocks go forward (02:00 local does not exist in New York).
    await prisma.claim.update({ where: { id: claim.id }, data: { createdAt: new Date("2024-03-10T07:30:00.000Z"), statedAt: new Date("2024-03-10T00:00:00.000Z") } });
    await prisma.$executeRaw`UPDATE "Claim" SET "updatedAt" = '2024-11-03 05:30:00.12' WHERE "id" = ${claim.id}`;

    const text = await new Response(csvStream(claimsReport(pool, { conditions: published, origin: "" }))).text();
    const rows = csvRows(text);
    const row = rows.find((r) => Number(r.id) === claim.id)!;
    expect(row.created_at).toBe("2024-03-10T07:30:00.000Z");
    expect(row.updated_at).toBe("2024-11-03T05:30:00.120Z");
    expect(row.stated_at).toBe("2024-03-10");

    // Every row agrees with what Prisma reads (UTC) for the same claims.
    const claims = await prisma.claim.findMany({ where: { visibility: "PUBLISHED" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [Number(r.id), r.stated_at, r.created_at, r.updated_at])).toEqual(
      claims.map((c) => [c.id, c.statedAt.toISOString().slice(0, 10), c.createdAt.toISOString(), c.updatedAt.toISOString()]),
    );
    const events = await prisma.claimEvent.findMany({ where: { claim: { visibility: "PUBLISHED" } }, orderBy: { id: "asc" }, select: { id: true, at: true } });
    const history = csvRows(await new Response(csvStream(historyReport(pool, { conditions: published, internal: true }))).text());
    expect(history.map((r) => [Number(r.event_id), r.at])).toEqual(events.map((e) => [e.id, e.at.toISOString()]));
  });
});
