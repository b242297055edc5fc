import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateBenchData, withClient } from "@/bench/generate.ts";
import { runBenchmark } from "@/bench/measure.ts";
import { createEmptyDatabase, type TestDatabase } from "./support/database.ts";

// A small run of the scale benchmark (bench/run.ts does 1,000,000 claims): the generator fills a
// migrated database, and every benchmarked query returns the same rows as its raw SQL twin.
describe("the reader benchmark, at smoke-test scale", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    await generateBenchData(database.url, { claims: 3_000, claimants: 40, sources: 150, outcomes: 300 });
  }, 120_000);
  afterAll(() => database?.drop());

  it("generates consistent data: counts, anchors, outcome counts and search vectors", async () => {
    const row = await withClient(database.url, async (client) =>
      (
        await client.query(`SELECT
          (SELECT count(*)::integer FROM "Claim") AS claims,
          (SELECT count(*)::integer FROM "Claimant") AS claimants,
          (SELECT count(*)::integer FROM "Claim" c JOIN "Source" s ON s."id" = c."sourceId"
            WHERE substr(s."body", c."anchorStart" + 1, c."anchorEnd" - c."anchorStart") <> c."quote") AS misanchored,
          (SELECT count(*)::integer FROM "Claim" c
            WHERE c."outcomeCount" <> (SELECT count(*) FROM "ClaimOutcome" co WHERE co."claimId" = c."id")) AS miscounted,
          (SELECT count(*)::integer FROM "Claim" WHERE "searchVector" IS NULL) AS unindexed,
          (SELECT count(*)::numeric / (SELECT count(*) FROM "Claim") FROM "ClaimEvent") AS events_per_claim`)
      ).rows[0],
    );
    // 3,000 claims and 3 near-duplicates of them (bench/generate.ts generateFollowUps).
    expect(row).toMatchObject({ claims: 3_003, claimants: 40, misanchored: 0, miscounted: 0, unindexed: 0 });
    expect(Number(row.events_per_claim)).toBeGreaterThan(2);
  });

  it("times every case against raw SQL returning the same rows", async () => {
    const results = await runBenchmark(database.url, { runs: 3, warmup: 1 });
    expect(results.map((result) => result.name)).toEqual([
      "first page, unfiltered",
      "status counts, unfiltered",
      "text search “pashin” (prefix), best match",
      "text search “əliyev” + status + kind",
      expect.stringMatching(/^page \d+ by cursor$/),
      "one claim page's data",
      "similar claims while typing a quote",
      "overdue queue (editor dashboard)",
      "index filtered to overdue claims",
    ]);
    for (const result of results) {
      expect(result.ids.length, result.name).toBeGreaterThan(0);
      for (const value of [...Object.values(result.app), ...Object.values(result.raw), result.ratio]) {
        expect(Number.isFinite(value), result.name).toBe(true);
      }
    }
  });

  it("changes a batch of claims through the app and through raw SQL (the batch change's benchmark)", async () => {
    const { measureBulkChange } = await import("@/bench/bulk-measure.ts");
    const figures = await measureBulkChange(database.url, { batch: 200 });
    expect(figures).toMatchObject({ claims: 3_003, batch: 200 });
    for (const seconds of [figures.app.firstTag, figures.app.tag, figures.app.assign, figures.raw]) expect(seconds).toBeGreaterThan(0);
    const tagged = await withClient(database.url, async (client) => (await client.query(`SELECT count(*)::integer AS n FROM "Claim" WHERE EXISTS (SELECT 1 FROM unnest("tags") AS t WHERE t ~ '^bench-[0-9a-z]+$')`)).rows[0].n);
    // The timed batch's own tag (not the warm-up's nor the first batch's) is on exactly the claims it changed.
    expect(tagged).toBe(200);
  });

  it("scans for duplicate pairs in chunks and finds what one raw statement finds, including the generated near-duplicates", async () => {
    const { measureDuplicateScan } = await import("@/bench/duplicates-measure.ts");
    const figures = await measureDuplicateScan(database.url, { chunk: 500 });
    expect(figures.claims).toBe(3_003);
    expect(figures.pairs).toBe(figures.raw.pairs);
    expect(figures.pairs).toBeGreaterThanOrEqual(3);
    expect(Number.isFinite(figures.chunkMs.p95)).toBe(true);
  });
});
