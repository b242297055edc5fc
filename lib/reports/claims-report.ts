import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimKind, ClaimStatus } from "@/generated/prisma/enums.ts";
import { isoDate, type Cell } from "@/lib/reports/csv.ts";
import type { CsvSource } from "@/lib/reports/stream.ts";
import { STATUS } from "@/lib/status.ts";

export const CLAIMS_REPORT_HEADER = [
  "id",
  "permalink",
  "quote",
  "summary",
  "claimant",
  "claimant_title",
  "source_title",
  "source_url",
  "publisher",
  "stated_at",
  "kind",
  "tags",
  "status",
  "status_label",
  "status_since",
  "latest_rationale",
  "outcomes_supporting",
  "outcomes_contradicting",
  "outcomes_partial",
  "outcomes_context",
  "first_outcome_at",
  "last_outcome_at",
  "created_at",
  "updated_at",
];

interface ClaimsReportRow {
  id: number;
  quote: string;
  summary: string;
  claimant: string;
  claimantTitle: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  publisher: string | null;
  statedAt: Date;
  kind: ClaimKind;
  tags: string[];
  status: ClaimStatus;
  visibility: "DRAFT" | "PUBLISHED";
  statusSince: Date | null;
  latestRationale: string | null;
  supports: number;
  contradicts: number;
  partial: number;
  context: number;
  firstOutcomeAt: Date | null;
  lastOutcomeAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  notes: string | null;
}

/**
 * The report's rows after `afterId` in id order, `limit` at a time (all of them without a limit:
 * the benchmark hands that to PostgreSQL's COPY as its baseline).
 */
export function claimsReportQuery(
  conditions: Prisma.Sql,
  { withNotes = false, afterId = 0, limit }: { withNotes?: boolean; afterId?: number; limit?: number },
): Prisma.Sql {
  const notes = withNotes
    ? Prisma.sql`(SELECT string_agg(n."body", E'\n---\n' ORDER BY n."createdAt") FROM "Note" AS n WHERE n."claimId" = c."id")`
    : Prisma.sql`NULL::text`;
  return Prisma.sql`SELECT c."id", c."quote", c."summary", cl."name" AS "claimant", cl."title" AS "claimantTitle",
             s."title" AS "sourceTitle", s."url" AS "sourceUrl", s."publisher", c."statedAt", c."kind", c."tags",
             c."status", c."visibility", c."createdAt", c."updatedAt",
             coalesce(latest."at", c."createdAt") AS "statusSince", latest."rationale" AS "latestRationale",
             coalesce(o."supports", 0)::int AS "supports", coalesce(o."contradicts", 0)::int AS "contradicts",
             coalesce(o."partial", 0)::int AS "partial", coalesce(o."context", 0)::int AS "context",
             o."firstOutcomeAt", o."lastOutcomeAt", ${notes} AS "notes"
        FROM "Claim" AS c
        JOIN "Claimant" AS cl ON cl."id" = c."claimantId"
        LEFT JOIN "Source" AS s ON s."id" = c."sourceId"
        LEFT JOIN LATERAL (
          SELECT e."at", e."rationale" FROM "ClaimEvent" AS e
           WHERE e."claimId" = c."id" AND e."type" = 'STATUS_CHANGED'
           ORDER BY e."at" DESC, e."id" DESC LIMIT 1
        ) AS latest ON true
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE co."relation" = 'SUPPORTS') AS "supports",
                 count(*) FILTER (WHERE co."relation" = 'CONTRADICTS') AS "contradicts",
                 count(*) FILTER (WHERE co."relation" = 'PARTIAL') AS "partial",
                 count(*) FILTER (WHERE co."relation" = 'CONTEXT') AS "context",
                 min(oc."occurredAt") AS "firstOutcomeAt", max(oc."occurredAt") AS "lastOutcomeAt"
            FROM "ClaimOutcome" AS co JOIN "Outcome" AS oc ON oc."id" = co."outcomeId"
           WHERE co."claimId" = c."id"
        ) AS o ON true
       WHERE ${conditions} AND c."id" > ${afterId}
       ORDER BY c."id"
       ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
}

/**
 * The claims report: one row per claim matching `conditions` (SQL over the alias `c`, built from
 * the index's filters, visibility included). With `withNotes`, editors also get the internal notes.
 */
export function claimsReport(
  prisma: PrismaClient,
  { conditions, origin, withNotes = false }: { conditions: Prisma.Sql; origin: string; withNotes?: boolean },
): CsvSource<ClaimsReportRow> {
  return {
    header: withNotes ? [...CLAIMS_REPORT_HEADER, "visibility", "internal_notes"] : CLAIMS_REPORT_HEADER,
    fetchBatch: (afterId, limit) => prisma.$queryRaw<ClaimsReportRow[]>(claimsReportQuery(conditions, { withNotes, afterId, limit })),
    toCells: (row): Cell[] => {
      const cells: Cell[] = [
        row.id,
        `${origin}/claims/${row.id}`,
        row.quote,
        row.summary,
        row.claimant,
        row.claimantTitle,
        row.sourceTitle,
        row.sourceUrl,
        row.publisher,
        isoDate(row.statedAt),
        row.kind,
        row.tags.join("; "),
        row.status,
        STATUS[row.status].label,
        row.statusSince,
        row.latestRationale,
        row.supports,
        row.contradicts,
        row.partial,
        row.context,
        isoDate(row.firstOutcomeAt),
        isoDate(row.lastOutcomeAt),
        row.createdAt,
        row.updatedAt,
      ];
      return withNotes ? [...cells, row.visibility, row.notes] : cells;
    },
  };
}
