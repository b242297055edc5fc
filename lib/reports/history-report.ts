import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimEventType, ClaimStatus } from "@/generated/prisma/enums.ts";
import { PUBLIC_EVENT_TYPES } from "@/lib/claims.ts";
import type { Cell } from "@/lib/reports/csv.ts";
import type { CsvSource } from "@/lib/reports/stream.ts";

export const HISTORY_REPORT_HEADER = ["event_id", "claim_id", "quote", "event", "from_status", "to_status", "rationale", "outcome", "actor", "at"];

interface HistoryRow {
  id: number;
  claimId: number;
  quote: string;
  type: ClaimEventType;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  rationale: string | null;
  outcome: string | null;
  actor: string | null;
  at: Date;
}

/**
 * The history report: one row per event of the claims matching `conditions`, in the order they
 * happened per claim. Readers get the public event types only; `internal` adds edits and notes.
 */
export function historyReport(prisma: PrismaClient, { conditions, internal = false }: { conditions: Prisma.Sql; internal?: boolean }): CsvSource<HistoryRow> {
  const types = internal ? Prisma.sql`true` : Prisma.sql`e."type" = ANY(${[...PUBLIC_EVENT_TYPES]}::"ClaimEventType"[])`;
  return {
    header: HISTORY_REPORT_HEADER,
    fetchBatch: (afterId, limit) => prisma.$queryRaw<HistoryRow[]>`
      SELECT e."id", e."claimId", c."quote", e."type", e."fromStatus", e."toStatus", e."rationale",
             oc."title" AS "outcome", u."name" AS "actor", e."at"
        FROM "ClaimEvent" AS e
        JOIN "Claim" AS c ON c."id" = e."claimId"
        LEFT JOIN "Outcome" AS oc ON oc."id" = e."outcomeId"
        LEFT JOIN "User" AS u ON u."id" = e."actorId"
       WHERE ${conditions} AND ${types} AND e."id" > ${afterId}
       ORDER BY e."id"
       LIMIT ${limit}`,
    toCells: (row): Cell[] => [row.id, row.claimId, row.quote, row.type, row.fromStatus, row.toStatus, row.rationale, row.outcome, row.actor, row.at],
  };
}
