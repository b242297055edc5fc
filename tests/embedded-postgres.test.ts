import { stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/platform/postgres/embedded.ts";
import { makeTempDir } from "./support/temp-dir.ts";

async function query(url: string, sql: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps data across a stop and a restart on a new port", async () => {
    const dataDir = path.join(await makeTempDir("claim-ledger-embedded"), "pg");
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url(), "CREATE TABLE survives (v text); INSERT INTO survives VALUES ('kept')");
    await first.stop();
    await expect(stat(path.join(dataDir, "postmaster.pid"))).rejects.toThrow();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(second.port).not.toBe(0);
      expect(await query(second.url(), "SELECT v FROM survives")).toEqual([{ v: "kept" }]);
      const [settings] = await query(second.url(), "SHOW server_encoding");
      expect(settings).toEqual({ server_encoding: "UTF8" });
    } finally {
      await second.stop();
    }
  });

  it("ships the contrib extensions the search features need", async () => {
    const dataDir = path.join(await makeTempDir("claim-ledger-embedded"), "pg");
    const server = await startEmbeddedPostgres({ dataDir, persistent: false, fast: true });
    try {
      await query(server.url(), "CREATE EXTENSION unaccent");
      await query(server.url(), "CREATE EXTENSION pg_trgm");
      const rows = await query(server.url(), "SELECT unaccent('Łódź Əliyev') AS folded");
      expect(rows).toEqual([{ folded: "Lodz Əliyev" }]);
    } finally {
      await server.stop();
    }
  });
});
