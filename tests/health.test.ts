import { describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/platform/postgres/embedded.ts";
import { checkHealth } from "@/lib/platform/health.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const { database, prisma } = useMigratedDatabase();

async function callHealthRoute(databaseUrl: string) {
  // The route uses the app's shared client, created from DATABASE_URL on first use.
  delete (globalThis as { prisma?: unknown }).prisma;
  process.env.DATABASE_URL = databaseUrl;
  const { GET } = await import("@/app/api/health/route.ts");
  const response = await GET();
  return { status: response.status, body: await response.text() };
}

describe("health", () => {
  it("reports the database up when it answers", async () => {
    expect(await checkHealth(prisma)).toEqual({ status: "ok", db: "up" });
  });

  it("GET /api/health answers 200 with the database up", async () => {
    const { status, body } = await callHealthRoute(database.url);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual({ status: "ok", db: "up" });
  });

  it("GET /api/health answers 503 without a stack trace when the database is unreachable", async () => {
    const closedPort = await findFreePort();
    const { status, body } = await callHealthRoute(`postgresql://nobody:secret@127.0.0.1:${closedPort}/none`);
    expect(status).toBe(503);
    expect(JSON.parse(body)).toEqual({ status: "error", db: "down" });
    expect(body).not.toMatch(/ECONNREFUSED|at .*\.ts|secret/);
  });

  it("reports down when the database does not answer in time", async () => {
    const hanging = { $queryRaw: () => new Promise(() => {}) } as unknown as Parameters<typeof checkHealth>[0];
    expect(await checkHealth(hanging, 50)).toEqual({ status: "error", db: "down" });
  });
});
