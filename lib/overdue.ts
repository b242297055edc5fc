import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import { claimSummarySelect } from "@/lib/claims.ts";
import { utcToday } from "@/lib/due-dates.ts";
import { VERDICTS } from "@/lib/status.ts";

// lib/due-dates.ts's overdue rule for the database. "Today" comes from the app's clock in UTC,
// never from the database session's time zone.

// The verdicts are inlined as literals, not bound, so that the planner can prove the condition
// implies the predicate of the partial index Claim_open_dueAt_idx. They are our own enum names.
// (Prisma's `notIn` binds them, and at a million claims its query took seconds instead of ms.)
const NOT_A_VERDICT = Prisma.raw(`c."status" NOT IN (${VERDICTS.map((status) => `'${status}'`).join(", ")})`);

/** For raw SQL over the alias `c` (the claim index, reports, the lists below). */
export function overdueCondition(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(c."dueAt" < ${utcToday(now)}::date AND ${NOT_A_VERDICT})`;
}

export const OVERDUE_QUEUE_SIZE = 50;

/** Ids of overdue claims by due date (oldest or most recent first), through the partial index. */
export async function overdueClaimIds(
  prisma: PrismaClient,
  { now = new Date(), publishedOnly = false, newestFirst = false, take = OVERDUE_QUEUE_SIZE } = {},
): Promise<number[]> {
  const visibility = publishedOnly ? Prisma.sql`AND c."visibility" = 'PUBLISHED'` : Prisma.empty;
  const order = newestFirst ? Prisma.sql`c."dueAt" DESC, c."id" DESC` : Prisma.sql`c."dueAt", c."id"`;
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT c."id" FROM "Claim" AS c WHERE ${overdueCondition(now)} ${visibility} ORDER BY ${order} LIMIT ${take}`;
  return rows.map((row) => row.id);
}

/** Rows of `select` for `ids`, in the order of `ids`. */
export async function inOrder<T extends { id: number }>(ids: number[], load: (ids: number[]) => Promise<T[]>): Promise<T[]> {
  const byId = new Map((await load(ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** "Overdue for review" on the editor dashboard: drafts included, oldest due date first. */
export async function overdueQueue(prisma: PrismaClient, now: Date = new Date()) {
  const ids = await overdueClaimIds(prisma, { now });
  return inOrder(ids, (some) => prisma.claim.findMany({ where: { id: { in: some } }, select: claimSummarySelect }));
}
