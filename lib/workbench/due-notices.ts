import type { PrismaClient } from "@/generated/prisma/client.ts";
import { utcToday } from "@/lib/due-dates.ts";
import { OPEN_STATUSES } from "@/lib/status.ts";
import { notify } from "@/lib/workbench/notifications.ts";

const DAY_MS = 86_400_000;
/** How far back an overdue claim is still announced: a queue that was down for days catches up, a new installation does not announce years of backlog. */
export const OVERDUE_NOTICE_DAYS = 7;

/**
 * The daily due-date notices (the job queue's due-notices job, lib/platform/jobs/queue.ts): each open,
 * not withdrawn claim due today tells its creator and its assignee (DUE); one whose due day passed
 * in the last week, that it is overdue (OVERDUE). Each once per claim and due date, however often this
 * runs (the notification's cause names both). Returns how many notifications were written.
 */
export async function sendDueNotices(prisma: PrismaClient, now: Date = new Date()): Promise<number> {
  const today = new Date(`${utcToday(now)}T00:00:00Z`);
  const claims = await prisma.claim.findMany({
    where: { withdrawnAt: null, status: { in: [...OPEN_STATUSES] }, dueAt: { gte: new Date(today.getTime() - OVERDUE_NOTICE_DAYS * DAY_MS), lte: today } },
    select: { id: true, dueAt: true, createdById: true, assigneeId: true },
  });
  return prisma.$transaction(async (tx) => {
    let written = 0;
    for (const claim of claims) {
      const day = claim.dueAt!.toISOString().slice(0, 10);
      const kind = claim.dueAt!.getTime() === today.getTime() ? "DUE" : "OVERDUE";
      const userIds = [claim.createdById, claim.assigneeId].filter((id): id is number => id !== null);
      written += await notify(tx, { userIds, kind, cause: `${kind.toLowerCase()}:${claim.id}:${day}`, claimId: claim.id });
    }
    return written;
  });
}
