import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import { claimSummarySelect } from "@/lib/claims.ts";
import { utcToday } from "@/lib/due-dates.ts";
import { VERDICTS } from "@/lib/status.ts";

// lib/due-dates.ts's overdue rule for the database, in the two query forms the app uses. "Today"
// comes from the app's clock in UTC, never from the database session's time zone.

// The verdicts are inlined as literals, not bound, so that the planner can prove the condition
// implies the predicate of the partial index Claim_open_dueAt_idx. They are our own enum names.
const NOT_A_VERDICT = Prisma.raw(`c."status" NOT IN (${VERDICTS.map((status) => `'${status}'`).join(", ")})`);

/** For raw SQL over the alias `c` (the claim index, reports). */
export function overdueCondition(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(c."dueAt" < ${utcToday(now)}::date AND ${NOT_A_VERDICT})`;
}

/** For Prisma queries. */
export function overdueWhere(now: Date = new Date()) {
  return {
    dueAt: { lt: new Date(`${utcToday(now)}T00:00:00Z`) },
    status: { notIn: [...VERDICTS] },
  } satisfies Prisma.ClaimWhereInput;
}

export const OVERDUE_QUEUE_SIZE = 50;

/** "Overdue for review" on the editor dashboard: drafts included, oldest due date first. */
export function overdueQueue(prisma: PrismaClient, now: Date = new Date()) {
  return prisma.claim.findMany({ where: overdueWhere(now), orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: OVERDUE_QUEUE_SIZE, select: claimSummarySelect });
}
