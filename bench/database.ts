import { fileURLToPath } from "node:url";
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from "@/lib/platform/postgres/embedded.ts";
import { FULL_SIZES, generateBenchData, upgradeBenchData, withClient } from "./generate.ts";

const DATABASE = "claim_ledger_bench";
const DATA_DIR = fileURLToPath(new URL("../.data/bench/postgres", import.meta.url));
// The embedded server's defaults (128 MB shared buffers) are for development; a server holding a
// million claims would be configured like this on a 24 GiB machine.
const SETTINGS = { shared_buffers: "4GB", effective_cache_size: "12GB", work_mem: "32MB", maintenance_work_mem: "1GB", random_page_cost: "1.1" };

export function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * The benchmark database with `claims` claims (and proportional claimants, sources, outcomes),
 * generated unless an earlier complete run left it (or with --regenerate). Shared by bench/run.ts
 * and bench/export.ts.
 */
export async function openBenchDatabase(claims: number): Promise<{ url: string; close(): Promise<void> }> {
  const scale = claims / FULL_SIZES.claims;
  const sizes = {
    claims,
    claimants: Math.max(10, Math.round(FULL_SIZES.claimants * scale)),
    sources: Math.max(10, Math.round(FULL_SIZES.sources * scale)),
    outcomes: Math.max(10, Math.round(FULL_SIZES.outcomes * scale)),
  };

  let server: EmbeddedPostgresServer | undefined;
  let adminUrl = process.env.BENCH_POSTGRES_ADMIN_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ dataDir: DATA_DIR, persistent: true, fast: true });
    const current = await withClient(server.url(), async (client) => (await client.query("SHOW shared_buffers")).rows[0].shared_buffers);
    if (current !== SETTINGS.shared_buffers) {
      await withClient(server.url(), async (client) => {
        for (const [name, value] of Object.entries(SETTINGS)) await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
      });
      await server.stop();
      server = await startEmbeddedPostgres({ dataDir: DATA_DIR, persistent: true, fast: true });
    }
    adminUrl = server.url();
  }
  try {
    const url = withDatabase(adminUrl, DATABASE);
    const existing = await withClient(adminUrl, async (client) => {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
      if (found.rowCount === 0) return null;
      // Events are written last: without them, an earlier generation was interrupted.
      return withClient(url, async (bench) => {
        const { rows } = await bench
          // Generated claims have no external id; the near-duplicates added later have one.
          .query(`SELECT (SELECT count(*)::integer FROM "Claim" WHERE "externalId" IS NULL) AS claims, EXISTS (SELECT 1 FROM "ClaimEvent") AS complete`)
          .catch(() => ({ rows: [{ claims: null, complete: false }] }));
        return rows[0].complete ? (rows[0].claims as number) : null;
      });
    });
    if (existing !== claims || process.argv.includes("--regenerate")) {
      await withClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${DATABASE}"`);
      });
      console.log(`Generating ${JSON.stringify(sizes)} …`);
      const started = performance.now();
      await generateBenchData(url, sizes, (line) => console.log(`  ${line}`));
      console.log(`Generated in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
    } else {
      await upgradeBenchData(url, (line) => console.log(`  ${line}`));
    }
    return { url, close: async () => void (await server?.stop()) };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}
