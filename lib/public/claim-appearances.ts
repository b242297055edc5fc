import type { PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/platform/db.ts";

/** Where a published claim was said again (ClaimAppearance), oldest first: the claim page and its ClaimReview list them. */
export function publicClaimAppearances(claimId: number, prisma: PrismaClient = db) {
  return prisma.claimAppearance.findMany({
    where: { claimId },
    orderBy: [{ statedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      quote: true,
      statedAt: true,
      source: { select: { id: true, url: true, title: true, publisher: true, publishedAt: true } },
    },
  });
}

export type PublicAppearance = Awaited<ReturnType<typeof publicClaimAppearances>>[number];

/** "said N times": the claim's own statement and each appearance. */
export const timesSaid = (appearances: readonly unknown[]) => appearances.length + 1;
