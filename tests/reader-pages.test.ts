import { beforeAll, describe, expect, it } from "vitest";
import { getClaimantPage, listClaimantOptions, listPublicClaimants, statusBreakdown } from "@/lib/public/public-claimants.ts";
import { findAnchor } from "@/lib/public/highlight.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { getSourcePage, listPublicSources } from "@/lib/public/public-sources.ts";
import { demoData } from "@/prisma/seed-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const { prisma } = useMigratedDatabase();
beforeAll(() => seedDemoData(prisma));

const publishedDemo = demoData.claims.filter((claim) => claim.visibility === "PUBLISHED");
const draftQuotes = demoData.claims.filter((claim) => claim.visibility === "DRAFT").map((claim) => claim.quote);

describe("claimant pages", () => {
  it("list only claimants with a published claim, with their published count", async () => {
    const claimants = await listPublicClaimants(prisma);
    const expected = new Map<string, number>();
    for (const claim of publishedDemo) expected.set(claim.claimant, (expected.get(claim.claimant) ?? 0) + 1);
    expect(new Map(claimants.map((c) => [c.slug, c.publishedClaims]))).toEqual(expected);
    expect(claimants.map((c) => c.name)).toEqual([...claimants.map((c) => c.name)].sort());
    expect(await listClaimantOptions(prisma)).toEqual(claimants.map(({ slug, name }) => ({ slug, name })));
  });

  it("show a claimant's published claims and their status breakdown", async () => {
    const page = await getClaimantPage("antony-blinken", prisma);
    const demo = publishedDemo.filter((claim) => claim.claimant === "antony-blinken");
    expect(page?.claims.map((claim) => claim.quote).sort()).toEqual(demo.map((claim) => claim.quote).sort());
    const breakdown = statusBreakdown(page!.statusCounts);
    expect(breakdown).toHaveLength(7);
    expect(breakdown.reduce((sum, row) => sum + row.count, 0)).toBe(demo.length);
    for (const claim of demo) expect(breakdown.find((row) => row.status === claim.status)!.count).toBeGreaterThan(0);
  });

  it("never show drafts, and hide a claimant known only from drafts", async () => {
    for (const claimant of demoData.claimants) {
      const page = await getClaimantPage(claimant.slug, prisma);
      const quotes = JSON.stringify(page);
      for (const quote of draftQuotes) expect(quotes).not.toContain(quote);
    }
    const onlyDrafts = await prisma.claimant.create({ data: { slug: "draft-only", name: "Draft Only" } });
    const claim = await prisma.claim.create({
      data: { quote: "secret words", summary: "s", claimantId: onlyDrafts.id, statedAt: new Date("2024-01-01"), kind: "PROMISE" },
    });
    expect(await getClaimantPage("draft-only", prisma)).toBeNull();
    expect((await listPublicClaimants(prisma)).map((c) => c.slug)).not.toContain("draft-only");
    expect((await listClaimantOptions(prisma)).map((c) => c.slug)).not.toContain("draft-only");
    expect(await getClaimantPage("no-such-person", prisma)).toBeNull();
    await prisma.claim.delete({ where: { id: claim.id } });
  });
});

describe("source pages", () => {
  it("list public sources with their published claim counts", async () => {
    const sources = await listPublicSources(prisma);
    expect(sources.length).toBeGreaterThan(0);
    const total = sources.reduce((sum, source) => sum + source.publishedClaims, 0);
    expect(total).toBe(publishedDemo.length);
  });

  it("have the text with every published claim anchored in it, and no draft", async () => {
    for (const { id } of await listPublicSources(prisma)) {
      const page = await getSourcePage(id, prisma);
      expect(page).not.toBeNull();
      for (const claim of page!.claims) {
        expect(claim.claimant.name).toBeTruthy();
        const range = findAnchor(page!.body, claim);
        expect(range && page!.body.slice(range.start, range.end)).toBe(claim.quote);
      }
      const text = JSON.stringify(page!.claims) + JSON.stringify(page!.outcomes);
      for (const quote of draftQuotes) expect(text).not.toContain(quote);
    }
  });

  it("hide a source used only by drafts", async () => {
    const claimant = await prisma.claimant.findFirstOrThrow();
    const source = await prisma.source.create({ data: { title: "Draft-only source", body: "secret words here" } });
    await prisma.claim.create({
      data: { quote: "secret words", summary: "s", claimantId: claimant.id, sourceId: source.id, statedAt: new Date("2024-01-01"), kind: "PROMISE" },
    });
    expect(await getSourcePage(source.id, prisma)).toBeNull();
    expect((await listPublicSources(prisma)).map((s) => s.id)).not.toContain(source.id);
  });
});
