// `npm run bench:bulk -- [--claims=1000000] [--batch=1000]`
//
// The claims list's batch change (issue 16 item 5) on the benchmark database (bench/database.ts):
// one tag added to `batch` claims, then the same number assigned, each claim through the app's own
// function, against one raw UPDATE and INSERT of the same rows. Target: 1,000 claims in under 5 s.
import { openBenchDatabase, option } from "./database.ts";
import { measureBulkChange } from "./bulk-measure.ts";
import { FULL_SIZES } from "./generate.ts";

async function main() {
  const database = await openBenchDatabase(Number(option("claims") ?? FULL_SIZES.claims));
  try {
    const f = await measureBulkChange(database.url, { batch: Number(option("batch") ?? 1_000) });
    const rate = (seconds: number) => Math.round(f.batch / seconds).toLocaleString("en");
    console.log(`${f.claims.toLocaleString("en")} claims; batches of ${f.batch.toLocaleString("en")}`);
    console.log(`tag, the first batch after PostgreSQL started (its cache empty): ${f.app.firstTag.toFixed(2)} s (${rate(f.app.firstTag)} claims/s)`);
    console.log(`tag:    ${f.app.tag.toFixed(2)} s (${rate(f.app.tag)} claims/s)`);
    console.log(`assign: ${f.app.assign.toFixed(2)} s (${rate(f.app.assign)} claims/s)`);
    console.log(`raw SQL (one UPDATE, one INSERT of the events): ${f.raw.toFixed(2)} s; app / raw: ${(f.app.tag / f.raw).toFixed(1)}× for the tag`);
    console.log(`peak RSS ${f.peakRssMb.toFixed(0)} MB; target: a batch of 1,000 in under 5 s`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
