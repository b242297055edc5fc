import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimStatus, Visibility } from "@/generated/prisma/enums.ts";

/**
 * The bulk duplicate finder. A likely duplicate is the same statement recorded twice: the same
 * claimant, stated within WINDOW_DAYS of each other, with quotes whose trigram similarity
 * (accent-folded, lower-cased) is at least PAIR_THRESHOLD. Comparing only within a claimant's
 * window keeps the work linear in the number of claims, so a million claims are scanned in
 * chunks by id, a page at a time, without a long-running query. Pairs already linked or dismissed
 * are left out. Two claimant records for one person are not caught (see the README).
 */

export const PAIR_THRESHOLD = 0.6;
export const WINDOW_DAYS = 31;
/** Claims compared per query. */
export const SCAN_CHUNK = 5_000;

const claimColumns = ["id", "quote", "statedAt", "status", "visibility", "version"] as const;

export interface DuplicatePair {
  score: number;
  claimantName: string;
  first: { id: number; quote: string; statedAt: Date; status: ClaimStatus; visibility: Visibility; version: number };
  second: DuplicatePair["first"];
}

const folded = (alias: string) => Prisma.raw(`lower(public.immutable_unaccent(${alias}."quote"))`);

/** The pairs whose earlier claim (smaller id) is among the `chunk` claims after `afterId`, and where that chunk ends. */
export async function scanChunk(prisma: PrismaClient, afterId: number, chunk = SCAN_CHUNK): Promise<{ pairs: DuplicatePair[]; lastId: number | null }> {
  const bounds = await prisma.$queryRaw<{ lastId: number | null }[]>`
    SELECT max("id")::integer AS "lastId" FROM (SELECT "id" FROM "Claim" WHERE "id" > ${afterId} ORDER BY "id" LIMIT ${chunk}) AS ids`;
  const lastId = bounds[0]?.lastId ?? null;
  if (lastId === null) return { pairs: [], lastId: null };
  const select = (alias: string) => Prisma.raw(claimColumns.map((column) => `${alias}."${column}" AS "${alias}_${column}"`).join(", "));
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(PAIR_THRESHOLD)}, true)`,
    prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT ${select("a")}, ${select("b")}, cl."name" AS "claimantName", similarity(${folded("a")}, ${folded("b")}) AS "score"
        FROM "Claim" AS a
        JOIN "Claim" AS b
          ON b."claimantId" = a."claimantId"
         AND b."statedAt" BETWEEN a."statedAt" - ${WINDOW_DAYS}::integer AND a."statedAt" + ${WINDOW_DAYS}::integer
         AND b."id" > a."id"
        JOIN "Claimant" AS cl ON cl."id" = a."claimantId"
       WHERE a."id" > ${afterId} AND a."id" <= ${lastId}
         -- A withdrawn claim can no longer be linked: nothing left to decide about it.
         AND a."withdrawnAt" IS NULL AND b."withdrawnAt" IS NULL
         AND ${folded("a")} % ${folded("b")}
         AND NOT EXISTS (SELECT 1 FROM "DismissedDuplicatePair" AS d WHERE d."claimId" = a."id" AND d."otherClaimId" = b."id")
         AND NOT EXISTS (SELECT 1 FROM "ClaimLink" AS l
                          WHERE (l."fromClaimId" = a."id" AND l."toClaimId" = b."id") OR (l."fromClaimId" = b."id" AND l."toClaimId" = a."id"))
       ORDER BY a."id", b."id"`,
  ]);
  const claim = (row: Record<string, unknown>, alias: string) =>
    Object.fromEntries(claimColumns.map((column) => [column, row[`${alias}_${column}`]])) as DuplicatePair["first"];
  const pairs = rows.map((row) => ({ score: Number(row.score), claimantName: String(row.claimantName), first: claim(row, "a"), second: claim(row, "b") }));
  return { pairs, lastId };
}

export interface DuplicatePage {
  pairs: DuplicatePair[];
  /** Where the next page starts; null when the scan reached the last claim. */
  nextAfterId: number | null;
  scannedUpTo: number | null;
}

/** Scans chunks from `afterId` until `wanted` pairs are found or `maxChunks` chunks were read: one page of the finder. */
export async function findDuplicatePage(prisma: PrismaClient, { afterId = 0, wanted = 20, maxChunks = 10 } = {}): Promise<DuplicatePage> {
  const pairs: DuplicatePair[] = [];
  let cursor = afterId;
  for (let chunks = 0; chunks < maxChunks && pairs.length < wanted; chunks++) {
    const { pairs: found, lastId } = await scanChunk(prisma, cursor);
    if (lastId === null) return { pairs, nextAfterId: null, scannedUpTo: cursor || null };
    pairs.push(...found);
    cursor = lastId;
  }
  return { pairs, nextAfterId: cursor, scannedUpTo: cursor };
}
