import type { Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimStatus } from "@/generated/prisma/enums.ts";
import { listedClaimWhere, listPublishedClaims } from "@/lib/public/published-claims.ts";
import { db } from "@/lib/platform/db.ts";
import { CLAIMANT_CLAIMS_PAGE_SIZE, pageCount, pageWindow } from "@/lib/public/list-pages.ts";

/** Claimants readers may see: those with a listed claim. */
const publicClaimantWhere = { claims: { some: listedClaimWhere } } as const satisfies Prisma.ClaimantWhereInput;

/**
 * A page of the claimants with at least one published claim, by name. A claimant known only from
 * drafts is not public: their name alone would tell that a claim is being prepared.
 */
export async function listPublicClaimants(prisma: PrismaClient = db, { page = 1 }: { page?: number } = {}) {
  const claimants = await prisma.claimant.findMany({
    where: publicClaimantWhere,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pageWindow(page),
    select: { id: true, slug: true, name: true, title: true, organisation: true, country: true },
  });
  // Counted for this page only: Prisma's relation count groups every claim (seconds at a million).
  const counts = await prisma.claim.groupBy({
    by: ["claimantId"],
    where: { claimantId: { in: claimants.map((claimant) => claimant.id) }, ...listedClaimWhere },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((row) => [row.claimantId, row._count._all]));
  return claimants.map(({ id, ...claimant }) => ({ ...claimant, publishedClaims: countOf.get(id) ?? 0 }));
}

export async function countPublicClaimants(prisma: PrismaClient = db): Promise<number> {
  return prisma.claimant.count({ where: publicClaimantWhere });
}

/** Name and slug of every public claimant, for the sitemap (no counting: it stays cheap at scale). */
export async function listClaimantOptions(prisma: PrismaClient = db) {
  return prisma.claimant.findMany({ where: publicClaimantWhere, orderBy: [{ name: "asc" }, { id: "asc" }], select: { slug: true, name: true } });
}

/**
 * The index's claimant filter is a list to choose from while it is short enough to read; beyond
 * that (5,000 claimants at a million claims made every search page 300 KB) readers choose a
 * claimant on the claimants list instead, and the filter offers only the one chosen.
 */
export const CLAIMANT_FILTER_LIMIT = 200;

export interface ClaimantFilterOptions {
  options: { slug: string; name: string }[];
  /** More public claimants than CLAIMANT_FILTER_LIMIT: `options` is only the chosen one, if any. */
  tooMany: boolean;
}

export async function claimantFilterOptions(chosen: string | undefined, prisma: PrismaClient = db): Promise<ClaimantFilterOptions> {
  const first = await prisma.claimant.findMany({
    where: publicClaimantWhere,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { slug: true, name: true },
    take: CLAIMANT_FILTER_LIMIT + 1,
  });
  if (first.length <= CLAIMANT_FILTER_LIMIT) return { options: first, tooMany: false };
  const one = chosen ? await prisma.claimant.findFirst({ where: { slug: chosen, ...publicClaimantWhere }, select: { slug: true, name: true } }) : null;
  return { options: one ? [one] : [], tooMany: true };
}

/** Published claims per status, every status present (0 when none), in vocabulary order. */
export function statusBreakdown(rows: { status: ClaimStatus; count: number }[]) {
  const counts = new Map(rows.map((row) => [row.status, row.count]));
  return Object.values(ClaimStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/**
 * A page of a claimant's public page (their details, their claims per status, and
 * CLAIMANT_CLAIMS_PAGE_SIZE of their claims, newest statement first): null when the slug is
 * unknown, they have no listed claim, or there is no such page.
 */
export async function getClaimantPage(slug: string, prisma: PrismaClient = db, page = 1) {
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
    listPublishedClaims({ where: { claimantId: claimant.id }, ...pageWindow(page, CLAIMANT_CLAIMS_PAGE_SIZE), prisma }),
    prisma.claim.groupBy({ by: ["status"], where: { claimantId: claimant.id, ...listedClaimWhere }, _count: { _all: true } }),
  ]);
  const statusCounts = groups.map((group) => ({ status: group.status, count: group._count._all }));
  const total = statusCounts.reduce((sum, { count }) => sum + count, 0);
  const pages = pageCount(total, CLAIMANT_CLAIMS_PAGE_SIZE);
  if (page > pages) return null;
  return { claimant, claims, statusCounts, total, page, pages };
}

/** Where a claimant's former address (renamed, or merged into another) leads now: its current slug, or null. */
export async function currentClaimantSlug(formerSlug: string, prisma: PrismaClient = db): Promise<string | null> {
  const redirect = await prisma.claimantRedirect.findUnique({ where: { slug: formerSlug }, select: { claimant: { select: { slug: true } } } });
  return redirect?.claimant.slug ?? null;
}
