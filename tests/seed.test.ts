import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { locateAnchor } from "@/lib/anchors.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { demoData } from "@/prisma/seed-data.ts";
import { createMigratedDatabase } from "./support/database.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const VERDICTS = ["FULFILLED", "PARTIALLY_FULFILLED", "NOT_FULFILLED"];

/** Every row the seed writes, in a stable order. */
async function snapshot(prisma: PrismaClient) {
  return {
    users: await prisma.user.findMany({ orderBy: { id: "asc" } }),
    sources: await prisma.source.findMany({ orderBy: { id: "asc" } }),
    claimants: await prisma.claimant.findMany({ orderBy: { id: "asc" } }),
    outcomes: await prisma.outcome.findMany({ orderBy: { id: "asc" } }),
    claims: await prisma.claim.findMany({ orderBy: { id: "asc" } }),
    claimOutcomes: await prisma.claimOutcome.findMany({ orderBy: [{ claimId: "asc" }, { outcomeId: "asc" }] }),
    claimLinks: await prisma.claimLink.findMany({ orderBy: { id: "asc" } }),
    claimEvents: await prisma.claimEvent.findMany({ orderBy: { id: "asc" } }),
    notes: await prisma.note.findMany({ orderBy: { id: "asc" } }),
  };
}

const rowCounts = (rows: Awaited<ReturnType<typeof snapshot>>) =>
  Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));

describe("seedDemoData", () => {
  const { prisma } = useMigratedDatabase();

  it("writes the demo data", async () => {
    const result = await seedDemoData(prisma);
    expect(result.created).toBe(true);
    expect(result.counts).toMatchObject({
      users: 2,
      sources: Object.keys(demoData.sources).length,
      claimants: demoData.claimants.length,
      outcomes: Object.keys(demoData.outcomes).length,
      claims: demoData.claims.length,
    });

    const rows = await snapshot(prisma);
    expect(rowCounts(rows)).toEqual(result.counts);
    expect(rows.sources.length).toBeGreaterThanOrEqual(5);
    expect(rows.claimants.length).toBeGreaterThanOrEqual(6);
    expect(rows.claims.length).toBeGreaterThanOrEqual(8);
    expect(rows.outcomes.length).toBeGreaterThanOrEqual(4);
    expect(rows.claims.filter((claim) => claim.visibility === "DRAFT").length).toBeGreaterThanOrEqual(1);
    expect(rows.users.map(({ email, role, passwordHash }) => ({ email, role, passwordHash }))).toEqual([
      { email: "admin@claimledger.test", role: "ADMIN", passwordHash: null },
      { email: "editor@claimledger.test", role: "EDITOR", passwordHash: null },
    ]);
    expect(await prisma.claimant.findUnique({ where: { slug: "antony-blinken" } })).toMatchObject({
      name: "Antony Blinken",
      title: "US Secretary of State",
    });
  });

  it("leaves identical rows when run again", async () => {
    const before = await snapshot(prisma);
    const again = await seedDemoData(prisma);
    expect(again.created).toBe(false);
    expect(Object.values(again.counts).every((n) => n === 0)).toBe(true);
    const after = await snapshot(prisma);
    expect(rowCounts(after)).toEqual(rowCounts(before));
    expect(after).toEqual(before);
  });

  it("stores anchors that point at the quote in the stored body", async () => {
    const claims = await prisma.claim.findMany({ include: { source: true } });
    for (const claim of claims) {
      const body = claim.source!.body;
      const { anchorStart: start, anchorEnd: end } = claim;
      expect(start).not.toBeNull();
      expect(body.slice(start!, end!)).toBe(claim.quote);
      expect(claim.anchorExact).toBe(claim.quote);
      expect(body.slice(start! - claim.anchorPrefix!.length, start!)).toBe(claim.anchorPrefix);
      expect(body.slice(end!, end! + claim.anchorSuffix!.length)).toBe(claim.anchorSuffix);
      expect(
        locateAnchor(body, { exact: claim.anchorExact!, prefix: claim.anchorPrefix!, suffix: claim.anchorSuffix! }),
      ).toEqual({ start, end });
    }
  });

  it("keeps each claim's status equal to its latest STATUS_CHANGED event", async () => {
    const claims = await prisma.claim.findMany({
      include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] }, outcomes: true },
    });
    for (const claim of claims) {
      const [created, ...rest] = claim.events;
      expect(created?.type, claim.externalId!).toBe("CREATED");
      expect(created?.at).toEqual(claim.createdAt);
      for (const event of rest) expect(event.at >= claim.statedAt, `${claim.externalId} ${event.type}`).toBe(true);

      const changes = claim.events.filter((event) => event.type === "STATUS_CHANGED");
      expect(claim.status, claim.externalId!).toBe(changes.at(-1)?.toStatus ?? "PENDING");
      changes.forEach((change, i) => {
        expect(change.fromStatus).toBe(i === 0 ? "PENDING" : changes[i - 1]!.toStatus);
        expect(change.rationale).toBeTruthy();
        expect(change.actorId).not.toBeNull();
      });
      if (VERDICTS.includes(claim.status)) expect(claim.outcomes.length).toBeGreaterThan(0);

      const published = claim.events.filter((event) => event.type === "PUBLISHED");
      expect(published.length).toBe(claim.visibility === "PUBLISHED" ? 1 : 0);
      expect(claim.publishedAt).toEqual(published[0]?.at ?? null);
      expect(claim.events.filter((event) => event.type === "OUTCOME_LINKED").length).toBe(claim.outcomes.length);
    }
  });

  it("writes nothing when any part fails", async () => {
    const empty = await createMigratedDatabase();
    const client = createPrismaClient(empty.url);
    try {
      // The last claim fails, after everything before it was written.
      const last = demoData.claims.length - 1;
      const broken = { ...demoData, claims: demoData.claims.map((claim, i) => (i === last ? { ...claim, quote: "words nobody said" } : claim)) };
      await expect(seedDemoData(client, broken)).rejects.toThrow(/demo:.*exact words of the source/);
      expect(Object.values(rowCounts(await snapshot(client))).every((n) => n === 0)).toBe(true);
    } finally {
      await client.$disconnect();
      await empty.drop();
    }
  });
});
