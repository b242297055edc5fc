import type { PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/platform/db.ts";
import { isListed, listedClaimWhere } from "@/lib/public/published-claims.ts";
import { originalOf } from "@/lib/workbench/claim-links.ts";

const linkedClaim = {
  select: { id: true, quote: true, statedAt: true, visibility: true, withdrawnAt: true, claimant: { select: { name: true, slug: true } } },
} as const;

/**
 * What readers see of a claim's links, listed claims only: the original its reader page sends them
 * to (when this claim is a duplicate of a listed claim: never to a withdrawn one), and the "Also
 * said" list: related claims and the other reports of the same statement.
 */
export async function publicClaimRelations(claimId: number, prisma: PrismaClient = db) {
  const [original, from, to] = await Promise.all([
    originalOf(prisma, claimId),
    prisma.claimLink.findMany({ where: { fromClaimId: claimId }, orderBy: { id: "asc" }, select: { kind: true, toClaim: linkedClaim } }),
    prisma.claimLink.findMany({ where: { toClaimId: claimId }, orderBy: { id: "asc" }, select: { kind: true, fromClaim: linkedClaim } }),
  ]);
  const originalId =
    original !== null && (await prisma.claim.count({ where: { id: original, ...listedClaimWhere } })) === 1 ? original : null;
  const alsoSaid = [
    ...from.map((link) => ({ kind: link.kind, claim: link.toClaim })),
    ...to.map((link) => ({ kind: link.kind, claim: link.fromClaim })),
  ]
    .filter((link) => isListed(link.claim))
    .map(({ kind, claim: { visibility: _visibility, withdrawnAt: _withdrawnAt, ...claim } }) => ({ sameStatement: kind === "DUPLICATE_OF", ...claim }));
  return { originalId, alsoSaid };
}

export type PublicClaimRelations = Awaited<ReturnType<typeof publicClaimRelations>>;
