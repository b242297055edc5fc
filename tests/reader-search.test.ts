import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimSearch, encodeCursor, parseClaimSearch, searchClaims, searchResults, searchQueryString } from "@/lib/public/search.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { demoData } from "@/prisma/seed-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const { prisma } = useMigratedDatabase();
beforeAll(() => seedDemoData(prisma));

const parse = (query: string) => parseClaimSearch(new URLSearchParams(query));
const search = (query: string) => {
  const { search: parsed, issues } = parse(query);
  expect(issues).toEqual([]);
  return searchClaims(parsed, { prisma });
};
const quotes = async (query: string) => (await search(query)).items.map((claim) => claim.quote);

const published = demoData.claims.filter((claim) => claim.visibility === "PUBLISHED");
const drafts = demoData.claims.filter((claim) => claim.visibility === "DRAFT");
const quoteOf = (externalId: string) => demoData.claims.find((claim) => claim.externalId === externalId)!.quote;

describe("parseClaimSearch", () => {
  it("gives defaults for an empty query", () => {
    expect(parse("")).toEqual({
      search: { q: undefined, terms: [], statuses: [], claimant: undefined, kind: undefined, tag: undefined, from: undefined, to: undefined, verdict: false, dueAfter: undefined, dueBefore: undefined, overdue: false, sort: "newest", cursor: undefined, limit: 20 },
      issues: [],
    });
  });

  it("reads every parameter", () => {
    const { search, issues } = parse(
      "q=Tangible+progress!&status=FULFILLED&status=STALLED&claimant=antony-blinken&kind=ASSERTION&tag=peace-treaty&from=2023-01-01&to=2023-12-31&verdict=true&dueAfter=2024-01-01&dueBefore=2024-12-31&overdue=true&sort=updated&limit=5",
    );
    expect(issues).toEqual([]);
    expect(search).toMatchObject({
      q: "Tangible progress!",
      terms: ["tangible", "progress"],
      statuses: ["FULFILLED", "STALLED"],
      claimant: "antony-blinken",
      kind: "ASSERTION",
      tag: "peace-treaty",
      from: "2023-01-01",
      to: "2023-12-31",
      verdict: true,
      dueAfter: "2024-01-01",
      dueBefore: "2024-12-31",
      overdue: true,
      sort: "updated",
      limit: 5,
    });
    expect(parseClaimSearch(new URLSearchParams(searchQueryString(search).slice(1))).search).toEqual(search);
  });

  it.each([
    ["status=DONE", "status"],
    ["kind=RUMOUR", "kind"],
    ["from=2023-02-30", "from"],
    ["to=yesterday", "to"],
    ["from=2024-01-01&to=2023-01-01", "to"],
    ["sort=random", "sort"],
    ["limit=0", "limit"],
    ["limit=1000", "limit"],
    ["limit=abc", "limit"],
    ["cursor=not*base64", "cursor"],
    [`cursor=${encodeCursor({ s: "outcomes", k: 1, id: 3 })}`, "cursor"],
    ["cursor=eyJmb28iOjF9", "cursor"],
    ["claimant=Robert'); DROP TABLE", "claimant"],
    ["kind=PROMISE&kind=ASSERTION", "kind"],
    [`q=${"x".repeat(201)}`, "q"],
    ["verdict=maybe", "verdict"],
  ])("reports %s as an issue with %s and falls back to the default", (query, param) => {
    const { search, issues } = parse(query);
    expect(issues.map((issue) => issue.param)).toEqual([param]);
    expect(issues[0]!.message).toMatch(/\w/);
    const defaults = parse("").search;
    expect({ ...search, q: undefined, terms: [] }).toEqual(defaults);
  });

  it("falls back to the newest statements when relevance is asked for without search words", () => {
    expect(parse("sort=relevance").search.sort).toBe("newest");
    expect(parse("q=tangible").search.sort).toBe("relevance");
    expect(parse("q=%21%21%21").search.terms).toEqual([]);
  });

  it("keeps only letters and digits of the search words, at most eight", () => {
    expect(parse(`q=${encodeURIComponent("a'b) | c:* & !d <-> e f g h i j k")}`).search.terms).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
});

describe("searchClaims", () => {
  it("lists every published claim, newest statement first, and no draft", async () => {
    const result = await search("");
    expect(result.items.map((claim) => claim.quote).sort()).toEqual(published.map((claim) => claim.quote).sort());
    const dates = result.items.map((claim) => claim.statedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(result.total).toBe(published.length);
    expect(result.statusCounts.reduce((sum, row) => sum + row.count, 0)).toBe(published.length);
    expect(result.nextCursor).toBeNull();
  });

  it("finds the tangible progress claim by a word of its quote or its claimant's name", async () => {
    const tangible = quoteOf("demo:blinken-tangible-progress");
    expect(await quotes("q=tangible")).toEqual([tangible]);
    expect(await quotes("q=blinken")).toContain(tangible);
    expect(await quotes("q=BLINKEN+tangible")).toEqual([tangible]);
  });

  it("is accent- and case-insensitive, Azerbaijani letters included, and finds partial names", async () => {
    const aliyev = published.filter((claim) => claim.claimant === "ilham-aliyev").map((c) => c.quote);
    expect(aliyev.length).toBeGreaterThan(0);
    for (const q of ["aliyev", "ALIYEV", "Əliyev", "əliyev", "Alíyev", "ilham", "İlham", "ılham"]) {
      const found = await quotes(`q=${encodeURIComponent(q)}`);
      for (const quote of aliyev) expect(found, q).toContain(quote);
    }
    const pashinyan = await search("q=Pashin");
    expect(pashinyan.total).toBeGreaterThan(0);
    expect(pashinyan.items.every((claim) => /pashinyan/i.test(JSON.stringify(claim)) || claim.claimant.name === "Nikol Pashinyan")).toBe(true);
    expect((await search("q=lodz")).total).toBe((await search("q=%C5%81%C3%B3d%C5%BA")).total);
    expect((await search("q=zzzqqq")).total).toBe(0);
  });

  it("treats tsquery syntax and quotes in the search text as plain words", async () => {
    for (const q of ["O'Brien's", "\\ :* & | ! <->", "'); DROP TABLE \"Claim\"; --", "½ ŉ ǅ"]) {
      const result = await search(`q=${encodeURIComponent(q)}`);
      expect(result.total, q).toBe(result.items.length);
    }
    expect(await prisma.claim.count()).toBeGreaterThan(0);
  });

  it("finds claims by their source title and summary, and ranks quote matches above summary-only matches", async () => {
    const bySource = await search("q=US-hosted");
    expect(bySource.total).toBeGreaterThan(0);
    const peace = await search("q=peace");
    const [first] = peace.items;
    expect(first?.quote.toLowerCase()).toContain("peace");
  });

  it("never finds a draft, in results or counts", async () => {
    for (const draft of drafts) {
      const words = draft.quote.split(/\s+/).slice(0, 4).join(" ");
      const result = await search(`q=${encodeURIComponent(words)}`);
      expect(result.items.map((claim) => claim.quote)).not.toContain(draft.quote);
      const visible = published.filter((claim) => result.items.some((item) => item.quote === claim.quote)).length;
      expect(result.total).toBe(visible);
    }
  });

  it("combines filters", async () => {
    const result = await search("claimant=antony-blinken&verdict=true&kind=PREDICTION");
    const expected = published.filter(
      (c) => c.claimant === "antony-blinken" && c.kind === "PREDICTION" && ["FULFILLED", "PARTIALLY_FULFILLED", "NOT_FULFILLED"].includes(c.status),
    );
    expect(result.items.map((c) => c.quote).sort()).toEqual(expected.map((c) => c.quote).sort());

    const tagged = await search("tag=deadline&from=2024-01-01&to=2024-12-31");
    const expectedTagged = published.filter((c) => c.tags.includes("deadline") && c.statedAt >= "2024-01-01" && c.statedAt <= "2024-12-31");
    expect(tagged.items.map((c) => c.quote).sort()).toEqual(expectedTagged.map((c) => c.quote).sort());
  });

  it("counts per status for the search without its own status filter", async () => {
    const all = await search("claimant=antony-blinken");
    const filtered = await search("claimant=antony-blinken&status=FULFILLED");
    expect(filtered.statusCounts).toEqual(all.statusCounts);
    expect(filtered.total).toBe(all.statusCounts.find((row) => row.status === "FULFILLED")!.count);
    expect(filtered.items.every((claim) => claim.status === "FULFILLED")).toBe(true);
  });

  it("sorts by most outcomes, kept up to date by the database", async () => {
    const result = await search("sort=outcomes");
    const counts = result.items.map((claim) => claim.outcomeCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const rows = await prisma.claim.findMany({ select: { outcomeCount: true, _count: { select: { outcomes: true } } } });
    for (const row of rows) expect(row.outcomeCount).toBe(row._count.outcomes);
  });

  it("keeps the search vector current when a claimant is renamed", async () => {
    const claimant = await prisma.claimant.findUniqueOrThrow({ where: { slug: "michael-carpenter" } });
    await prisma.claimant.update({ where: { id: claimant.id }, data: { name: "Mikheil Karpentəri" } });
    try {
      expect((await search("q=karpenteri")).total).toBe(0);
      expect((await search("q=karpentari")).total).toBeGreaterThan(0);
      expect((await search("q=mikheil")).total).toBeGreaterThan(0);
    } finally {
      await prisma.claimant.update({ where: { id: claimant.id }, data: { name: claimant.name } });
    }
    expect((await search("q=mikheil")).total).toBe(0);
    expect((await search("q=karpentari")).total).toBe(0);
  });
});

describe("keyset pagination", () => {
  async function allPages(query: string, limit: number) {
    const pages: number[][] = [];
    let parsed: ClaimSearch = { ...parse(query).search, limit };
    for (let guard = 0; guard < 100; guard++) {
      const page = await searchResults(parsed, { prisma });
      pages.push(page.items.map((claim) => claim.id));
      if (!page.nextCursor) break;
      // Through the URL, as a reader's browser would.
      parsed = parse(searchQueryString(parsed, { cursor: page.nextCursor }).slice(1)).search;
    }
    return pages;
  }

  it.each(["", "sort=updated", "sort=outcomes", "q=peace", "q=peace&sort=newest", "verdict=true&sort=outcomes"])(
    "walks %j page by page without duplicates or gaps",
    async (query) => {
      const everything = (await searchResults({ ...parse(query).search, limit: 100 }, { prisma })).items.map((c) => c.id);
      expect(everything.length).toBeGreaterThan(1);
      for (const limit of [1, 2, 3]) {
        const pages = await allPages(query, limit);
        expect(pages.flat()).toEqual(everything);
        expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
      }
    },
  );

  it("stays stable on ties: many claims with the same date and outcome count", async () => {
    const claimant = await prisma.claimant.findFirstOrThrow();
    const created = [];
    for (let i = 0; i < 7; i++) {
      created.push(
        await prisma.claim.create({
          data: { quote: `tie claim ${i}`, summary: "tie", headline: "tie", claimantId: claimant.id, statedAt: new Date("2030-01-01"), kind: "PROMISE", visibility: "PUBLISHED" },
        }),
      );
    }
    const pages = await allPages("q=tie", 2);
    expect(pages.flat().sort((a, b) => a - b)).toEqual(created.map((c) => c.id));
    const byDate = await allPages("q=tie&sort=newest", 3);
    expect(byDate.flat()).toEqual(created.map((c) => c.id).reverse());
  });
});
