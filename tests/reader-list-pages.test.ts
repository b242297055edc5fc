import { beforeAll, describe, expect, it } from "vitest";
import { CLAIMANT_CLAIMS_PAGE_SIZE, LIST_PAGE_SIZE, listPagePath, pageCount, parsePageNumber } from "@/lib/public/list-pages.ts";
import { claimantPath } from "@/lib/public/page-invalidation.ts";
import { CLAIMANT_FILTER_LIMIT, claimantFilterOptions, countPublicClaimants, getClaimantPage, listPublicClaimants } from "@/lib/public/public-claimants.ts";
import { freeSlug, slugify } from "@/lib/workbench/new-claimant.ts";
import { countPublicSources, listPublicSources } from "@/lib/public/public-sources.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

/*
 * The claimant and source lists come in pages, and the index's claimant filter stops listing
 * every claimant once there are too many to read: at a million claims (5,000 claimants, 50,000
 * sources) the whole lists took seconds to minutes to render. A claimant's own claims come in pages too.
 */

const { prisma } = useMigratedDatabase();
const CLAIMANTS = CLAIMANT_FILTER_LIMIT + 1;
const name = (i: number) => `Person ${String(i).padStart(4, "0")}`;

beforeAll(async () => {
  // Each claimant with one published claim from a source of its own; one more claimant and source with a draft only.
  await prisma.claimant.createMany({ data: Array.from({ length: CLAIMANTS + 1 }, (_, i) => ({ slug: `person-${i}`, name: name(i) })) });
  await prisma.source.createMany({ data: Array.from({ length: CLAIMANTS + 1 }, (_, i) => ({ title: `Article ${i}`, body: "tangible progress", publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000) })) });
  const claimants = await prisma.claimant.findMany({ orderBy: { id: "asc" } });
  const sources = await prisma.source.findMany({ orderBy: { id: "asc" } });
  await prisma.claim.createMany({
    data: claimants.map((claimant, i) => ({
      quote: "tangible progress",
      summary: "s",
      headline: "h",
      claimantId: claimant.id,
      sourceId: sources[i]!.id,
      statedAt: new Date("2024-01-01"),
      kind: "ASSERTION" as const,
      visibility: i < CLAIMANTS ? ("PUBLISHED" as const) : ("DRAFT" as const),
      publishedAt: new Date(),
    })),
  });
});

describe("page numbers in list URLs", () => {
  it("are whole numbers from 1 written plainly; page 1 is the list's own address", () => {
    expect(["1", "2", "500"].map(parsePageNumber)).toEqual([1, 2, 500]);
    for (const text of ["0", "02", "+2", "2.0", "-1", "", "two", "1e3", "9999999"]) expect(parsePageNumber(text), text).toBeNull();
    expect(listPagePath("/sources", 1)).toBe("/sources");
    expect(listPagePath("/claimants", 3)).toBe("/claimants/page/3");
    expect(listPagePath("/claimants/antony-blinken", 2)).toBe("/claimants/antony-blinken/page/2");
    expect([0, 1, LIST_PAGE_SIZE, LIST_PAGE_SIZE + 1].map((total) => pageCount(total))).toEqual([1, 1, 1, 2]);
    expect([50, 51].map((total) => pageCount(total, 50))).toEqual([1, 2]);
  });
});

describe("the claimant and source lists", () => {
  it("list every public claimant once across their pages, by name, and no claimant known only from a draft", async () => {
    expect(await countPublicClaimants(prisma)).toBe(CLAIMANTS);
    const pages = await Promise.all([1, 2, 3].map((page) => listPublicClaimants(prisma, { page })));
    expect(pages.map((page) => page.length)).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, CLAIMANTS - 2 * LIST_PAGE_SIZE]);
    expect(pages.flat().map((claimant) => claimant.name)).toEqual(Array.from({ length: CLAIMANTS }, (_, i) => name(i)));
    expect(pages.flat().every((claimant) => claimant.publishedClaims === 1)).toBe(true);
    expect(await listPublicClaimants(prisma, { page: 4 })).toEqual([]);
  });

  it("list every public source once across their pages, newest first", async () => {
    expect(await countPublicSources(prisma)).toBe(CLAIMANTS);
    const pages = await Promise.all([1, 2, 3].map((page) => listPublicSources(prisma, { page })));
    const titles = pages.flat().map((source) => source.title);
    expect(titles).toEqual(Array.from({ length: CLAIMANTS }, (_, i) => `Article ${CLAIMANTS - 1 - i}`));
  });
});

describe("the index's claimant filter", () => {
  it("offers only the chosen claimant once there are more than it lists, and says so", async () => {
    expect(await claimantFilterOptions(undefined, prisma)).toEqual({ options: [], tooMany: true });
    expect(await claimantFilterOptions("person-7", prisma)).toEqual({ options: [{ slug: "person-7", name: name(7) }], tooMany: true });
    // Known only from a draft: not offered, as it is not public.
    expect(await claimantFilterOptions(`person-${CLAIMANTS}`, prisma)).toEqual({ options: [], tooMany: true });
  });

  it("lists every public claimant while they are few enough to read", async () => {
    await prisma.claim.updateMany({ where: { claimant: { slug: "person-0" } }, data: { visibility: "DRAFT" } });
    const { options, tooMany } = await claimantFilterOptions(undefined, prisma);
    expect(tooMany).toBe(false);
    expect(options).toHaveLength(CLAIMANT_FILTER_LIMIT);
    expect(options[0]).toEqual({ slug: "person-1", name: name(1) });
  });
});

describe("a claimant's claims", () => {
  it("come 20 to a page, as on the index, newest statement first, each once; there is no page past the last", async () => {
    const claimant = await prisma.claimant.findUniqueOrThrow({ where: { slug: "person-5" } });
    await prisma.claim.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        quote: `statement ${i}`,
        summary: "s",
        headline: "h",
        claimantId: claimant.id,
        statedAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000),
        kind: "ASSERTION" as const,
        visibility: i % 10 === 9 ? ("DRAFT" as const) : ("PUBLISHED" as const),
        publishedAt: new Date(),
      })),
    });
    const listed = await prisma.claim.findMany({
      where: { claimantId: claimant.id, visibility: "PUBLISHED" },
      orderBy: [{ statedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(listed).toHaveLength(109);
    const pages = await Promise.all([1, 2, 3, 4, 5, 6].map((page) => getClaimantPage("person-5", prisma, page)));
    expect(CLAIMANT_CLAIMS_PAGE_SIZE).toBe(20);
    expect(pages.map((page) => [page!.page, page!.pages, page!.total, page!.claims.length])).toEqual([
      [1, 6, 109, 20],
      [2, 6, 109, 20],
      [3, 6, 109, 20],
      [4, 6, 109, 20],
      [5, 6, 109, 20],
      [6, 6, 109, 9],
    ]);
    expect(pages.flatMap((page) => page!.claims.map((claim) => claim.id))).toEqual(listed.map((claim) => claim.id));
    expect(pages[5]!.statusCounts.reduce((sum, row) => sum + row.count, 0)).toBe(109);
    expect(await getClaimantPage("person-5", prisma, 7)).toBeNull();
    expect(await getClaimantPage("person-6", prisma, 2)).toBeNull();
  });

  it("live under /claimants/{slug}/page/{n}, so no claimant may take the slug `page`", async () => {
    expect(listPagePath(claimantPath("person-5"), 2)).toBe("/claimants/person-5/page/2");
    expect(await freeSlug(prisma, slugify("Page"))).toBe("page-2");
    expect(await freeSlug(prisma, slugify("Larry Page"))).toBe("larry-page");
  });
});
