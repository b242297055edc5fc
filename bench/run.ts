// `npx tsx bench/run.ts [--claims=1000000] [--runs=200] [--regenerate]`
//
// Reader benchmark (issue 5): fills a separate database `claim_ledger_bench` with synthetic data
// (bench/generate.ts; 1,000,000 claims take a while, and the data is kept for the next run), then
// prints p50/p95/p99 in milliseconds for the index and claim page queries beside the equivalent
// hand-written SQL (bench/measure.ts). The database lives on an embedded PostgreSQL in
// .data/bench/ unless BENCH_POSTGRES_ADMIN_URL names a server (superuser URL) to create it on.
import { fileURLToPath } from "node:url";
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from "@/lib/postgres/embedded.ts";
import { FULL_SIZES, generateBenchData, withClient } from "./generate.ts";
import { runBenchmark, TABLE_HEADER } from "./measure.ts";

const DATABASE = "claim_ledger_bench";
const DATA_DIR = fileURLToPath(new URL("../.data/bench/postgres", import.meta.url));
// The embedded server's defaults (128 MB shared buffers) are for development; a server holding a
// million claims would be configured like this on a 24 GiB machine.
const SETTINGS = { shared_buffers: "4GB", effective_cache_size: "12GB", work_mem: "32MB", maintenance_work_mem: "1GB", random_page_cost: "1.1" };

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function main() {
  const claims = Number(option("claims") ?? FULL_SIZES.claims);
  const runs = Number(option("runs") ?? 200);
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
          .query(`SELECT (SELECT count(*)::integer FROM "Claim") AS claims, EXISTS (SELECT 1 FROM "ClaimEvent") AS complete`)
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
    }
    const version = await withClient(url, async (client) => (await client.query("SHOW server_version")).rows[0].server_version);
    console.log(`\n${claims.toLocaleString("en")} claims, PostgreSQL ${version}, ${runs} runs per case after warm-up; times in ms\n`);
    console.log(TABLE_HEADER);
    await runBenchmark(url, { runs, log: (line) => console.log(line) });
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
