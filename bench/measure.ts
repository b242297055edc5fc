import pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { type ClaimSearch, parseClaimSearch, RANK_LIMIT, searchClaims, searchResults } from "@/lib/public/search.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { utcToday } from "@/lib/due-dates.ts";
import { overdueQueue } from "@/lib/public/overdue.ts";
import { commonWordFrequencies, distinctiveWords, findSimilarClaims, SIMILARITY_THRESHOLD } from "@/lib/workbench/similar-claims.ts";

/**
 * Times what the reader pages run (lib/, through Prisma) against a hand-written SQL query that
 * returns the same rows, in the same process and database, alternating the two.
 */

export interface CaseResult {
  name: string;
  app: Percentiles;
  raw: Percentiles;
  /** p95 of the application path over p95 of raw SQL. */
  ratio: number;
  /** Ids the two paths returned (the same, or the benchmark throws). */
  ids: number[];
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

interface Case {
  name: string;
  /** Both paths get the run's number, so cases that vary their input (claim pages, typed quotes) give both the same one. */
  app: (run: number) => Promise<number[]>;
  raw: (run: number) => Promise<number[]>;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const search = (query: string): ClaimSearch => {
  const { search: parsed, issues } = parseClaimSearch(new URLSearchParams(query));
  if (issues.length > 0) throw new Error(`bad benchmark query ${query}: ${JSON.stringify(issues)}`);
  return parsed;
};

// What a claim card shows, in one statement: the hand-written counterpart of searchClaims().
const CARD_COLUMNS = `c."id", c."quote", c."summary", c."headline", c."statedAt", c."kind", c."status", c."outcomeCount",
  cl."name" AS claimant_name, cl."title" AS claimant_title, cl."slug" AS claimant_slug,
  s."id" AS source_id, s."title" AS source_title, s."publisher" AS source_publisher`;
const CARD_FROM = `"Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId" LEFT JOIN "Source" s ON s."id" = c."sourceId"`;
const TSQUERY = `to_tsquery('simple', quote_literal(public.immutable_unaccent($1)) || ':*')`;
const STATUSES = ["PENDING", "IN_PROGRESS", "STALLED", "PARTIALLY_FULFILLED", "FULFILLED", "NOT_FULFILLED", "UNVERIFIABLE"];

/**
 * A relevance search's first page, by hand: PostgreSQL's estimate of the matches decides between
 * ranking them and the newest matches (lib/public/search.ts RANK_LIMIT), as the application does.
 */
async function relevancePage(raw: pg.Pool, filter: string, params: unknown[]): Promise<pg.QueryResult> {
  const plan = (await raw.query(`EXPLAIN (FORMAT JSON) SELECT FROM "Claim" c WHERE ${filter}`, params)).rows[0]["QUERY PLAN"];
  const order = plan[0].Plan["Plan Rows"] > RANK_LIMIT ? `c."statedAt" DESC, c."id" DESC` : `ts_rank(c."searchVector", ${TSQUERY}) DESC, c."id" DESC`;
  return raw.query(`SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE ${filter} ORDER BY ${order} LIMIT 21`, params);
}

export async function runBenchmark(
  url: string,
  {
    runs = 200,
    warmup = 20,
    only,
    log = () => {},
  }: { runs?: number; warmup?: number; /** Only the cases whose name contains this. */ only?: string; log?: (line: string) => void } = {},
): Promise<CaseResult[]> {
  const prisma: PrismaClient = createPrismaClient(url, { statementTimeoutMs: null });
  const raw = new pg.Pool({ connectionString: url, max: 2 });
  const ids = (result: pg.QueryResult) => result.rows.map((row: { id: number }) => row.id);
  try {
    // Page 1,000 of the newest-first list (20 per page): its cursor is the 19,980th row's key.
    const pageSize = 20;
    const published = Number((await raw.query(`SELECT count(*) FROM "Claim" WHERE "visibility" = 'PUBLISHED'`)).rows[0].count);
    const targetPage = Math.min(1000, Math.max(1, Math.floor(published / pageSize) - 1));
    const before = (
      await raw.query(
        `SELECT "id", to_char("statedAt", 'YYYY-MM-DD') AS day FROM "Claim" WHERE "visibility" = 'PUBLISHED'
          ORDER BY "statedAt" DESC, "id" DESC OFFSET $1 LIMIT 1`,
        [(targetPage - 1) * pageSize - 1],
      )
    ).rows[0] as { id: number; day: string };
    // A spread-out sample that is the same on every run over the same data, so a smoke-test failure can be reproduced.
    const claimIds = ids(await raw.query(`SELECT "id" FROM "Claim" WHERE "visibility" = 'PUBLISHED' ORDER BY md5("id"::text) LIMIT 50`));
    const someClaim = (run: number) => claimIds[run % claimIds.length]!;
    // What an editor types: the start of an existing claim's quote, by its claimant.
    const typedClaims = (
      await raw.query(`SELECT left("quote", 120) AS quote, "claimantId" FROM "Claim" WHERE "id" = ANY($1::integer[]) ORDER BY "id"`, [claimIds])
    ).rows as { quote: string; claimantId: number }[];
    const frequencies = await commonWordFrequencies(prisma);
    let countedOnce = false;
    const today = utcToday();

    const cases: Case[] = [
      {
        name: "first page, unfiltered",
        app: async () => (await searchResults(search(""), { prisma })).items.map((c) => c.id),
        raw: async () =>
          ids(await raw.query(`SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE c."visibility" = 'PUBLISHED'
                                ORDER BY c."statedAt" DESC, c."id" DESC LIMIT 21`)).slice(0, 20),
      },
      {
        // Read from ClaimStatusCount (kept by triggers), beside the first page as the index page does;
        // checked once against a count(*) over every claim before timing (countedOnce).
        name: "status counts, unfiltered",
        app: async () => {
          const page = await searchClaims(search("limit=1"), { prisma });
          return page.statusCounts.map((row) => row.count);
        },
        raw: async () => {
          const [, counts] = await Promise.all([
            raw.query(`SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE c."visibility" = 'PUBLISHED' ORDER BY c."statedAt" DESC, c."id" DESC LIMIT 2`),
            raw.query(`SELECT "status", "count" AS n FROM "ClaimStatusCount" WHERE "visibility" = 'PUBLISHED'`),
          ]);
          const byStatus = new Map(counts.rows.map((row: { status: string; n: number }) => [row.status, row.n]));
          const result = STATUSES.map((s) => byStatus.get(s) ?? 0);
          if (!countedOnce) {
            const rows = (await raw.query(`SELECT "status", count(*)::integer AS n FROM "Claim" WHERE "visibility" = 'PUBLISHED' GROUP BY "status"`)).rows;
            const counted = new Map(rows.map((row: { status: string; n: number }) => [row.status, row.n]));
            if (JSON.stringify(STATUSES.map((s) => counted.get(s) ?? 0)) !== JSON.stringify(result)) throw new Error("ClaimStatusCount differs from count(*)");
            countedOnce = true;
          }
          return result;
        },
      },
      {
        // ~28,000 matches: more than RANK_LIMIT, so newest first.
        name: "text search “pashin” (prefix), best match",
        app: async () => (await searchResults(search("q=pashin"), { prisma })).items.map((c) => c.id),
        raw: async () =>
          ids(await relevancePage(raw, `c."visibility" = 'PUBLISHED' AND c."searchVector" @@ ${TSQUERY}`, ["pashin"])).slice(0, 20),
      },
      {
        name: "text search “əliyev” + status + kind",
        app: async () =>
          (await searchResults(search("q=%C9%99liyev&status=FULFILLED&kind=PROMISE"), { prisma })).items.map((c) => c.id),
        raw: async () =>
          ids(
            await relevancePage(
              raw,
              `c."visibility" = 'PUBLISHED' AND c."searchVector" @@ ${TSQUERY} AND c."status" = 'FULFILLED' AND c."kind" = 'PROMISE'`,
              ["əliyev"],
            ),
          ).slice(0, 20),
      },
      {
        name: `page ${targetPage} by cursor`,
        app: async () =>
          (await searchResults({ ...search(""), cursor: { s: "newest", k: before.day, id: before.id } }, { prisma })).items.map((c) => c.id),
        raw: async () =>
          ids(await raw.query(`SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE c."visibility" = 'PUBLISHED'
                                  AND (c."statedAt", c."id") < ($1::date, $2::integer)
                                ORDER BY c."statedAt" DESC, c."id" DESC LIMIT 21`, [before.day, before.id])).slice(0, 20),
      },
      {
        name: "one claim page's data",
        app: async (run) => {
          const claim = await getPublishedClaim(someClaim(run), prisma);
          return claim ? [claim.id, claim.outcomes.length, claim.events.length] : [];
        },
        raw: async (run) => {
          const row = (
            await raw.query(
              `SELECT c.*, row_to_json(cl) AS claimant, row_to_json(s) AS source,
                      (SELECT coalesce(json_agg(json_build_object('relation', co."relation", 'note', co."note", 'outcome', row_to_json(o),
                                                                 'source', row_to_json(os)) ORDER BY o."occurredAt", o."id"), '[]')
                         FROM "ClaimOutcome" co JOIN "Outcome" o ON o."id" = co."outcomeId" LEFT JOIN "Source" os ON os."id" = o."sourceId"
                        WHERE co."claimId" = c."id") AS outcomes,
                      (SELECT coalesce(json_agg(json_build_object('id', e."id", 'type', e."type", 'at', e."at", 'fromStatus', e."fromStatus",
                                                                 'toStatus', e."toStatus", 'rationale', e."rationale", 'outcome', e."outcomeId")
                                                ORDER BY e."at", e."id"), '[]')
                         FROM "ClaimEvent" e WHERE e."claimId" = c."id" AND e."type" <> 'NOTE_ADDED' AND e."type" <> 'EDITED') AS events
                 FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId" LEFT JOIN "Source" s ON s."id" = c."sourceId"
                WHERE c."id" = $1 AND c."visibility" = 'PUBLISHED'`,
              [someClaim(run)],
            )
          ).rows[0] as { id: number; outcomes: unknown[]; events: unknown[] } | undefined;
          return row ? [row.id, row.outcomes.length, row.events.length] : [];
        },
      },
      {
        name: "similar claims while typing a quote",
        app: async (run) => {
          const typed = typedClaims[run % typedClaims.length]!;
          return (await findSimilarClaims(prisma, { quote: typed.quote, claimantId: String(typed.claimantId) })).map((c) => c.id);
        },
        raw: async (run) => {
          const typed = typedClaims[run % typedClaims.length]!;
          // At least two of the words: (a & b) | (a & c) | (b & c).
          const words = distinctiveWords([typed.quote], frequencies).map((word) => `'${word}'`);
          const pairs = words.length < 2 ? [words] : words.flatMap((first, i) => words.slice(i + 1).map((second) => [first, second]));
          const tsquery = pairs.map((pair) => `(${pair.join(" & ")})`).join(" | ");
          return ids(
            await raw.query(
              `WITH typed AS (SELECT lower(public.immutable_unaccent($1)) AS t,
                                     tsvector_to_array(to_tsvector('simple', public.immutable_unaccent($1))) AS words)
               SELECT s."id" FROM (
                 SELECT c."id", c."claimantId", word_similarity(typed.t, lower(public.immutable_unaccent(c."quote"))) AS score,
                        (SELECT count(*) FROM unnest(typed.words) w WHERE c."searchVector" @@ to_tsquery('simple', quote_literal(w)))::real
                          / GREATEST(cardinality(typed.words), 1) AS overlap
                   FROM ((SELECT * FROM (SELECT * FROM "Claim" WHERE "claimantId" = $2 ORDER BY "statedAt" DESC LIMIT 2000) recent
                           WHERE "searchVector" @@ to_tsquery('simple', public.immutable_unaccent($3)) LIMIT 100)
                         UNION (SELECT * FROM "Claim" WHERE "searchVector" @@ to_tsquery('simple', public.immutable_unaccent($3)) LIMIT 100)) c
                   JOIN "Claimant" cl ON cl."id" = c."claimantId", typed
               ) s
               WHERE s.score >= $4
               ORDER BY s.score + 0.1 * s.overlap + CASE WHEN s."claimantId" = $2 THEN 0.15 ELSE 0 END DESC, s."id" DESC
               LIMIT 8`,
              [typed.quote, typed.claimantId, tsquery, SIMILARITY_THRESHOLD],
            ),
          );
        },
      },
      {
        name: "overdue queue (editor dashboard)",
        app: async () => (await overdueQueue(prisma)).map((c) => c.id),
        raw: async () =>
          ids(await raw.query(`SELECT c."id", c."quote", c."status", c."visibility", c."updatedAt", c."dueAt", c."dueNote", cl."name"
                                 FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
                                WHERE c."dueAt" < $1::date AND c."status" NOT IN ('FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED')
                                ORDER BY c."dueAt", c."id" LIMIT 50`, [today])),
      },
      {
        name: "index filtered to overdue claims",
        app: async () => (await searchResults(search("overdue=true"), { prisma })).items.map((c) => c.id),
        raw: async () =>
          ids(await raw.query(`SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE c."visibility" = 'PUBLISHED'
                                  AND c."dueAt" < $1::date AND c."status" NOT IN ('FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED')
                                ORDER BY c."statedAt" DESC, c."id" DESC LIMIT 21`, [today])).slice(0, 20),
      },
    ];

    const results: CaseResult[] = [];
    for (const benchCase of cases.filter((c) => !only || c.name.includes(only))) {
      const appIds = await benchCase.app(0);
      const rawIds = await benchCase.raw(0);
      if (JSON.stringify(appIds) !== JSON.stringify(rawIds)) {
        throw new Error(`${benchCase.name}: the application and raw SQL disagree:\n${appIds}\n${rawIds}`);
      }
      for (let i = 0; i < warmup; i++) {
        await benchCase.app(i);
        await benchCase.raw(i);
      }
      const appTimes: number[] = [];
      const rawTimes: number[] = [];
      // Cases that vary their input run it twice in a row; whichever goes first pays for cold pages, so take turns.
      for (let i = 0; i < runs; i++) {
        const run = warmup + i;
        if (i % 2 === 0) {
          appTimes.push(await time(() => benchCase.app(run)));
          rawTimes.push(await time(() => benchCase.raw(run)));
        } else {
          rawTimes.push(await time(() => benchCase.raw(run)));
          appTimes.push(await time(() => benchCase.app(run)));
        }
      }
      const app = percentiles(appTimes);
      const rawP = percentiles(rawTimes);
      const result = { name: benchCase.name, app, raw: rawP, ratio: app.p95 / rawP.p95, ids: appIds };
      log(formatRow(result));
      results.push(result);
    }
    return results;
  } finally {
    await prisma.$disconnect();
    await raw.end();
  }
}

const ms = (value: number) => value.toFixed(1);

export function formatRow(result: CaseResult): string {
  const { app, raw } = result;
  return `| ${result.name} | ${ms(app.p50)} | ${ms(app.p95)} | ${ms(app.p99)} | ${ms(raw.p50)} | ${ms(raw.p95)} | ${ms(raw.p99)} | ${result.ratio.toFixed(2)} |`;
}

export const TABLE_HEADER = [
  "| case | app p50 | app p95 | app p99 | raw SQL p50 | raw SQL p95 | raw SQL p99 | p95 ratio |",
  "|---|---:|---:|---:|---:|---:|---:|---:|",
].join("\n");
