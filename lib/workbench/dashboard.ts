import type { PrismaClient } from "@/generated/prisma/client.ts";
import { claimSummarySelect as claimSummary } from "@/lib/public/published-claims.ts";
import { overdueQueue } from "@/lib/public/overdue.ts";
import { OPEN_STATUSES } from "@/lib/status.ts";
import { listOrphanedClaims } from "@/lib/workbench/sources.ts";

/**
 * What an editor sees first: orphaned anchors, the claims overdue for review (oldest due date
 * first), the claims that have waited longest for any outcome, drafts, the claims changed most
 * recently, and the editor's own latest actions.
 */
export async function loadEditorDashboard(prisma: PrismaClient, userId: number, now: Date = new Date()) {
  const [overdue, awaitingOutcome, drafts, recentlyChanged, orphaned, myActivity] = await Promise.all([
    overdueQueue(prisma, now),
    prisma.claim.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, outcomes: { none: {} } },
      orderBy: [{ statedAt: "asc" }, { id: "asc" }],
      take: 10,
      select: claimSummary,
    }),
    prisma.claim.findMany({ where: { visibility: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: 20, select: claimSummary }),
    prisma.claim.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: 10, select: claimSummary }),
    listOrphanedClaims(prisma),
    prisma.claimEvent.findMany({
      where: { actorId: userId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, type: true, at: true, toStatus: true, claim: { select: { id: true, quote: true } } },
    }),
  ]);
  return { overdue, awaitingOutcome, drafts, recentlyChanged, orphaned, myActivity };
}
