import type { PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/platform/db.ts";
import { escapeXml } from "@/lib/public/feed.ts";
import { listedClaimWhere } from "@/lib/public/published-claims.ts";
import { publicSourceWhere } from "@/lib/public/public-sources.ts";

/**
 * The sitemap is an index (`/sitemap.xml`) of small files: the site's fixed pages, then the public
 * claims, claimants and sources in files of SITEMAP_FILE_IDS consecutive ids each
 * (`/sitemap/claims-12.xml` holds claims 12,000–12,999 that readers may see). One file of every URL
 * was 4 MB at a million claims and took seconds to render; a file by id range stays small, and a
 * change to a claim changes only the file of its id (lib/public/page-invalidation.ts), not the index.
 */
export const SITEMAP_FILE_IDS = 1_000;

export type SitemapKind = "claims" | "claimants" | "sources";
export type SitemapFile = { kind: "pages" } | { kind: SitemapKind; chunk: number };

interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

export const sitemapFilePath = (kind: SitemapKind, id: number) => `/sitemap/${kind}-${Math.floor(id / SITEMAP_FILE_IDS)}.xml`;

const filePath = (file: SitemapFile) => (file.kind === "pages" ? "/sitemap/pages.xml" : `/sitemap/${file.kind}-${file.chunk}.xml`);

/** The file a `/sitemap/{name}` names: `pages.xml`, or `claims-3.xml` as written (no 03); null otherwise. */
export function parseSitemapFile(name: string): SitemapFile | null {
  if (name === "pages.xml") return { kind: "pages" };
  const match = /^(claims|claimants|sources)-(0|[1-9]\d{0,6})\.xml$/.exec(name);
  return match ? { kind: match[1] as SitemapKind, chunk: Number(match[2]) } : null;
}

const idRange = (chunk: number) => ({ gte: chunk * SITEMAP_FILE_IDS, lt: (chunk + 1) * SITEMAP_FILE_IDS });

/**
 * The files of the index: one per thousand ids up to the highest public claim, claimant and source.
 * The highest is found walking the primary key down from the top (grouping the public claims by file
 * took seconds under load at a million claims), so a file below it may be empty (a range of drafts
 * alone); each file gives its pages' dates.
 */
export async function sitemapIndexEntries(prisma: PrismaClient = db): Promise<SitemapEntry[]> {
  const [claim, claimant, source] = await Promise.all([
    prisma.claim.findFirst({ where: listedClaimWhere, orderBy: { id: "desc" }, select: { id: true } }),
    prisma.claimant.findFirst({ where: { claims: { some: listedClaimWhere } }, orderBy: { id: "desc" }, select: { id: true } }),
    prisma.source.findFirst({ where: publicSourceWhere, orderBy: { id: "desc" }, select: { id: true } }),
  ]);
  const files = (kind: SitemapKind, highest: { id: number } | null) =>
    highest ? Array.from({ length: Math.floor(highest.id / SITEMAP_FILE_IDS) + 1 }, (_, chunk) => ({ path: filePath({ kind, chunk }) })) : [];
  return [{ path: filePath({ kind: "pages" }) }, ...files("claims", claim), ...files("claimants", claimant), ...files("sources", source)];
}

/** The pages one sitemap file lists: public ones only, so a file of drafts alone is empty. */
export async function sitemapFileEntries(file: SitemapFile, prisma: PrismaClient = db): Promise<SitemapEntry[]> {
  switch (file.kind) {
    case "pages":
      return ["/", "/claimants", "/sources", "/corrections", "/methodology"].map((path) => ({ path }));
    case "claims": {
      const claims = await prisma.claim.findMany({
        where: { id: idRange(file.chunk), ...listedClaimWhere },
        orderBy: { id: "asc" },
        select: { id: true, updatedAt: true },
      });
      return claims.map((claim) => ({ path: `/claims/${claim.id}`, lastModified: claim.updatedAt }));
    }
    case "claimants": {
      const claimants = await prisma.claimant.findMany({
        where: { id: idRange(file.chunk), claims: { some: listedClaimWhere } },
        orderBy: { id: "asc" },
        select: { slug: true },
      });
      return claimants.map((claimant) => ({ path: `/claimants/${claimant.slug}` }));
    }
    case "sources": {
      const sources = await prisma.source.findMany({
        where: { id: idRange(file.chunk), ...publicSourceWhere },
        orderBy: { id: "asc" },
        select: { id: true, updatedAt: true },
      });
      return sources.map((source) => ({ path: `/sources/${source.id}`, lastModified: source.updatedAt }));
    }
  }
}

const lastmod = (entry: SitemapEntry) => (entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "");

export function sitemapIndexXml(origin: string, entries: SitemapEntry[]): string {
  const items = entries.map((entry) => `<sitemap><loc>${escapeXml(origin + entry.path)}</loc>${lastmod(entry)}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export function urlSetXml(origin: string, entries: SitemapEntry[]): string {
  const items = entries.map((entry) => `<url><loc>${escapeXml(origin + entry.path)}</loc>${lastmod(entry)}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</urlset>\n`;
}

export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";
