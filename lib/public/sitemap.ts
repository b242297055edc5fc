import type { PrismaClient } from "@/generated/prisma/client.ts";
import { listClaimantOptions } from "@/lib/public/public-claimants.ts";
import { db } from "@/lib/platform/db.ts";
import { listedClaimWhere } from "@/lib/public/published-claims.ts";
import { publicSourceWhere } from "@/lib/public/public-sources.ts";

/** One sitemap file holds at most 50,000 URLs (sitemaps.org); the most recently updated claims go first. */
export const SITEMAP_LIMIT = 50_000;

export async function sitemapEntries(origin: string, prisma: PrismaClient = db, limit = SITEMAP_LIMIT) {
  const [claimants, sources] = await Promise.all([
    listClaimantOptions(prisma),
    prisma.source.findMany({ where: publicSourceWhere, select: { id: true, updatedAt: true }, orderBy: { id: "asc" }, take: limit }),
  ]);
  const fixed = [`${origin}/`, `${origin}/claimants`, `${origin}/sources`].map((url) => ({ url }));
  const claims = await prisma.claim.findMany({
    where: listedClaimWhere,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, updatedAt: true },
    take: Math.max(0, limit - fixed.length - claimants.length - sources.length),
  });
  return [
    ...fixed,
    ...claims.map((claim) => ({ url: `${origin}/claims/${claim.id}`, lastModified: claim.updatedAt })),
    ...claimants.map((claimant) => ({ url: `${origin}/claimants/${claimant.slug}` })),
    ...sources.map((source) => ({ url: `${origin}/sources/${source.id}`, lastModified: source.updatedAt })),
  ].slice(0, limit);
}
