// `npm run bench:duplicates -- [--claims=1000000] [--chunk=5000]`
//
// Bulk duplicate finder benchmark (issue 9): scans every claim of the benchmark database
// (bench/database.ts) for likely duplicate pairs the way the workbench pages through them, and
// times one hand-written statement doing the same join as the baseline.
import { SCAN_CHUNK } from "@/lib/workbench/duplicate-finder.ts";
import { openBenchDatabase, option } from "./database.ts";
import { measureDuplicateScan } from "./duplicates-measure.ts";
import { FULL_SIZES } from "./generate.ts";

async function main() {
  const database = await openBenchDatabase(Number(option("claims") ?? FULL_SIZES.claims));
  try {
    const f = await measureDuplicateScan(database.url, { chunk: Number(option("chunk") ?? SCAN_CHUNK) });
    console.log(`${f.claims.toLocaleString("en")} claims scanned in ${f.seconds.toFixed(1)} s (${Math.round(f.claimsPerSecond).toLocaleString("en")} claims/s), ${f.pairs.toLocaleString("en")} likely pairs`);
    console.log(`per chunk: p50 ${f.chunkMs.p50.toFixed(0)} ms, p95 ${f.chunkMs.p95.toFixed(0)} ms, p99 ${f.chunkMs.p99.toFixed(0)} ms, max ${f.chunkMs.max.toFixed(0)} ms`);
    console.log(`one raw SQL statement: ${f.raw.pairs.toLocaleString("en")} pairs in ${f.raw.seconds.toFixed(1)} s (app / raw time: ${(f.seconds / f.raw.seconds).toFixed(2)})`);
    console.log("target: the whole scan under 10 minutes, no single query long enough to hold up the app");
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
