import { beforeAll, describe, expect, it } from "vitest";
import { findDuplicatePage, scanChunk } from "@/lib/workbench/duplicate-finder.ts";
import { dismissDuplicatePair, restoreDuplicatePair } from "@/lib/workbench/duplicate-pairs.ts";
import { linkClaims } from "@/lib/workbench/claim-links.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });
let biden: number;
let blinken: number;

beforeAll(async () => {
  biden = (await prisma.claimant.create({ data: { slug: "joe-biden", name: "Joe Biden" } })).id;
  blinken = (await prisma.claimant.create({ data: { slug: "antony-blinken", name: "Antony Blinken" } })).id;
});

const claim = (quote: string, claimantId: number, statedAt: string) =>
  createClaim(prisma, editor, { quote, summary: "s", headline: "h", claimantId, statedAt, kind: "PROMISE", visibility: "PUBLISHED" });
const pairIds = (pairs: { first: { id: number }; second: { id: number } }[]) => pairs.map((pair) => [pair.first.id, pair.second.id]);

describe("the duplicate finder", () => {
  it("pairs the same claimant's near-identical quotes stated close together, accent-folded, and nothing else", async () => {
    const a = await claim("Aliyev should focus on reaching an agreement by the end of the year", biden, "2024-10-21");
    const b = await claim("ALİYEV should focus on reaching an agreement by the end of this year.", biden, "2024-10-23");
    await claim("Aliyev should focus on reaching an agreement by the end of the year", blinken, "2024-10-22"); // another claimant
    await claim("Aliyev should focus on reaching an agreement by the end of the year", biden, "2025-06-01"); // months later
    await claim("The weather will be fine for the signing ceremony", biden, "2024-10-22"); // not similar

    const page = await findDuplicatePage(prisma);
    expect(pairIds(page.pairs)).toEqual([[a.id, b.id]]);
    expect(page.pairs[0]!.score).toBeGreaterThan(0.6);
    expect(page.pairs[0]!.claimantName).toBe("Joe Biden");
    expect(page.nextAfterId).toBeNull();
  });

  it("pages through the claims in chunks by id, so every pair is found once whatever the chunk size", async () => {
    const all = [];
    let after = 0;
    for (;;) {
      const { pairs, lastId } = await scanChunk(prisma, after, 2);
      if (lastId === null) break;
      all.push(...pairs);
      after = lastId;
    }
    expect(pairIds(all)).toEqual(pairIds((await scanChunk(prisma, 0, 1000)).pairs));
  });

  it("remembers a dismissal (undoable) and leaves out linked pairs", async () => {
    const { first, second } = (await findDuplicatePage(prisma)).pairs[0]!;
    await dismissDuplicatePair(prisma, editor, { claimId: second.id, otherClaimId: first.id });
    expect((await findDuplicatePage(prisma)).pairs).toEqual([]);
    await restoreDuplicatePair(prisma, editor, { claimId: first.id, otherClaimId: second.id });
    expect(pairIds((await findDuplicatePage(prisma)).pairs)).toEqual([[first.id, second.id]]);

    await linkClaims(prisma, editor, second.id, second.version, { otherClaimId: first.id, kind: "DUPLICATE_OF" });
    expect((await findDuplicatePage(prisma)).pairs).toEqual([]);
  });

  it("refuses to dismiss a claim with itself, a missing claim, or for a reader, writing nothing", async () => {
    const before = await prisma.dismissedDuplicatePair.count();
    await expect(dismissDuplicatePair(prisma, editor, { claimId: 1, otherClaimId: 1 })).rejects.toThrow("A claim cannot be paired with itself.");
    await expect(dismissDuplicatePair(prisma, editor, { claimId: 1, otherClaimId: 999_999 })).rejects.toThrow("One of these claims no longer exists.");
    await expect(dismissDuplicatePair(prisma, { id: editor.id, role: "READER" as never }, { claimId: 1, otherClaimId: 2 })).rejects.toThrow(/permission/);
    await expect(dismissDuplicatePair(prisma, editor, { claimId: "x", otherClaimId: 2 })).rejects.toThrow();
    expect(await prisma.dismissedDuplicatePair.count()).toBe(before);
  });
});
