import type { Prisma, PrismaClient } from "@/generated/prisma/client.ts";

// Read models of the editor pages. Drafts included: these are for signed-in editors only. The
// claims list is claim-list.ts.

export function getClaimForEditor(prisma: PrismaClient, id: number) {
  return prisma.claim.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      quote: true,
      summary: true,
      headline: true,
      claimantId: true,
      sourceId: true,
      statedAt: true,
      kind: true,
      tags: true,
      dueAt: true,
      dueNote: true,
      status: true,
      visibility: true,
      publishedAt: true,
      withdrawnAt: true,
      withdrawalReason: true,
      assignee: { select: { id: true, name: true } },
      anchorStart: true,
      anchorEnd: true,
      claimant: { select: { name: true, title: true } },
      source: { select: { id: true, title: true } },
      outcomes: {
        orderBy: [{ outcome: { occurredAt: "asc" } }, { outcomeId: "asc" }],
        select: { relation: true, note: true, outcome: { select: { id: true, title: true, occurredAt: true } } },
      },
    },
  });
}


/** Choices of the claim and outcome forms. */
export async function formOptions(prisma: PrismaClient) {
  const [claimants, sources, outcomes] = await Promise.all([
    prisma.claimant.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, title: true } }),
    prisma.source.findMany({ orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }], select: { id: true, title: true, publisher: true } }),
    prisma.outcome.findMany({ orderBy: [{ occurredAt: "desc" }, { id: "desc" }], select: { id: true, title: true, occurredAt: true } }),
  ]);
  return { claimants, sources, outcomes };
}

const outcomeSelect = {
  id: true,
  title: true,
  description: true,
  occurredAt: true,
  url: true,
  sourceId: true,
  source: { select: { title: true } },
} as const satisfies Prisma.OutcomeSelect;

export function listOutcomesForEditor(prisma: PrismaClient) {
  return prisma.outcome.findMany({
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    select: { ...outcomeSelect, _count: { select: { claims: true } } },
  });
}

export function getOutcomeForEditor(prisma: PrismaClient, id: number) {
  return prisma.outcome.findUnique({
    where: { id },
    select: {
      ...outcomeSelect,
      claims: {
        orderBy: { claimId: "asc" },
        select: { relation: true, claim: { select: { id: true, quote: true, status: true, visibility: true } } },
      },
    },
  });
}
