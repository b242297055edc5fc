import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTICLES_DIR } from "@/lib/suggestions/paths.ts";
import { evaluateMatching, formatMatchEvaluation, type MatchEvaluation } from "@/lib/workbench/match-evaluation.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { demoSources } from "@/prisma/seed-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

/*
 * `npm run eval:matching` on the demo data, as a test: the floors are the figures the matching
 * reaches today, so a change that loses a recognised outcome or appearance fails here.
 */

const { prisma } = useMigratedDatabase();
const articleOf = (title: string) => Object.values(demoSources).find((source) => source.title === title)?.article;
let evaluation: MatchEvaluation;

beforeAll(async () => {
  await seedDemoData(prisma);
  await prisma.$executeRawUnsafe(`ANALYZE "Claim"`);
  evaluation = await evaluateMatching(prisma, { articlesDir: ARTICLES_DIR, articleOf, now: new Date("2026-12-06T00:00:00Z") });
  console.log(formatMatchEvaluation(evaluation));
}, 120_000);

describe("matching imported articles against the demo ledger", () => {
  it("lists the claims a seeded outcome is linked to among its article's first five candidates", () => {
    expect(evaluation.outcomes.length).toBeGreaterThanOrEqual(4);
    // Measured: recall@5 0.80 (5.57 of 7), precision@5 0.30.
    expect(evaluation.recallAt5).toBeGreaterThanOrEqual(0.75);
    expect(evaluation.precisionAt5).toBeGreaterThanOrEqual(0.25);
  });

  it("offers the statements of an article imported again as appearances of its seeded claims", () => {
    // Measured: 9 of 11 statements offered, none wrongly, on the whole articles (../shared/articles);
    // 8 of 11 where only the demo's excerpts of them are at hand (a clone without the shared folder).
    expect(evaluation.appearanceRecall).toBeGreaterThanOrEqual(existsSync(ARTICLES_DIR) ? 0.8 : 0.7);
    expect(evaluation.appearancePrecision).toBe(1);
  });
});
