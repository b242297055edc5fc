// `npm run bench:export -- [--claims=1000000] [--batch=1000]`
//
// CSV export benchmark (issue 6): the claims report of every published claim of the benchmark
// database (bench/database.ts, shared with bench/run.ts), streamed by the app's export, beside
// PostgreSQL's own COPY of the same query to CSV. Prints rows per second and the Node.js process's
// peak resident memory. Run with `node --expose-gc` (the npm script does) for a clean start figure.
import { openBenchDatabase, option } from "./database.ts";
import { measureExport } from "./export-measure.ts";
import { FULL_SIZES } from "./generate.ts";

async function main() {
  const database = await openBenchDatabase(Number(option("claims") ?? FULL_SIZES.claims));
  try {
    const { app, copy, rateVsCopy } = await measureExport(database.url, { batchSize: Number(option("batch") ?? 1000) });
    const line = (name: string, f: typeof app) =>
      `| ${name} | ${f.rows.toLocaleString("en")} | ${f.seconds.toFixed(1)} | ${Math.round(f.rowsPerSecond).toLocaleString("en")} | ${f.megabytes.toFixed(0)} | ${f.peakRssMb ? `${f.peakRssMb.toFixed(0)} (from ${f.startRssMb!.toFixed(0)})` : "—"} |`;
    console.log("| export | rows | seconds | rows/s | MB of CSV | peak RSS MB |\n|---|---:|---:|---:|---:|---:|");
    console.log(line("app: GET /api/export/claims.csv stream", app));
    console.log(line("PostgreSQL COPY … TO STDOUT WITH CSV", copy));
    console.log(`\napp rate / COPY rate: ${rateVsCopy.toFixed(2)} (target ≥ 0.5); peak RSS target < 250 MB`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
