import type pg from "pg";
import { Prisma } from "@/generated/prisma/client.ts";
import type { ClaimEventType, ClaimLinkRole, ClaimStatus } from "@/generated/prisma/enums.ts";
import { publicEventCondition } from "@/lib/public/published-claims.ts";
import { isoTimestamp, type Cell } from "@/lib/reports/csv.ts";
import { cursorBatches } from "@/lib/reports/cursor.ts";
import type { CsvSource } from "@/lib/reports/stream.ts";

export const HISTORY_REPORT_HEADER = [
  "event_id",
  "claim_id",
  "quote",
  "event",
  "from_status",
  "to_status",
  "rationale",
  "outcome",
  "linked_claim_id",
  "link_role",
  "actor",
  "at",
];

/** A row of historyReportQuery, in its column order; `at` is PostgreSQL's ISO text (lib/reports/cursor.ts). */
type HistoryRow = [
  id: number,
  claimId: number,
  quote: string,
  type: ClaimEventType,
  fromStatus: ClaimStatus | null,
  toStatus: ClaimStatus | null,
  rationale: string | null,
  outcome: string | null,
  linkedClaimId: number | null,
  linkRole: ClaimLinkRole | null,
  actor: string | null,
  at: string,
];

/** The events of the claims matching `conditions` in id order; public event types only unless `internal`. */
export function historyReportQuery(conditions: Prisma.Sql, { internal = false }: { internal?: boolean } = {}): Prisma.Sql {
  const types = internal ? Prisma.sql`true` : publicEventCondition;
  return Prisma.sql`
      SELECT e."id", e."claimId", c."quote", e."type", e."fromStatus", e."toStatus", e."rationale",
             oc."title" AS "outcome", e."linkedClaimId", e."linkRole", u."name" AS "actor", e."at"
        FROM "ClaimEvent" AS e
        JOIN "Claim" AS c ON c."id" = e."claimId"
        LEFT JOIN "Outcome" AS oc ON oc."id" = e."outcomeId"
        LEFT JOIN "User" AS u ON u."id" = e."actorId"
       WHERE ${conditions} AND ${types}
       ORDER BY e."id"`;
}

/**
 * The history report: one row per event of the claims matching `conditions`, in the order they
 * happened per claim. Readers get the public event types only; `internal` adds edits and notes.
 * Read like the claims report, through a cursor on a connection of `pool`.
 */
export function historyReport(pool: pg.Pool, { conditions, internal = false }: { conditions: Prisma.Sql; internal?: boolean }): CsvSource<HistoryRow> {
  return {
    header: HISTORY_REPORT_HEADER,
    open: (batchSize) => cursorBatches<HistoryRow>(pool, historyReportQuery(conditions, { internal }), batchSize),
    toCells: ([id, claimId, quote, type, fromStatus, toStatus, rationale, outcome, linkedClaimId, linkRole, actor, at]): Cell[] => [
      id,
      claimId,
      quote,
      type,
      fromStatus,
      toStatus,
      rationale,
      outcome,
      linkedClaimId,
      linkRole,
      actor,
      isoTimestamp(at),
    ],
  };
}
