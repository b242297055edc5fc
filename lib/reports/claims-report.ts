import type pg from "pg";
import { Prisma } from "@/generated/prisma/client.ts";
import type { ClaimKind, ClaimStatus } from "@/generated/prisma/enums.ts";
import { isoTimestamp, type Cell } from "@/lib/reports/csv.ts";
import { cursorBatches } from "@/lib/reports/cursor.ts";
import type { CsvSource } from "@/lib/reports/stream.ts";
import { overdueCondition } from "@/lib/public/overdue.ts";
import { STATUS } from "@/lib/status.ts";

export const CLAIMS_REPORT_HEADER = [
  "id",
  "permalink",
  "quote",
  "summary",
  "headline",
  "claimant",
  "claimant_title",
  "source_title",
  "source_url",
  "publisher",
  "stated_at",
  "kind",
  "tags",
  "due_at",
  "due_note",
  "overdue",
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
  // Empty unless the claim was withdrawn: readers then see the reason instead of the claim.
  "withdrawn_at",
  "withdrawal_reason",
];

/**
 * A row of claimsReportQuery, in its column order (read with pg's rowMode "array"); dates and
 * timestamps are PostgreSQL's ISO text (lib/reports/cursor.ts).
 */
type ClaimsReportRow = [
  id: number,
  quote: string,
  summary: string,
  headline: string | null,
  claimant: string,
  claimantTitle: string | null,
  sourceTitle: string | null,
  sourceUrl: string | null,
  publisher: string | null,
  statedAt: string,
  kind: ClaimKind,
  tags: string[],
  dueAt: string | null,
  dueNote: string | null,
  overdue: boolean,
  status: ClaimStatus,
  visibility: "DRAFT" | "PUBLISHED",
  createdAt: string,
  updatedAt: string,
  statusSince: string,
  latestRationale: string | null,
  supports: number,
  contradicts: number,
  partial: number,
  context: number,
  firstOutcomeAt: string | null,
  lastOutcomeAt: string | null,
  withdrawnAt: string | null,
  withdrawalReason: string | null,
  notes: string | null,
];

/**
 * The report's rows in id order: the app reads them through a cursor, the benchmark hands the same
 * query to PostgreSQL's COPY as its baseline.
 */
export function claimsReportQuery(conditions: Prisma.Sql, { withNotes = false }: { withNotes?: boolean } = {}): Prisma.Sql {
  const notes = withNotes
    ? Prisma.sql`(SELECT string_agg(n."body", E'\n---\n' ORDER BY n."createdAt") FROM "Note" AS n WHERE n."claimId" = c."id")`
    : Prisma.sql`NULL::text`;
  return Prisma.sql`SELECT c."id", c."quote", c."summary", c."headline", cl."name" AS "claimant", cl."title" AS "claimantTitle",
             s."title" AS "sourceTitle", s."url" AS "sourceUrl", s."publisher", c."statedAt", c."kind", c."tags",
             c."dueAt", c."dueNote", coalesce(${overdueCondition()}, false) AS "overdue", c."status", c."visibility", c."createdAt", c."updatedAt",
             coalesce(latest."at", c."createdAt") AS "statusSince", latest."rationale" AS "latestRationale",
             coalesce(o."supports", 0)::int AS "supports", coalesce(o."contradicts", 0)::int AS "contradicts",
             coalesce(o."partial", 0)::int AS "partial", coalesce(o."context", 0)::int AS "context",
             o."firstOutcomeAt", o."lastOutcomeAt", c."withdrawnAt", c."withdrawalReason", ${notes} AS "notes"
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
       WHERE ${conditions}
       ORDER BY c."id"`;
}

/**
 * The claims report: one row per claim matching `conditions` (SQL over the alias `c`, built from
 * the index's filters, visibility included: withdrawn claims stay in it, with withdrawn_at and
 * withdrawal_reason). With `withNotes`, editors also get the internal notes.
 * The rows are read through a server-side cursor on a connection of `pool` (lib/reports/cursor.ts).
 */
export function claimsReport(
  pool: pg.Pool,
  { conditions, origin, withNotes = false }: { conditions: Prisma.Sql; origin: string; withNotes?: boolean },
): CsvSource<ClaimsReportRow> {
  const permalink = `${origin}/claims/`;
  return {
    header: withNotes ? [...CLAIMS_REPORT_HEADER, "visibility", "internal_notes"] : CLAIMS_REPORT_HEADER,
    open: (batchSize) => cursorBatches<ClaimsReportRow>(pool, claimsReportQuery(conditions, { withNotes }), batchSize),
    toCells: (row): Cell[] => {
      const [id, quote, summary, headline, claimant, claimantTitle, sourceTitle, sourceUrl, publisher, statedAt, kind, tags, dueAt, dueNote, overdue, status, visibility,
        createdAt, updatedAt, statusSince, latestRationale, supports, contradicts, partial, context, firstOutcomeAt, lastOutcomeAt, withdrawnAt,
        withdrawalReason, notes] = row;
      const cells: Cell[] = [
        id,
        permalink + id,
        quote,
        summary,
        headline,
        claimant,
        claimantTitle,
        sourceTitle,
        sourceUrl,
        publisher,
        statedAt,
        kind,
        tags.join("; "),
        dueAt,
        dueNote,
        String(overdue),
        status,
        STATUS[status].label,
        isoTimestamp(statusSince),
        latestRationale,
        supports,
        contradicts,
        partial,
        context,
        firstOutcomeAt,
        lastOutcomeAt,
        isoTimestamp(createdAt),
        isoTimestamp(updatedAt),
        isoTimestamp(withdrawnAt),
        withdrawalReason,
      ];
      if (withNotes) cells.push(visibility, notes);
      return cells;
    },
  };
}
