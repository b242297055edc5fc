import type { PrismaClient } from "@/generated/prisma/client.ts";
import { claimSummarySelect } from "@/lib/public/published-claims.ts";
import { overdueQueue } from "@/lib/public/overdue.ts";
import { OPEN_STATUSES } from "@/lib/status.ts";
import { proposalDetails, reviewsWaitingFor } from "@/lib/workbench/reviews.ts";
import { listOrphanedClaims } from "@/lib/workbench/sources.ts";

const claimSummary = { ...claimSummarySelect, withdrawnAt: true } as const;

/**
 * What an editor sees first. Each claim is listed once, in the first section it belongs to, in
 * this order (most urgent first):
 * 1. orphaned anchors (its words are gone from its source: fix that first),
 * 2. overdue for review (oldest due date first; drafts included, never a withdrawn claim),
 * 3. drafts (not public yet),
 * 4. published claims that have waited longest for any outcome (open, none linked, not withdrawn),
 * 5. the other claims changed most recently.
 * Then the editor's own latest actions: a log of events, where a claim recurs with each action.
 * Above them, the editor's own work, which may repeat a claim listed below: changes other editors
 * proposed that wait for a review ("Waiting for your review", oldest first), and the claims assigned
 * to them ("My claims", not withdrawn; the nearest due date first, then the latest change).
 */
export async function loadEditorDashboard(prisma: PrismaClient, userId: number, now: Date = new Date()) {
  const [orphaned, overdueAll, myActivity, myClaims, reviews] = await Promise.all([
    listOrphanedClaims(prisma),
    overdueQueue(prisma, now),
    prisma.claimEvent.findMany({
      where: { actorId: userId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, type: true, at: true, toStatus: true, claim: { select: { id: true, quote: true } } },
    }),
    prisma.claim.findMany({
      where: { assigneeId: userId, withdrawnAt: null },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }, { id: "desc" }],
      take: 20,
      select: claimSummary,
    }),
    reviewsWaitingFor(prisma, userId),
  ]);
  const waitingForReview = reviews.map(({ change, kind, ...review }) => ({ ...review, ...proposalDetails({ kind, change }) }));
  const orphanedIds = new Set(orphaned.map((claim) => claim.id));
  const overdue = overdueAll.filter((claim) => !orphanedIds.has(claim.id));
  const shown = [...orphanedIds, ...overdue.map((claim) => claim.id)];

  const [drafts, awaitingOutcome] = await Promise.all([
    prisma.claim.findMany({
      where: { visibility: "DRAFT", id: { notIn: shown } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 20,
      select: claimSummary,
    }),
    prisma.claim.findMany({
      where: { visibility: "PUBLISHED", withdrawnAt: null, status: { in: [...OPEN_STATUSES] }, outcomes: { none: {} }, id: { notIn: shown } },
      orderBy: [{ statedAt: "asc" }, { id: "asc" }],
      take: 10,
      select: claimSummary,
    }),
  ]);
  const recentlyChanged = await prisma.claim.findMany({
    where: { id: { notIn: [...shown, ...drafts.map((claim) => claim.id), ...awaitingOutcome.map((claim) => claim.id)] } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 10,
    select: claimSummary,
  });
  return { waitingForReview, myClaims, orphaned, overdue, drafts, awaitingOutcome, recentlyChanged, myActivity };
}
