import type { PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimStatus } from "@/generated/prisma/enums.ts";
import { listedClaimWhere, listPublishedClaims } from "@/lib/public/published-claims.ts";
import { db } from "@/lib/platform/db.ts";

/**
 * Claimants with at least one published claim, by name. A claimant known only from drafts is
 * not public: their name alone would tell that a claim is being prepared.
 */
export async function listPublicClaimants(prisma: PrismaClient = db) {
  const claimants = await prisma.claimant.findMany({
    where: { claims: { some: listedClaimWhere } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      name: true,
      title: true,
      organisation: true,
      country: true,
      _count: { select: { claims: { where: listedClaimWhere } } },
    },
  });
  return claimants.map(({ _count, ...claimant }) => ({ ...claimant, publishedClaims: _count.claims }));
}

/** Name and slug of every public claimant, for the index's claimant filter (no counting: it stays cheap at scale). */
export async function listClaimantOptions(prisma: PrismaClient = db) {
  return prisma.claimant.findMany({
    where: { claims: { some: listedClaimWhere } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { slug: true, name: true },
  });
}

/** Published claims per status, every status present (0 when none), in vocabulary order. */
export function statusBreakdown(rows: { status: ClaimStatus; count: number }[]) {
  const counts = new Map(rows.map((row) => [row.status, row.count]));
  return Object.values(ClaimStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** A claimant's public page: null when the slug is unknown or they have no published claim. */
export async function getClaimantPage(slug: string, prisma: PrismaClient = db) {
  const claimant = await prisma.claimant.findFirst({
    where: { slug, claims: { some: listedClaimWhere } },
    select: {
      id: true,
      slug: true,
      name: true,
      title: true,
      titleFrom: true,
      titleUntil: true,
      organisation: true,
      country: true,
      kind: true,
      aliases: true,
      wikidataId: true,
      description: true,
    },
  });
  if (!claimant) return null;
  const [claims, groups] = await Promise.all([
    listPublishedClaims({ where: { claimantId: claimant.id }, take: 500, prisma }),
    prisma.claim.groupBy({ by: ["status"], where: { claimantId: claimant.id, ...listedClaimWhere }, _count: { _all: true } }),
  ]);
  return {
    claimant,
    claims,
    statusCounts: groups.map((group) => ({ status: group.status, count: group._count._all })),
  };
}

/** Where a claimant's former address (renamed, or merged into another) leads now: its current slug, or null. */
export async function currentClaimantSlug(formerSlug: string, prisma: PrismaClient = db): Promise<string | null> {
  const redirect = await prisma.claimantRedirect.findUnique({ where: { slug: formerSlug }, select: { claimant: { select: { slug: true } } } });
  return redirect?.claimant.slug ?? null;
}
