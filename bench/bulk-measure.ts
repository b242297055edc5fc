import pg from "pg";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { applyBulkChange } from "@/lib/workbench/bulk.ts";

export interface BulkFigures {
  claims: number;
  batch: number;
  /**
   * Seconds of one batch through the app (each claim through its function, its event, its pages):
   * `firstTag` is the first batch after PostgreSQL started (its cache empty), the others come after it.
   */
  app: { firstTag: number; tag: number; assign: number };
  /** Seconds of the same rows changed by two hand-written statements (the update and the events), rolled back. */
  raw: number;
  peakRssMb: number;
}

/**
 * The claims list's batch change (issue 16 item 5) on `batch` claims of the database at random: a
 * tag added to each (twice: right after PostgreSQL started, with its cache empty, and again, as on a
 * database that has been serving), then each assigned to an editor, as the workbench's batch form does it, timed;
 * the baseline is one UPDATE and one INSERT of the events over the same ids, in a transaction rolled
 * back. A batch of 50 goes first, untimed, to warm the process (not the claims) as a server's is.
 */
export async function measureBulkChange(url: string, { batch = 1_000 } = {}): Promise<BulkFigures> {
  const prisma = createPrismaClient(url, { statementTimeoutMs: null });
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  try {
    const claims = Number((await raw.query(`SELECT count(*) FROM "Claim"`)).rows[0].count);
    const editor = (await raw.query(`SELECT "id", "role" FROM "User" WHERE "disabledAt" IS NULL ORDER BY "id" LIMIT 1`)).rows[0] as { id: number; role: "EDITOR" | "ADMIN" };
    const pick = async () =>
      (
        await raw.query(`SELECT "id", "version" FROM "Claim" WHERE "withdrawnAt" IS NULL ORDER BY md5("id"::text || $1) LIMIT $2`, [String(Date.now()), batch])
      ).rows as { id: number; version: number }[];
    const timed = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      return (performance.now() - started) / 1000;
    };
    const tag = `bench-${Date.now().toString(36)}`;
    // A running server has compiled its code and queries already; the claims picked stay cold.
    await applyBulkChange(prisma, editor, (await pick()).slice(0, 50), { action: "tag", tag: `${tag}-warm-up` }, { review: false });
    const firstTargets = await pick();
    const firstTagSeconds = await timed(() => applyBulkChange(prisma, editor, firstTargets, { action: "tag", tag: `${tag}-first` }, { review: false }));
    const tagTargets = await pick();
    const tagSeconds = await timed(() => applyBulkChange(prisma, editor, tagTargets, { action: "tag", tag }, { review: false }));
    const assignTargets = await pick();
    const assignSeconds = await timed(() => applyBulkChange(prisma, editor, assignTargets, { action: "assign", assigneeId: editor.id }, { review: false }));

    const ids = (await pick()).map((target) => target.id);
    await raw.query("BEGIN");
    const rawSeconds = await timed(async () => {
      await raw.query(`UPDATE "Claim" SET "tags" = array_append("tags", $1), "version" = "version" + 1, "updatedAt" = now() WHERE "id" = ANY($2::int[])`, [tag, ids]);
      await raw.query(`INSERT INTO "ClaimEvent" ("claimId", "type", "actorId", "diff") SELECT unnest($1::int[]), 'EDITED', $2, '{}'::jsonb`, [ids, editor.id]);
    });
    await raw.query("ROLLBACK");
    return { claims, batch, app: { firstTag: firstTagSeconds, tag: tagSeconds, assign: assignSeconds }, raw: rawSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    await raw.end();
    await prisma.$disconnect();
  }
}
