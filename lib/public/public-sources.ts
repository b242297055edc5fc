import type { Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { claimListSelect, listedClaimWhere } from "@/lib/public/published-claims.ts";
import { db } from "@/lib/platform/db.ts";
import { pageWindow } from "@/lib/public/list-pages.ts";
import { ORIGINAL_SUMMARY } from "@/lib/public/source-provenance.ts";

/**
 * Sources readers may see: those of published claims, those of outcomes linked to published
 * claims and those a published claim appears in again (the claim page links to them). A source
 * used only by drafts is not public.
 */
export const publicSourceWhere = {
  OR: [
    { claims: { some: listedClaimWhere } },
    { outcomes: { some: { claims: { some: { claim: listedClaimWhere } } } } },
    { appearances: { some: { claim: listedClaimWhere } } },
  ],
} as const satisfies Prisma.SourceWhereInput;

export const sourceVersionPath = (sourceId: number, number: number) => `/sources/${sourceId}/versions/${number}`;

/** What the version history shows of each version (not who saved it: editors are not named to readers). */
export const VERSION_SUMMARY = { number: true, sha256: true, reason: true, createdAt: true } as const;

/** A page of the public sources, newest article first. */
export async function listPublicSources(prisma: PrismaClient = db, { page = 1 }: { page?: number } = {}) {
  const sources = await prisma.source.findMany({
    where: publicSourceWhere,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
    ...pageWindow(page),
    select: {
      id: true,
      title: true,
      publisher: true,
      author: true,
      publishedAt: true,
      url: true,
    },
  });
  // Counted for this page only: Prisma's relation count groups every claim (seconds at a million).
  const counts = await prisma.claim.groupBy({
    by: ["sourceId"],
    where: { sourceId: { in: sources.map((source) => source.id) }, ...listedClaimWhere },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((row) => [row.sourceId, row._count._all]));
  return sources.map((source) => ({ ...source, publishedClaims: countOf.get(source.id) ?? 0 }));
}

export async function countPublicSources(prisma: PrismaClient = db): Promise<number> {
  return prisma.source.count({ where: publicSourceWhere });
}

/** A source's public page with its published claims (anchors included) and those said again in it; null when not public. */
export async function getSourcePage(id: number, prisma: PrismaClient = db) {
  return prisma.source.findFirst({
    where: { id, ...publicSourceWhere },
    select: {
      id: true,
      url: true,
      title: true,
      publisher: true,
      author: true,
      publishedAt: true,
      retrievedAt: true,
      archiveUrls: true,
      original: { select: ORIGINAL_SUMMARY },
      versions: { orderBy: { number: "desc" }, select: VERSION_SUMMARY },
      body: true,
      claims: {
        where: listedClaimWhere,
        orderBy: [{ anchorStart: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: { ...claimListSelect, anchorExact: true, anchorPrefix: true, anchorSuffix: true, anchorStart: true, sourceVersion: { select: { number: true } } },
      },
      appearances: {
        where: { claim: listedClaimWhere },
        orderBy: [{ anchorStart: "asc" }, { id: "asc" }],
        select: { id: true, quote: true, statedAt: true, claim: { select: { id: true, headline: true } } },
      },
      outcomes: {
        where: { claims: { some: { claim: listedClaimWhere } } },
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          occurredAt: true,
          claims: {
            where: { claim: listedClaimWhere },
            orderBy: { claimId: "asc" },
            select: { claim: { select: { id: true, quote: true } } },
          },
        },
      },
    },
  });
}

export type SourcePage = NonNullable<Awaited<ReturnType<typeof getSourcePage>>>;

/**
 * One version of a public source's text, with the source's heading, its version history and its
 * published claims' anchors (highlighted where their words are in this version); null when the
 * source is not public or has no such version.
 */
export async function getSourceVersionPage(id: number, number: number, prisma: PrismaClient = db) {
  const source = await prisma.source.findFirst({
    where: { id, ...publicSourceWhere, versions: { some: { number } } },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      versions: { orderBy: { number: "desc" }, select: VERSION_SUMMARY },
      claims: {
        where: listedClaimWhere,
        orderBy: [{ anchorStart: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: { id: true, quote: true, anchorExact: true, anchorPrefix: true, anchorSuffix: true, anchorStart: true, sourceVersion: { select: { number: true } } },
      },
    },
  });
  if (!source) return null;
  const version = await prisma.sourceVersion.findUniqueOrThrow({ where: { sourceId_number: { sourceId: id, number } }, select: { ...VERSION_SUMMARY, body: true } });
  return { source, version };
}
