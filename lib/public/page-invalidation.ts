import type { Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { INVALIDATION_CHANNEL, invalidationPayloads } from "@/lib/platform/page-cache/invalidations.ts";
import { CLAIMANT_CLAIMS_PAGE_SIZE, listPagePath, pageCount } from "@/lib/public/list-pages.ts";
import { isListed, listedClaimCondition } from "@/lib/public/published-claims.ts";
import { sitemapFilePath } from "@/lib/public/sitemap.ts";

/**
 * Which cached public pages a change affects, and the notification that drops them from the page
 * cache of every app process (lib/platform/page-cache/). The notification is sent inside the
 * change's own transaction: PostgreSQL delivers it when the change commits, never for a change
 * that rolled back (an import's dry run), and no page rendered before the commit survives it.
 *
 * A change to a claim is recorded as a history event (lib/workbench/events.ts recordEvent), which
 * calls invalidateClaimPages, so every path that changes a claim (form, import, scripts) drops the
 * same pages. Sources and outcomes, which change without a claim event, call their own below.
 */

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * Every cached search (app/(public)/search/[query], app/api/claims/search/[query]): Next.js tags
 * each page and route response with its route as well as its path, so these two tags drop them all.
 */
export const EVERY_SEARCH = ["/(public)/search/[query]/page", "/api/claims/search/[query]/route"] as const;

/** Every page of the claimant and source lists (lib/public/list-pages.ts): the first, and the others by their route's tag. */
export const CLAIMANT_LIST = ["/claimants", "/(public)/claimants/page/[page]/page"] as const;
export const SOURCE_LIST = ["/sources", "/(public)/sources/page/[page]/page"] as const;

/**
 * Every source's version pages (app/(public)/sources/[id]/versions/[number]), by their route's tag.
 * A version's text never changes, but its page is public only while its source is, and a number
 * asked for before it existed was cached as not found; they are rarely read, so one tag drops them all.
 */
export const SOURCE_VERSION_PAGES = "/(public)/sources/[id]/versions/[number]/page";

/** Every page of the corrections log and its feed (lib/public/corrections.ts). */
export const CORRECTIONS_LIST = ["/corrections", "/(public)/corrections/page/[page]/page", "/feed/corrections.xml"] as const;

/** Pages listing claims: a public change to any claim may change them. */
export const LIST_PATHS = ["/", ...CLAIMANT_LIST, ...SOURCE_LIST, ...CORRECTIONS_LIST, "/feed.xml", "/feed/overdue.xml", "/sitemap.xml", ...EVERY_SEARCH] as const;

/** The methodology page (lib/public/site-pages.ts), dropped when an admin saves its text. */
export const METHODOLOGY_PATH = "/methodology";

/** A claim's own pages: the page, a duplicate's own page (`?stay=1`), its JSON, its shared image. */
export const claimPaths = (id: number) => [`/claims/${id}`, `/claims/${id}/own`, `/api/claims/${id}`, `/claims/${id}/verdict-image`];

export const claimantPath = (slug: string) => `/claimants/${slug}`;
export const sourcePath = (id: number) => `/sources/${id}`;

/**
 * Every page of a claimant's claims (lib/public/list-pages.ts), one more than `listed` claims fill:
 * the page a publication starts, or the one an unpublication empties.
 */
export function claimantPagePaths(slug: string, listed: number): string[] {
  const pages = pageCount(listed + 1, CLAIMANT_CLAIMS_PAGE_SIZE);
  return Array.from({ length: pages }, (_, index) => listPagePath(claimantPath(slug), index + 1));
}

/** A claimant's pages and the sitemap file listing them. */
const claimantPaths = (claimant: { id: number; slug: string; listed: number }) => [
  ...claimantPagePaths(claimant.slug, claimant.listed),
  sitemapFilePath("claimants", claimant.id),
];
const sourcePaths = (id: number) => [sourcePath(id), sitemapFilePath("sources", id), SOURCE_VERSION_PAGES];

/** The tag Next.js gives the page at a path (revalidatePath(path) invalidates the same tag). */
export const pathTag = (path: string) => `_N_T_${path}`;

/** Drops the pages at these paths from every app process's cache once the transaction commits. */
export async function invalidatePaths(db: Db, paths: Iterable<string>): Promise<void> {
  const tags = [...new Set(paths)].map(pathTag);
  for (const payload of invalidationPayloads(tags)) {
    await db.$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${payload})`;
  }
}

export interface ClaimChangeContext {
  /** The claim was public before this change (it was just unpublished): its pages still show it. */
  wasPublic?: boolean;
  /** Its claimant or source before this change, when the change moved it. */
  formerClaimantId?: number;
  formerSourceId?: number | null;
}

/**
 * The pages showing a claim: its own, its claimant's, its source's, its outcomes' sources' and
 * the sources it appears in again (ClaimAppearance), the pages of the claims linked to it, and
 * every list. None for a draft: readers never saw it.
 */
export async function claimPagePaths(db: Db, claimId: number, context: ClaimChangeContext = {}): Promise<string[]> {
  return claimsPagePaths(db, new Map([[claimId, context]]));
}

/** claimPagePaths of several claims (a batch change: lib/workbench/bulk.ts), in one round trip, each path once. */
export async function claimsPagePaths(db: Db, claims: ReadonlyMap<number, ClaimChangeContext>): Promise<string[]> {
  if (claims.size === 0) return [];
  const ids = [...claims.keys()];
  const formerClaimantIds = ids.map((id) => claims.get(id)?.formerClaimantId ?? null);
  // One round trip: this runs in the transaction of every claim change, the import's included.
  // (In the claimants' subquery, `c` is the claimant's claims: listedClaimCondition is over `c`.)
  const rows = await db.$queryRaw<{ id: number; visibility: string; sourceIds: number[]; linkedIds: number[]; claimants: { id: number; slug: string; listed: number }[] }[]>`
    SELECT c.id, c.visibility::text AS visibility,
      ARRAY(SELECT c."sourceId" WHERE c."sourceId" IS NOT NULL
            UNION SELECT o."sourceId" FROM "ClaimOutcome" co JOIN "Outcome" o ON o.id = co."outcomeId"
                  WHERE co."claimId" = c.id AND o."sourceId" IS NOT NULL
            UNION SELECT a."sourceId" FROM "ClaimAppearance" a WHERE a."claimId" = c.id) AS "sourceIds",
      ARRAY(SELECT "toClaimId" FROM "ClaimLink" WHERE "fromClaimId" = c.id
            UNION SELECT "fromClaimId" FROM "ClaimLink" WHERE "toClaimId" = c.id) AS "linkedIds",
      (SELECT json_agg(json_build_object('id', k.id, 'slug', k.slug,
                'listed', (SELECT count(*) FROM "Claim" c WHERE c."claimantId" = k.id AND ${listedClaimCondition})))
         FROM "Claimant" k WHERE k.id IN (c."claimantId", changed.former_claimant)) AS claimants
    FROM unnest(${ids}::int[], ${formerClaimantIds}::int[]) AS changed(id, former_claimant)
    JOIN "Claim" c ON c.id = changed.id`;
  const paths = new Set<string>();
  for (const claim of rows) {
    const context = claims.get(claim.id) ?? {};
    if (claim.visibility !== "PUBLISHED" && !context.wasPublic) continue;
    const sourceIds = typeof context.formerSourceId === "number" ? [...claim.sourceIds, context.formerSourceId] : claim.sourceIds;
    for (const path of [
      ...claimPaths(claim.id),
      sitemapFilePath("claims", claim.id),
      // Each claim of the batch may have left its claimant's pages since: one page more for each.
      ...claim.claimants.map((claimant) => ({ ...claimant, listed: claimant.listed + claims.size - 1 })).flatMap(claimantPaths),
      ...sourceIds.flatMap(sourcePaths),
      ...claim.linkedIds.flatMap(claimPaths),
      ...LIST_PATHS,
    ]) {
      paths.add(path);
    }
  }
  return [...paths];
}

export async function invalidateClaimPages(db: Db, claimId: number, context: ClaimChangeContext = {}): Promise<void> {
  await invalidatePaths(db, await claimPagePaths(db, claimId, context));
}

/** invalidateClaimPages for several claims at once: one query, one set of notifications. */
export async function invalidateClaimsPages(db: Db, claims: ReadonlyMap<number, ClaimChangeContext>): Promise<void> {
  await invalidatePaths(db, await claimsPagePaths(db, claims));
}

/** A source's page, versions and list, and the pages of the public claims citing it, its outcomes or appearing in it. */
export async function invalidateSourcePages(db: Db, sourceId: number): Promise<void> {
  const claims = await db.claim.findMany({
    where: { visibility: "PUBLISHED", OR: [{ sourceId }, { outcomes: { some: { outcome: { sourceId } } } }, { appearances: { some: { sourceId } } }] },
    select: { id: true },
  });
  const paths: string[] = [...sourcePaths(sourceId), ...SOURCE_LIST];
  for (const { id } of claims) paths.push(...(await claimPagePaths(db, id)));
  await invalidatePaths(db, paths);
}

/**
 * A claimant's page at its slug and at every former slug (each redirects to it, and a rename or a
 * merge changes where to); when it has public claims, the lists and searches, which show its name
 * and find its claims by its aliases; and unless `withClaims` is false, those claims' own pages
 * (and the pages they appear on), which show its name and title.
 */
export async function invalidateClaimantPages(db: Db, claimantId: number, { withClaims = true } = {}): Promise<void> {
  const [claimant, redirects, claims] = await Promise.all([
    db.claimant.findUnique({ where: { id: claimantId }, select: { slug: true } }),
    db.claimantRedirect.findMany({ where: { claimantId }, select: { slug: true } }),
    db.claim.findMany({ where: { claimantId, visibility: "PUBLISHED" }, select: { id: true, visibility: true, withdrawnAt: true } }),
  ]);
  if (!claimant) return;
  const listed = claims.filter(isListed).length;
  const paths = [claimant.slug, ...redirects.map((redirect) => redirect.slug)].flatMap((slug) => claimantPagePaths(slug, listed));
  if (listed > 0) paths.push(sitemapFilePath("claimants", claimantId));
  if (claims.length > 0) paths.push(...LIST_PATHS);
  if (withClaims) for (const { id } of claims) paths.push(...(await claimPagePaths(db, id)));
  await invalidatePaths(db, paths);
}

/** The pages of the public claims an outcome is linked to, and its former source's when that changed. */
export async function invalidateOutcomePages(db: Db, outcomeId: number, formerSourceId: number | null = null): Promise<void> {
  const links = await db.claimOutcome.findMany({ where: { outcomeId, claim: { visibility: "PUBLISHED" } }, select: { claimId: true } });
  if (links.length === 0) return;
  const paths = formerSourceId === null ? [] : sourcePaths(formerSourceId);
  for (const { claimId } of links) paths.push(...(await claimPagePaths(db, claimId)));
  await invalidatePaths(db, paths);
}
