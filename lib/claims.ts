import type { ClaimEventType, Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/db.ts";

/** What a claim card shows. */
export const claimListSelect = {
  id: true,
  quote: true,
  summary: true,
  statedAt: true,
  kind: true,
  status: true,
  dueAt: true,
  claimant: { select: { name: true, title: true, slug: true } },
  source: { select: { id: true, title: true, publisher: true } },
  _count: { select: { outcomes: true } },
} as const satisfies Prisma.ClaimSelect;

/** A claim in the workbench's tables (drafts included: editors only). */
export const claimSummarySelect = {
  id: true,
  quote: true,
  status: true,
  visibility: true,
  updatedAt: true,
  dueAt: true,
  claimant: { select: { name: true } },
} as const satisfies Prisma.ClaimSelect;

/** Published claims matching `where`, newest statement first. */
export async function listPublishedClaims({
  where = {},
  take = 50,
  prisma = db,
}: { where?: Prisma.ClaimWhereInput; take?: number; prisma?: PrismaClient } = {}) {
  return prisma.claim.findMany({
    where: { ...where, visibility: "PUBLISHED" },
    orderBy: [{ statedAt: "desc" }, { id: "desc" }],
    take,
    select: claimListSelect,
  });
}

export type ClaimListItem = Prisma.ClaimGetPayload<{ select: typeof claimListSelect }>;

/** History entries readers see: internal notes and field-level edit diffs stay in the workbench. */
export const PUBLIC_EVENT_TYPES = [
  "CREATED",
  "PUBLISHED",
  "UNPUBLISHED",
  "STATUS_CHANGED",
  "OUTCOME_LINKED",
  "OUTCOME_UNLINKED",
] as const satisfies readonly ClaimEventType[];

const sourceSummary = { id: true, url: true, title: true, publisher: true, author: true, publishedAt: true } as const;

/** A published claim with everything its public page shows; null for a draft or a missing id. */
export async function getPublishedClaim(id: number, prisma: PrismaClient = db) {
  return prisma.claim.findFirst({
    where: { id, visibility: "PUBLISHED" },
    select: {
      id: true,
      quote: true,
      summary: true,
      statedAt: true,
      kind: true,
      status: true,
      tags: true,
      dueAt: true,
      dueNote: true,
      publishedAt: true,
      updatedAt: true,
      anchorExact: true,
      anchorPrefix: true,
      anchorSuffix: true,
      anchorStart: true,
      anchorEnd: true,
      claimant: { select: { slug: true, name: true, title: true, organisation: true, country: true, kind: true } },
      source: { select: { ...sourceSummary, body: true } },
      outcomes: {
        orderBy: [{ outcome: { occurredAt: "asc" } }, { outcomeId: "asc" }],
        select: {
          relation: true,
          note: true,
          outcome: {
            select: { id: true, title: true, description: true, occurredAt: true, url: true, source: { select: sourceSummary } },
          },
        },
      },
      events: {
        where: { type: { in: [...PUBLIC_EVENT_TYPES] } },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: {
          id: true,
          type: true,
          at: true,
          fromStatus: true,
          toStatus: true,
          rationale: true,
          outcome: { select: { id: true, title: true } },
        },
      },
    },
  });
}

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>;
