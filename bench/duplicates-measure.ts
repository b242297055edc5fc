import pg from "pg";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { PAIR_THRESHOLD, scanChunk, SCAN_CHUNK, WINDOW_DAYS } from "@/lib/workbench/duplicate-finder.ts";

export interface DuplicateScanFigures {
  claims: number;
  pairs: number;
  seconds: number;
  claimsPerSecond: number;
  chunkMs: { p50: number; p95: number; p99: number; max: number };
  /** The same pairs counted by one hand-written statement over the whole table. */
  raw: { pairs: number; seconds: number };
}

const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * The bulk duplicate finder over every claim: the app pages through the claims in chunks
 * (lib/duplicate-finder.ts, each chunk one short query), timed per chunk; the baseline is one
 * statement doing the same join over the whole table.
 */
export async function measureDuplicateScan(url: string, { chunk = SCAN_CHUNK } = {}): Promise<DuplicateScanFigures> {
  const prisma = createPrismaClient(url, { statementTimeoutMs: null });
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  try {
    const claims = Number((await raw.query(`SELECT count(*) FROM "Claim"`)).rows[0].count);
    const chunkTimes: number[] = [];
    let pairs = 0;
    let after = 0;
    const started = performance.now();
    for (;;) {
      const chunkStarted = performance.now();
      const result = await scanChunk(prisma, after, chunk);
      if (result.lastId === null) break;
      chunkTimes.push(performance.now() - chunkStarted);
      pairs += result.pairs.length;
      after = result.lastId;
    }
    const seconds = (performance.now() - started) / 1000;

    const rawStarted = performance.now();
    await raw.query("BEGIN");
    await raw.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(PAIR_THRESHOLD)]);
    const rawPairs = Number(
      (
        await raw.query(
          `SELECT count(*) FROM "Claim" a
             JOIN "Claim" b ON b."claimantId" = a."claimantId" AND b."statedAt" BETWEEN a."statedAt" - $1::integer AND a."statedAt" + $1::integer
                           AND b."id" > a."id"
            WHERE lower(public.immutable_unaccent(a."quote")) % lower(public.immutable_unaccent(b."quote"))
              AND NOT EXISTS (SELECT 1 FROM "DismissedDuplicatePair" d WHERE d."claimId" = a."id" AND d."otherClaimId" = b."id")
              AND NOT EXISTS (SELECT 1 FROM "ClaimLink" l WHERE (l."fromClaimId" = a."id" AND l."toClaimId" = b."id")
                                                            OR (l."fromClaimId" = b."id" AND l."toClaimId" = a."id"))`,
          [WINDOW_DAYS],
        )
      ).rows[0].count,
    );
    await raw.query("COMMIT");
    const rawSeconds = (performance.now() - rawStarted) / 1000;

    const sorted = [...chunkTimes].sort((x, y) => x - y);
    return {
      claims,
      pairs,
      seconds,
      claimsPerSecond: claims / seconds,
      chunkMs: { p50: at(sorted, 50), p95: at(sorted, 95), p99: at(sorted, 99), max: sorted.at(-1) ?? NaN },
      raw: { pairs: rawPairs, seconds: rawSeconds },
    };
  } finally {
    await prisma.$disconnect();
    await raw.end();
  }
}
