/**
 * How an imported article is matched against the ledger (issue 17 items 4–5) — the outcome
 * candidates' recall@5 and precision@5 for each seeded outcome's article, and the statements of each
 * article imported again offered as appearances of its seeded claims — as a printable report.
 * Runs on a throwaway PostgreSQL holding the demo data, never on the app's database; both
 * `npm run eval:matching` and `npm run eval:suggestions` print it.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { applyMigrations } from "@/lib/platform/migrations/runner.ts";
import { startEmbeddedPostgres } from "@/lib/platform/postgres/embedded.ts";
import { ensureDatabase } from "@/lib/platform/postgres/ensure-database.ts";
import { ARTICLES_DIR } from "@/lib/suggestions/paths.ts";
import { evaluateMatching, formatMatchEvaluation } from "@/lib/workbench/match-evaluation.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { demoSources } from "@/prisma/seed-data.ts";

export async function matchingOnDemoLedger(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "claim-ledger-eval-"));
  // As root, embedded PostgreSQL runs as the postgres user, which must reach the data directory.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), persistent: false, fast: true });
  try {
    await ensureDatabase(server.url(), "eval");
    const url = server.url("eval");
    await applyMigrations({ connectionString: url });
    const prisma = createPrismaClient(url);
    try {
      await seedDemoData(prisma);
      await prisma.$executeRawUnsafe(`ANALYZE "Claim"`);
      const articleOf = (title: string) => Object.values(demoSources).find((source) => source.title === title)?.article;
      const evaluation = await evaluateMatching(prisma, { articlesDir: ARTICLES_DIR, articleOf });
      return `The demo ledger, with the articles in ${ARTICLES_DIR}:\n${formatMatchEvaluation(evaluation)}`;
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
