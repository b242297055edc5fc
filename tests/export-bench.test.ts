import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureExport } from "@/bench/export-measure.ts";
import { generateBenchData, withClient } from "@/bench/generate.ts";
import { createEmptyDatabase, type TestDatabase } from "./support/database.ts";

// A small run of the export benchmark (bench/export.ts does 1,000,000 claims), so it cannot rot.
describe("the CSV export benchmark, at smoke-test scale", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    await generateBenchData(database.url, { claims: 2_000, claimants: 30, sources: 100, outcomes: 200 });
  }, 120_000);
  afterAll(() => database?.drop());

  it("exports every published claim through the app and through COPY, with the same amount of CSV", async () => {
    const published = await withClient(database.url, async (client) => (await client.query(`SELECT count(*)::integer AS n FROM "Claim" WHERE "visibility" = 'PUBLISHED'`)).rows[0].n);
    const { app, copy, rateVsCopy } = await measureExport(database.url);
    expect(published).toBeGreaterThan(0);
    expect(app.rows).toBe(published);
    expect(copy.rows).toBe(published);
    // Same rows, same columns: the CSV sizes differ only by formatting (dates, permalinks).
    expect(app.megabytes / copy.megabytes).toBeGreaterThan(0.5);
    expect(app.megabytes / copy.megabytes).toBeLessThan(2);
    expect(app.peakRssMb).toBeGreaterThan(0);
    expect(rateVsCopy).toBeGreaterThan(0);
  });
});
