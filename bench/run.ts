// `npx tsx bench/run.ts [--claims=1000000] [--runs=200] [--only=<words of a case name>] [--regenerate]`
//
// Reader benchmark (issue 5): fills a separate database `claim_ledger_bench` with synthetic data
// (bench/generate.ts; 1,000,000 claims take a while, and the data is kept for the next run), then
// prints p50/p95/p99 in milliseconds for the index and claim page queries beside the equivalent
// hand-written SQL (bench/measure.ts). The database lives on an embedded PostgreSQL in
// .data/bench/ unless BENCH_POSTGRES_ADMIN_URL names a server (superuser URL) to create it on.
import { openBenchDatabase, option } from "./database.ts";
import { FULL_SIZES, withClient } from "./generate.ts";
import { runBenchmark, TABLE_HEADER } from "./measure.ts";

async function main() {
  const claims = Number(option("claims") ?? FULL_SIZES.claims);
  const runs = Number(option("runs") ?? 200);
  const database = await openBenchDatabase(claims);
  try {
    const url = database.url;
    const version = await withClient(url, async (client) => (await client.query("SHOW server_version")).rows[0].server_version);
    console.log(`\n${claims.toLocaleString("en")} claims, PostgreSQL ${version}, ${runs} runs per case after warm-up; times in ms\n`);
    console.log(TABLE_HEADER);
    await runBenchmark(url, { runs, only: option("only"), log: (line) => console.log(line) });
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
