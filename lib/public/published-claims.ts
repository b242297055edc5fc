import { type ClaimEventType, Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/platform/db.ts";

const { sql } = Prisma;

/** What a claim card shows. */
export const claimListSelect = {
  id: true,
  quote: true,
  summary: true,
  headline: true,
  statedAt: true,
  kind: true,
  status: true,
  dueAt: true,
  claimant: { select: { name: true, title: true, slug: true } },
  source: { select: { id: true, title: true, publisher: true } },
  // Kept by a trigger on ClaimOutcome: Prisma counts a relation by grouping the whole link table (1.6 s at a million claims).
  outcomeCount: true,
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

/**
 * A claim readers find in lists: the index and its searches, claimant and source pages, the feeds,
 * the sitemap, "Also said". Published and not withdrawn: a withdrawn claim keeps its own page (the
 * withdrawal notice and its history) but is listed nowhere. The one definition of "listed"; the
 * counts per status (ClaimStatusCount, kept by a trigger) leave withdrawn claims out the same way.
 */
export const listedClaimWhere = { visibility: "PUBLISHED", withdrawnAt: null } as const satisfies Prisma.ClaimWhereInput;

/** listedClaimWhere for raw SQL over the claim alias `c`. */
export const listedClaimCondition = sql`(c."visibility" = 'PUBLISHED' AND c."withdrawnAt" IS NULL)`;

/** listedClaimWhere for a claim already read. */
export const isListed = (claim: { visibility: string; withdrawnAt: Date | null }) => claim.visibility === "PUBLISHED" && claim.withdrawnAt === null;

/** A claim with a public page (listed, or withdrawn and showing its notice), for raw SQL over `c`. */
export const publishedClaimCondition = sql`c."visibility" = 'PUBLISHED'`;

/** Listed claims matching `where`, newest statement first. */
export async function listPublishedClaims({
  where = {},
  skip = 0,
  take = 50,
  prisma = db,
}: { where?: Prisma.ClaimWhereInput; skip?: number; take?: number; prisma?: PrismaClient } = {}) {
  return prisma.claim.findMany({
    where: { ...where, ...listedClaimWhere },
    orderBy: [{ statedAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: claimListSelect,
  });
}

export type ClaimListItem = Prisma.ClaimGetPayload<{ select: typeof claimListSelect }>;

/** History entries readers see: internal notes and field-level edit diffs stay in the workbench. */
const PUBLIC_EVENT_TYPES = [
  "CREATED",
  "PUBLISHED",
  "UNPUBLISHED",
  "STATUS_CHANGED",
  "OUTCOME_LINKED",
  "OUTCOME_UNLINKED",
  "WITHDRAWN",
] as const satisfies readonly ClaimEventType[];
/** Links to other claims are public while the other claim is published: a draft is never named. */
const LINK_EVENT_TYPES = ["CLAIM_LINKED", "CLAIM_UNLINKED"] as const satisfies readonly ClaimEventType[];

export const publicEventWhere = {
  OR: [{ type: { in: [...PUBLIC_EVENT_TYPES] } }, { type: { in: [...LINK_EVENT_TYPES] }, linkedClaim: { visibility: "PUBLISHED" } }],
} as const satisfies Prisma.ClaimEventWhereInput;

/** publicEventWhere for raw SQL over the event alias `e`. */
export const publicEventCondition = sql`(e."type" = ANY(${[...PUBLIC_EVENT_TYPES]}::"ClaimEventType"[])
  OR (e."type" = ANY(${[...LINK_EVENT_TYPES]}::"ClaimEventType"[])
      AND EXISTS (SELECT 1 FROM "Claim" AS linked WHERE linked."id" = e."linkedClaimId" AND linked."visibility" = 'PUBLISHED')))`;

const sourceSummary = { id: true, url: true, title: true, publisher: true, author: true, publishedAt: true, archiveUrls: true } as const;

/** Everything a claim's public page shows (the shape of PublishedClaim). */
export const publishedClaimSelect = {
  id: true,
  quote: true,
  summary: true,
  headline: true,
  statedAt: true,
  kind: true,
  status: true,
  tags: true,
  dueAt: true,
  dueNote: true,
  publishedAt: true,
  updatedAt: true,
  withdrawnAt: true,
  withdrawalReason: true,
  anchorExact: true,
  anchorPrefix: true,
  anchorSuffix: true,
  anchorStart: true,
  anchorEnd: true,
  claimant: { select: { slug: true, name: true, title: true, organisation: true, country: true, kind: true } },
  source: { select: { ...sourceSummary, body: true } },
  /** The version of the source's text the quote was taken from (or found in, word for word, later). */
  sourceVersion: { select: { number: true, sha256: true } },
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
    where: publicEventWhere,
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      at: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      outcome: { select: { id: true, title: true } },
      linkedClaimId: true,
      linkRole: true,
    },
  },
} as const satisfies Prisma.ClaimSelect;

export type PublishedClaim = Prisma.ClaimGetPayload<{ select: typeof publishedClaimSelect }>;

/**
 * The SQL of getPublishedClaim(): the claim, its claimant and source as columns, its outcomes and
 * public history as JSON arrays, in one statement (Prisma's nested select sends one query per
 * relation; relationJoins, which would join them, is still a preview feature in Prisma 7).
 * Timestamps travel as text with their zone, dates as YYYY-MM-DD; parsePublishedClaim() makes
 * them Dates as Prisma would.
 */
export function publishedClaimQuery(id: number): Prisma.Sql {
  return sql`
    SELECT c."id", c."quote", c."summary", c."headline", to_char(c."statedAt", 'YYYY-MM-DD') AS "statedAt", c."kind"::text AS "kind",
           c."status"::text AS "status", c."tags", to_char(c."dueAt", 'YYYY-MM-DD') AS "dueAt", c."dueNote",
           ${timestamp(sql`c."publishedAt"`)} AS "publishedAt", ${timestamp(sql`c."updatedAt"`)} AS "updatedAt",
           ${timestamp(sql`c."withdrawnAt"`)} AS "withdrawnAt", c."withdrawalReason",
           c."anchorExact", c."anchorPrefix", c."anchorSuffix", c."anchorStart", c."anchorEnd",
           json_build_object('slug', cl."slug", 'name', cl."name", 'title', cl."title", 'organisation', cl."organisation",
                             'country', cl."country", 'kind', cl."kind") AS "claimant",
           CASE WHEN s."id" IS NOT NULL THEN
             json_build_object('id', s."id", 'url', s."url", 'title', s."title", 'publisher', s."publisher", 'author', s."author",
                               'publishedAt', s."publishedAt", 'archiveUrls', s."archiveUrls", 'body', s."body") END AS "source",
           CASE WHEN sv."id" IS NOT NULL THEN json_build_object('number', sv."number", 'sha256', sv."sha256") END AS "sourceVersion",
           (SELECT coalesce(json_agg(json_build_object(
                     'relation', co."relation", 'note', co."note",
                     'outcome', json_build_object('id', o."id", 'title', o."title", 'description', o."description",
                                                  'occurredAt', o."occurredAt", 'url', o."url",
                                                  'source', CASE WHEN os."id" IS NOT NULL THEN
                                                    json_build_object('id', os."id", 'url', os."url", 'title', os."title",
                                                                      'publisher', os."publisher", 'author', os."author",
                                                                      'publishedAt', os."publishedAt", 'archiveUrls', os."archiveUrls") END))
                     ORDER BY o."occurredAt", co."outcomeId"), '[]')
              FROM "ClaimOutcome" co
              JOIN "Outcome" o ON o."id" = co."outcomeId"
              LEFT JOIN "Source" os ON os."id" = o."sourceId"
             WHERE co."claimId" = c."id") AS "outcomes",
           (SELECT coalesce(json_agg(json_build_object(
                     'id', e."id", 'type', e."type", 'at', ${timestamp(sql`e."at"`)}, 'fromStatus', e."fromStatus",
                     'toStatus', e."toStatus", 'rationale', e."rationale",
                     'outcome', CASE WHEN eo."id" IS NOT NULL THEN json_build_object('id', eo."id", 'title', eo."title") END,
                     'linkedClaimId', e."linkedClaimId", 'linkRole', e."linkRole")
                     ORDER BY e."at", e."id"), '[]')
              FROM "ClaimEvent" e
              LEFT JOIN "Outcome" eo ON eo."id" = e."outcomeId"
             WHERE e."claimId" = c."id" AND ${publicEventCondition}) AS "events"
      FROM "Claim" c
      JOIN "Claimant" cl ON cl."id" = c."claimantId"
      LEFT JOIN "Source" s ON s."id" = c."sourceId"
      LEFT JOIN "SourceVersion" sv ON sv."id" = c."sourceVersionId"
     WHERE c."id" = ${id} AND ${publishedClaimCondition}`;
}

/** Prisma's DateTime columns are timestamps without zone holding UTC: as ISO 8601 text with Z. */
function timestamp(column: Prisma.Sql): Prisma.Sql {
  return sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

type Row = Omit<PublishedClaim, "statedAt" | "dueAt" | "publishedAt" | "updatedAt" | "withdrawnAt" | "source" | "outcomes" | "events"> & {
  statedAt: string;
  dueAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  withdrawnAt: string | null;
  source: (Omit<NonNullable<PublishedClaim["source"]>, "publishedAt"> & { publishedAt: string | null }) | null;
  outcomes: (Omit<PublishedClaim["outcomes"][number], "outcome"> & {
    outcome: Omit<PublishedClaim["outcomes"][number]["outcome"], "occurredAt" | "source"> & {
      occurredAt: string;
      source: (Omit<NonNullable<PublishedClaim["outcomes"][number]["outcome"]["source"]>, "publishedAt"> & { publishedAt: string | null }) | null;
    };
  })[];
  events: (Omit<PublishedClaim["events"][number], "at"> & { at: string })[];
};

const date = (text: string) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
const optionalDate = (text: string | null) => (text === null ? null : date(text));

function parsePublishedClaim(row: Row): PublishedClaim {
  return {
    ...row,
    statedAt: date(row.statedAt),
    dueAt: optionalDate(row.dueAt),
    publishedAt: optionalDate(row.publishedAt),
    updatedAt: date(row.updatedAt),
    withdrawnAt: optionalDate(row.withdrawnAt),
    source: row.source && { ...row.source, publishedAt: optionalDate(row.source.publishedAt) },
    outcomes: row.outcomes.map((link) => ({
      ...link,
      outcome: {
        ...link.outcome,
        occurredAt: date(link.outcome.occurredAt),
        source: link.outcome.source && { ...link.outcome.source, publishedAt: optionalDate(link.outcome.source.publishedAt) },
      },
    })),
    events: row.events.map((event) => ({ ...event, at: date(event.at) })),
  };
}

/**
 * A published claim with everything its public page shows (a withdrawn one too: its page shows the
 * notice and the history); null for a draft or a missing id. One round trip.
 */
export async function getPublishedClaim(id: number, prisma: PrismaClient = db): Promise<PublishedClaim | null> {
  const [row] = await prisma.$queryRaw<Row[]>(publishedClaimQuery(id));
  return row ? parsePublishedClaim(row) : null;
}
