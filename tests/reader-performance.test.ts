import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client.ts";
import { type ClaimSearch, countsQuery, parseClaimSearch, searchClaims, searchResults, searchQueryString } from "@/lib/public/search.ts";
import { searchPageJson } from "@/lib/public/claims-json.ts";
import { getPublishedClaim, publishedClaimSelect } from "@/lib/public/published-claims.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

// Issue 5 at scale: trigger-kept status counts, capped filtered counts, the newest-first fallback of
// broad relevance searches and the one-statement claim page.

const { database, prisma } = useMigratedDatabase();
let pool: pg.Pool;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: database.url, max: 8 });
  await seedDemoData(prisma);
});
afterAll(() => pool?.end());

const parse = (query: string): ClaimSearch => {
  const { search, issues } = parseClaimSearch(new URLSearchParams(query));
  expect(issues).toEqual([]);
  return search;
};

/** ClaimStatusCount and a count(*) over the claims that are not withdrawn, zero rows left out of both. */
async function kept() {
  const { rows } = await pool.query(`SELECT "visibility", "status", "count" FROM "ClaimStatusCount" WHERE "count" <> 0 ORDER BY 1, 2`);
  return rows;
}
async function counted() {
  const { rows } = await pool.query(`SELECT "visibility", "status", count(*)::integer AS "count" FROM "Claim" WHERE "withdrawnAt" IS NULL GROUP BY 1, 2 ORDER BY 1, 2`);
  return rows;
}
async function expectExact() {
  expect(await kept()).toEqual(await counted());
}

async function newClaim(data: { quote: string; visibility?: "DRAFT" | "PUBLISHED"; status?: "PENDING" | "FULFILLED" | "STALLED"; statedAt?: string }) {
  const claimant = await prisma.claimant.findFirstOrThrow({ orderBy: { id: "asc" } });
  return prisma.claim.create({
    data: {
      quote: data.quote,
      summary: "performance test",
      headline: "performance test",
      claimantId: claimant.id,
      statedAt: new Date(data.statedAt ?? "2031-01-01"),
      kind: "PROMISE",
      status: data.status ?? "PENDING",
      visibility: data.visibility ?? "DRAFT",
    },
  });
}

describe("ClaimStatusCount, kept by triggers on Claim", () => {
  it("has a row for every visibility and status, and equals a count(*) after seeding", async () => {
    const { rows } = await pool.query(`SELECT count(*)::integer AS n FROM "ClaimStatusCount"`);
    expect(rows[0].n).toBe(14);
    await expectExact();
  });

  it("stays exact through insert, status change, publish, unpublish, other edits and delete", async () => {
    const claim = await newClaim({ quote: "counted claim" });
    await expectExact();
    await prisma.claim.update({ where: { id: claim.id }, data: { visibility: "PUBLISHED", publishedAt: new Date() } });
    await expectExact();
    await prisma.claim.update({ where: { id: claim.id }, data: { status: "FULFILLED" } });
    await expectExact();
    await prisma.claim.update({ where: { id: claim.id }, data: { summary: "edited, status unchanged" } });
    await expectExact();
    await prisma.claim.update({ where: { id: claim.id }, data: { status: "STALLED", visibility: "DRAFT" } });
    await expectExact();
    await prisma.claim.delete({ where: { id: claim.id } });
    await expectExact();
  });

  it("leaves a withdrawn claim out, as the index does", async () => {
    const claim = await newClaim({ quote: "withdrawn claim", visibility: "PUBLISHED", status: "FULFILLED" });
    const published = async () => (await kept()).find((row) => row.visibility === "PUBLISHED" && row.status === "FULFILLED")?.count ?? 0;
    const before = await published();
    await prisma.claim.update({ where: { id: claim.id }, data: { withdrawnAt: new Date(), withdrawalReason: "Entered in error." } });
    expect(await published()).toBe(before - 1);
    await expectExact();
    await prisma.claim.update({ where: { id: claim.id }, data: { status: "STALLED" } });
    await expectExact();
    await prisma.claim.delete({ where: { id: claim.id } });
    await expectExact();
  });

  it("stays exact through bulk statements and a rolled-back transaction", async () => {
    const claimant = await prisma.claimant.findFirstOrThrow();
    await prisma.claim.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        quote: `bulk ${i}`,
        summary: "bulk",
        headline: "bulk",
        claimantId: claimant.id,
        statedAt: new Date("2031-02-01"),
        kind: "PREDICTION" as const,
        status: i % 2 ? ("FULFILLED" as const) : ("PENDING" as const),
        visibility: i % 3 ? ("PUBLISHED" as const) : ("DRAFT" as const),
      })),
    });
    await expectExact();
    await prisma.claim.updateMany({ where: { summary: "bulk", status: "PENDING" }, data: { status: "IN_PROGRESS", visibility: "PUBLISHED" } });
    await expectExact();
    const before = await kept();
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.claim.updateMany({ where: { summary: "bulk" }, data: { status: "NOT_FULFILLED" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await kept()).toEqual(before);
    await prisma.claim.deleteMany({ where: { summary: "bulk" } });
    await expectExact();
  });

  it("is reset by TRUNCATE", async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // ClaimEvent refuses TRUNCATE (append-only); inside this rolled-back transaction only.
      await client.query(`ALTER TABLE "ClaimEvent" DISABLE TRIGGER USER`);
      await client.query(`TRUNCATE "Claim" CASCADE`);
      const { rows } = await client.query(`SELECT sum("count")::integer AS n FROM "ClaimStatusCount"`);
      expect(rows[0].n).toBe(0);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
    await expectExact();
  });

  it("stays exact, without deadlocks, when concurrent transactions move claims between statuses in opposite directions", async () => {
    const claims = [];
    for (let i = 0; i < 16; i++) claims.push(await newClaim({ quote: `concurrent ${i}`, visibility: "PUBLISHED", status: i % 2 ? "FULFILLED" : "PENDING" }));
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        claims.map(async (claim, i) => {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            // Flip the status: half go PENDING → FULFILLED while the other half go FULFILLED → PENDING.
            await client.query(
              `UPDATE "Claim" SET "status" = CASE "status" WHEN 'PENDING' THEN 'FULFILLED'::"ClaimStatus" ELSE 'PENDING'::"ClaimStatus" END WHERE "id" = $1`,
              [claim.id],
            );
            await client.query(`SELECT pg_sleep(0.01)`);
            if (i % 5 === 4) await client.query("ROLLBACK");
            else await client.query("COMMIT");
          } finally {
            client.release();
          }
        }),
      );
      await expectExact();
    }
    await prisma.claim.deleteMany({ where: { id: { in: claims.map((c) => c.id) } } });
    await expectExact();
  });

  it("gives the index its unfiltered and status-only counts", async () => {
    expect(countsQuery(parse("status=FULFILLED")).sql).toContain(`"ClaimStatusCount"`);
    expect(countsQuery(parse("kind=PROMISE")).sql).not.toContain(`"ClaimStatusCount"`);
    const published = await counted().then((rows) => rows.filter((row) => row.visibility === "PUBLISHED"));
    const page = await searchClaims(parse(""), { prisma });
    for (const row of page.statusCounts) {
      expect(row.count, row.status).toBe(published.find((p) => p.status === row.status)?.count ?? 0);
      expect(row.capped).toBe(false);
    }
    expect(page.totalCapped).toBe(false);
    expect((await searchClaims(parse("status=FULFILLED&status=PENDING"), { prisma })).statusCounts).toEqual(page.statusCounts);
  });
});

describe("counts of a filtered search", () => {
  it("are exact up to the cap and lower bounds, marked capped, beyond it", async () => {
    const exact = await searchClaims(parse("from=1900-01-01"), { prisma });
    const { rows } = await pool.query(
      `SELECT count(*)::integer AS n FROM "Claim" WHERE "visibility" = 'PUBLISHED' AND "statedAt" >= '1900-01-01'`,
    );
    const matches = rows[0].n as number;
    expect(matches).toBeGreaterThan(3);
    expect(exact.total).toBe(matches);
    expect(exact.totalCapped).toBe(false);

    const atCap = await searchClaims(parse("from=1900-01-01"), { prisma, countCap: matches });
    expect(atCap.statusCounts).toEqual(exact.statusCounts);

    const capped = await searchClaims(parse("from=1900-01-01"), { prisma, countCap: 2 });
    expect(capped.statusCounts.every((row) => row.capped)).toBe(true);
    expect(capped.statusCounts.reduce((sum, row) => sum + row.count, 0)).toBe(3);
    for (const row of capped.statusCounts) expect(row.count).toBeLessThanOrEqual(exact.statusCounts.find((e) => e.status === row.status)!.count);
    expect(capped.totalCapped).toBe(true);
    // The counted matches are the newest statements.
    const newest = await prisma.claim.findMany({
      where: { visibility: "PUBLISHED" },
      orderBy: [{ statedAt: "desc" }, { id: "desc" }],
      take: 3,
      select: { status: true },
    });
    const tally = new Map<string, number>();
    for (const { status } of newest) tally.set(status, (tally.get(status) ?? 0) + 1);
    expect(capped.statusCounts.filter((row) => row.count > 0).map((row) => [row.status, row.count])).toEqual(
      capped.statusCounts.filter((row) => tally.has(row.status)).map((row) => [row.status, tally.get(row.status)]),
    );
    const json = searchPageJson(capped, "https://ledger.example", (cursor) => cursor);
    expect(json).toMatchObject({ total: capped.total, countsCapped: true });
    expect(searchPageJson(exact, "https://ledger.example", (cursor) => cursor).countsCapped).toBe(false);
  });
});

describe("a relevance search with too many matches to rank", () => {
  const WORD = "zqbroadword";
  let published: { id: number; statedAt: Date }[];

  beforeAll(async () => {
    const claimant = await prisma.claimant.findFirstOrThrow();
    // 300 published claims with the word, a few on the same day (ties), and drafts that must never show.
    await prisma.claim.createMany({
      data: Array.from({ length: 330 }, (_, i) => ({
        quote: `${WORD} number ${i}${i % 7 === 0 ? ` ${WORD}rare` : ""}`,
        summary: "broad search",
        headline: "broad search",
        claimantId: claimant.id,
        statedAt: new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 4))),
        kind: "ASSERTION" as const,
        visibility: i < 300 ? ("PUBLISHED" as const) : ("DRAFT" as const),
      })),
    });
    await pool.query(`ANALYZE "Claim"`);
    published = await prisma.claim.findMany({
      where: { summary: "broad search", visibility: "PUBLISHED" },
      orderBy: [{ statedAt: "desc" }, { id: "desc" }],
      select: { id: true, statedAt: true },
    });
  });

  async function walk(query: string, limit: number, options: { rankLimit?: number } = {}) {
    const ids: number[] = [];
    const fallbacks: boolean[] = [];
    let search: ClaimSearch = { ...parse(query), limit };
    for (let guard = 0; guard < 400; guard++) {
      const page = await searchResults(search, { prisma, ...options });
      ids.push(...page.items.map((item) => item.id));
      fallbacks.push(page.relevanceFallback);
      if (!page.nextCursor) break;
      // Through the URL, as a reader's browser would, the sort staying "relevance".
      search = parse(searchQueryString(search, { cursor: page.nextCursor }).slice(1));
      expect(search.sort).toBe("relevance");
    }
    return { ids, fallbacks };
  }

  it("is shown newest first, says so, and pages through every match once, drafts never included", async () => {
    const { ids, fallbacks } = await walk(`q=${WORD}`, 20, { rankLimit: 100 });
    expect(fallbacks.every(Boolean)).toBe(true);
    expect(ids).toEqual(published.map((c) => c.id));
    expect(new Set(ids).size).toBe(300);
    // Small pages across the same-day ties.
    expect((await walk(`q=${WORD}`, 3, { rankLimit: 100 })).ids).toEqual(published.map((c) => c.id));
  });

  it("keeps the newest-first order on later pages even when they would be rankable, and ranks narrower searches", async () => {
    const first = await searchResults({ ...parse(`q=${WORD}`), limit: 5 }, { prisma, rankLimit: 100 });
    expect(first.relevanceFallback).toBe(true);
    expect(first.nextCursor).toMatchObject({ s: "relevance", d: expect.any(String) });
    const second = await searchResults(parse(searchQueryString({ ...parse(`q=${WORD}`), limit: 5 }, { cursor: first.nextCursor! }).slice(1)), {
      prisma,
      rankLimit: 100_000,
    });
    expect(second.relevanceFallback).toBe(true);
    expect([...first.items, ...second.items].map((c) => c.id)).toEqual(published.slice(0, 10).map((c) => c.id));

    // 43 claims have the rarer word: ranked, with rank cursors.
    const narrow = await searchResults(parse(`q=${WORD}rare`), { prisma, rankLimit: 100 });
    expect(narrow.relevanceFallback).toBe(false);
    expect(narrow.nextCursor).toMatchObject({ s: "relevance", k: expect.any(Number) });
    const ranked = await walk(`q=${WORD}rare`, 7, { rankLimit: 100 });
    expect(ranked.fallbacks.every((f) => !f)).toBe(true);
    expect(new Set(ranked.ids).size).toBe(43);
  });

  it("ranks the same search when the limit allows it", async () => {
    const page = await searchResults(parse(`q=${WORD}`), { prisma });
    expect(page.relevanceFallback).toBe(false);
    const { ids } = await walk(`q=${WORD}`, 50);
    expect([...ids].sort((a, b) => a - b)).toEqual(published.map((c) => c.id).sort((a, b) => a - b));
  });
});

describe("getPublishedClaim in one statement", () => {
  it("returns what the Prisma query with the same select returned, for every claim", async () => {
    const ids = (await prisma.claim.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(10);
    let compared = 0;
    for (const id of ids) {
      const expected = await prisma.claim.findFirst({ where: { id, visibility: "PUBLISHED" }, select: publishedClaimSelect });
      const actual = await getPublishedClaim(id, prisma);
      expect(actual, `claim ${id}`).toEqual(expected);
      if (expected && (expected.outcomes.length > 0 || expected.events.some((e) => e.outcome))) compared++;
    }
    expect(compared).toBeGreaterThan(0);
    expect(await getPublishedClaim(2_147_483_647, prisma)).toBeNull();
  });

  it("sends a single query", async () => {
    const logged = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: "event", level: "query" }] });
    const published = await prisma.claim.findFirstOrThrow({ where: { visibility: "PUBLISHED" } });
    let queries = 0;
    logged.$on("query", () => queries++);
    expect((await getPublishedClaim(published.id, logged))?.id).toBe(published.id);
    await logged.$disconnect();
    expect(queries).toBe(1);
  });
});
