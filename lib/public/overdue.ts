import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimStatus, Visibility } from "@/generated/prisma/enums.ts";
import { utcToday } from "@/lib/due-dates.ts";
import { listedClaimCondition } from "@/lib/public/published-claims.ts";
import { VERDICTS } from "@/lib/status.ts";

// lib/due-dates.ts's overdue rule for the database. "Today" comes from the app's clock in UTC,
// never from the database session's time zone.

// isOpen (lib/status.ts) in SQL: not a verdict. The verdicts are inlined as literals, not bound, so
// that the planner can prove the condition implies the predicate of the partial index
// Claim_open_dueAt_idx. They are our own enum names. (Prisma's `notIn` binds them, and at a million claims its query took seconds instead of ms.)
const NOT_A_VERDICT = Prisma.raw(`c."status" NOT IN (${VERDICTS.map((status) => `'${status}'`).join(", ")})`);

/** For raw SQL over the alias `c` (the claim index, reports, the lists below). */
export function overdueCondition(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(c."dueAt" < ${utcToday(now)}::date AND ${NOT_A_VERDICT})`;
}

export const OVERDUE_QUEUE_SIZE = 50;

/** What the overdue lists show of a claim (the dashboard's rows, the feed's entries). */
export type OverdueClaim = {
  id: number;
  quote: string;
  status: ClaimStatus;
  visibility: Visibility;
  updatedAt: Date;
  dueAt: Date;
  dueNote: string | null;
  claimant: { name: string };
};

/**
 * Overdue claims by due date (oldest or most recent first), through the partial index, in one query.
 * Never a withdrawn claim: it is listed nowhere and can no longer change, so there is nothing to review.
 */
export async function overdueClaims(
  prisma: PrismaClient,
  { now = new Date(), publishedOnly = false, newestFirst = false, take = OVERDUE_QUEUE_SIZE } = {},
): Promise<OverdueClaim[]> {
  const scope = publishedOnly ? listedClaimCondition : Prisma.sql`c."withdrawnAt" IS NULL`;
  const order = newestFirst ? Prisma.sql`c."dueAt" DESC, c."id" DESC` : Prisma.sql`c."dueAt", c."id"`;
  const rows = await prisma.$queryRaw<(Omit<OverdueClaim, "claimant"> & { claimantName: string })[]>`
    SELECT c."id", c."quote", c."status", c."visibility", c."updatedAt", c."dueAt", c."dueNote", cl."name" AS "claimantName"
      FROM "Claim" AS c JOIN "Claimant" AS cl ON cl."id" = c."claimantId"
     WHERE ${overdueCondition(now)} AND ${scope}
     ORDER BY ${order} LIMIT ${take}`;
  return rows.map(({ claimantName, ...claim }) => ({ ...claim, claimant: { name: claimantName } }));
}

/** "Overdue for review" on the editor dashboard: drafts included, oldest due date first. */
export function overdueQueue(prisma: PrismaClient, now: Date = new Date()): Promise<OverdueClaim[]> {
  return overdueClaims(prisma, { now });
}
