import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import net from "node:net";
import { DATABASE_UNAVAILABLE } from "@/lib/action-state.ts";
import { findFreePort } from "@/lib/platform/postgres/embedded.ts";
import { EXPORT_POOL_SIZE, exportPool } from "@/lib/reports/export-connection.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));

const { database, prisma } = useMigratedDatabase({ appDatabase: true });
let editorId: number;
let routes: { claims: typeof import("@/app/api/export/claims.csv/route.ts"); history: typeof import("@/app/api/export/history.csv/route.ts") };

beforeAll(async () => {
  await seedDemoData(prisma);
  editorId = (await prisma.user.findUniqueOrThrow({ where: { email: "editor@claimledger.test" } })).id;
  routes = { claims: await import("@/app/api/export/claims.csv/route.ts"), history: await import("@/app/api/export/history.csv/route.ts") };
});
afterAll(() => exportPool().end());

const get = (kind: "claims" | "history", query = "") => routes[kind].GET(new Request(`http://localhost:3000/api/export/${kind}.csv${query}`, { headers: { host: "localhost:3000" } }));

async function rows(response: Response): Promise<Record<string, string>[]> {
  return parse(await response.text(), { columns: true, bom: true });
}

describe("CSV export routes", () => {
  it("streams the published claims as a dated UTF-8 attachment", async () => {
    actAs(null);
    const response = await get("claims");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="claims-\d{4}-\d{2}-\d{2}\.csv"$/);
    const exported = await rows(response);
    expect(exported.map((row) => Number(row.id)).sort()).toEqual(
      (await prisma.claim.findMany({ where: { visibility: "PUBLISHED" }, select: { id: true } })).map((c) => c.id).sort(),
    );
    expect(exported[0]!.permalink).toMatch(/^http:\/\/localhost:3000\/claims\/\d+$/);
  });

  it("applies the index's filters", async () => {
    actAs(null);
    const exported = await rows(await get("claims", "?status=FULFILLED&claimant=antony-blinken"));
    const expected = await prisma.claim.count({ where: { visibility: "PUBLISHED", status: "FULFILLED", claimant: { slug: "antony-blinken" } } });
    expect(expected).toBeGreaterThan(0);
    expect(exported).toHaveLength(expected);
    expect(exported.every((row) => row.status === "FULFILLED" && row.claimant === "Antony Blinken")).toBe(true);
    const searched = await rows(await get("claims", "?q=tangible"));
    expect(searched.map((row) => row.quote)).toEqual([expect.stringContaining("tangible progress")]);
  });

  it("refuses bad parameters with 400 and the issues", async () => {
    const response = await get("claims", "?status=MAYBE&from=yesterday");
    expect(response.status).toBe(400);
    expect((await response.json()).issues.map((issue: { param: string }) => issue.param).sort()).toEqual(["from", "status"]);
  });

  it("never gives drafts or internal events to readers, whatever they ask", async () => {
    actAs(null);
    expect((await get("claims", "?internal=1")).status).toBe(401);
    expect((await get("history", "?internal=1&status=PENDING")).status).toBe(401);
    const drafts = await prisma.claim.findMany({ where: { visibility: "DRAFT" } });
    const claimsText = await (await get("claims", "?visibility=DRAFT")).text();
    const historyText = await (await get("history")).text();
    for (const draft of drafts) {
      expect(claimsText).not.toContain(draft.quote);
      expect(historyText).not.toContain(draft.quote);
    }
    expect(historyText).not.toMatch(/,(EDITED|NOTE_ADDED),/);
  });

  it("gives editors drafts, notes and every event when they ask", async () => {
    actAs(editorId);
    const claims = await rows(await get("claims", "?internal=1"));
    expect(claims).toHaveLength(await prisma.claim.count());
    expect(claims.some((row) => row.visibility === "DRAFT")).toBe(true);
    const history = await rows(await get("history", "?internal=1"));
    expect(history).toHaveLength(await prisma.claimEvent.count());
  });

  it("adds a BOM for Excel only when asked", async () => {
    actAs(null);
    const plain = new Uint8Array(await (await get("history")).arrayBuffer());
    const excel = new Uint8Array(await (await get("history", "?bom=1")).arrayBuffer());
    expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...excel.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("reads the database DATABASE_URL names, and gives the connection back when the client goes away", async () => {
    actAs(null);
    expect(exportPool().options.connectionString).toBe(database.url);
    const response = await routes.claims.GET(new Request("http://localhost:3000/api/export/claims.csv", { headers: { host: "localhost:3000" } }));
    const reader = response.body!.getReader();
    await reader.read(); // header
    await reader.read(); // first rows
    await reader.cancel();
    const pool = exportPool();
    expect(pool.totalCount - pool.idleCount).toBe(0);
    expect(pool.waitingCount).toBe(0);
  });

  it("answers 503 with Retry-After at once while every export connection is sending a download", async () => {
    actAs(null);
    const pool = exportPool();
    const held = await Promise.all(Array.from({ length: EXPORT_POOL_SIZE }, () => pool.connect()));
    try {
      const busy = await get("claims");
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("60");
      expect((await busy.json()).error).toMatch(/already sending 4 downloads.*Try again in a minute/);
    } finally {
      for (const client of held) client.release();
    }
    const response = await get("claims");
    expect(response.status).toBe(200);
    expect((await rows(response)).length).toBeGreaterThan(0);
  });

  describe("with the database unavailable", () => {
    /** Runs `run` with DATABASE_URL (and so the export pool) on `url`, then restores it. */
    async function withDatabaseUrl<T>(url: string, run: () => Promise<T>): Promise<T> {
      const saved = process.env.DATABASE_URL;
      process.env.DATABASE_URL = url;
      try {
        return await run();
      } finally {
        await exportPool().end().catch(() => {});
        process.env.DATABASE_URL = saved;
      }
    }

    async function expectUnavailable(response: Response) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("60");
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const text = await response.text();
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|secret|id,permalink/);
      expect(JSON.parse(text)).toEqual({ error: expect.stringContaining(DATABASE_UNAVAILABLE), errorId: expect.stringMatching(/^[0-9a-f]{6}$/) });
    }

    it("answers 503 with Retry-After and the generic error, never a 200 with only the header row, when nothing listens", async () => {
      actAs(null);
      vi.spyOn(console, "error").mockImplementation(() => {});
      const url = `postgresql://app:secret@127.0.0.1:${await findFreePort()}/ledger`;
      await withDatabaseUrl(url, async () => {
        await expectUnavailable(await get("claims"));
        await expectUnavailable(await get("history"));
      });
      vi.restoreAllMocks();
    });

    it("answers 503 within the 3 s connect timeout when the server accepts but never answers", async () => {
      actAs(null);
      vi.spyOn(console, "error").mockImplementation(() => {});
      vi.spyOn(console, "warn").mockImplementation(() => {});
      const sockets = new Set<net.Socket>();
      const silent = net.createServer((socket) => {
        sockets.add(socket);
        socket.on("error", () => {});
      });
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      try {
        const url = `postgresql://app:secret@127.0.0.1:${(silent.address() as net.AddressInfo).port}/ledger`;
        const started = performance.now();
        await withDatabaseUrl(url, async () => expectUnavailable(await get("claims")));
        expect(performance.now() - started).toBeLessThan(5_000);
      } finally {
        for (const socket of sockets) socket.destroy();
        silent.close();
        vi.restoreAllMocks();
      }
    });
  });
});
