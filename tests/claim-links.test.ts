import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors.ts";
import { linkClaims, listClaimLinks, originalOf, unlinkClaims } from "@/lib/workbench/claim-links.ts";
import { StaleVersionError } from "@/lib/workbench/claims.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

const newClaim = () => createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
const version = async (id: number) => (await prisma.claim.findUniqueOrThrow({ where: { id } })).version;
const linkEvents = (claimId: number) =>
  prisma.claimEvent.findMany({
    where: { claimId, type: { in: ["CLAIM_LINKED", "CLAIM_UNLINKED"] } },
    orderBy: { id: "asc" },
    select: { type: true, linkedClaimId: true, linkRole: true, actorId: true },
  });
const fingerprint = async () => ({ links: await prisma.claimLink.count(), events: await prisma.claimEvent.count() });

describe("linking claims", () => {
  it("marks a duplicate with a CLAIM_LINKED event on both claims, and unlinking writes CLAIM_UNLINKED on both", async () => {
    const original = await newClaim();
    const duplicate = await newClaim();
    await linkClaims(prisma, editor, duplicate.id, duplicate.version, { otherClaimId: original.id, kind: "DUPLICATE_OF" });

    expect(await originalOf(prisma, duplicate.id)).toBe(original.id);
    expect(await originalOf(prisma, original.id)).toBeNull();
    expect(await version(duplicate.id)).toBe(duplicate.version + 1);
    expect(await linkEvents(duplicate.id)).toEqual([{ type: "CLAIM_LINKED", linkedClaimId: original.id, linkRole: "DUPLICATE_OF", actorId: editor.id }]);
    expect(await linkEvents(original.id)).toEqual([{ type: "CLAIM_LINKED", linkedClaimId: duplicate.id, linkRole: "DUPLICATED_BY", actorId: editor.id }]);
    expect((await listClaimLinks(prisma, original.id)).map((link) => [link.role, link.claim.id])).toEqual([["DUPLICATED_BY", duplicate.id]]);

    // Unlinked from the original's side: the link is found whichever way it points.
    await unlinkClaims(prisma, editor, original.id, await version(original.id), duplicate.id);
    expect(await originalOf(prisma, duplicate.id)).toBeNull();
    expect((await linkEvents(duplicate.id)).at(-1)).toMatchObject({ type: "CLAIM_UNLINKED", linkedClaimId: original.id, linkRole: "DUPLICATE_OF" });
    expect((await linkEvents(original.id)).at(-1)).toMatchObject({ type: "CLAIM_UNLINKED", linkedClaimId: duplicate.id, linkRole: "DUPLICATED_BY" });
  });

  it("links related claims both ways", async () => {
    const a = await newClaim();
    const b = await newClaim();
    await linkClaims(prisma, editor, a.id, a.version, { otherClaimId: String(b.id), kind: "RELATED" });
    expect((await listClaimLinks(prisma, a.id)).map((link) => [link.role, link.claim.id])).toEqual([["RELATED", b.id]]);
    expect((await listClaimLinks(prisma, b.id)).map((link) => [link.role, link.claim.id])).toEqual([["RELATED", a.id]]);
  });

  it("follows a chain of duplicates to the first original", async () => {
    const [first, second, third] = [await newClaim(), await newClaim(), await newClaim()];
    await linkClaims(prisma, editor, second.id, second.version, { otherClaimId: first.id, kind: "DUPLICATE_OF" });
    await linkClaims(prisma, editor, third.id, third.version, { otherClaimId: second.id, kind: "DUPLICATE_OF" });
    expect(await originalOf(prisma, third.id)).toBe(first.id);
  });

  it("never creates a cycle of duplicates, directly or through a chain, and writes nothing when it refuses", async () => {
    const [a, b, c] = [await newClaim(), await newClaim(), await newClaim()];
    await linkClaims(prisma, editor, b.id, b.version, { otherClaimId: a.id, kind: "DUPLICATE_OF" });
    await linkClaims(prisma, editor, c.id, c.version, { otherClaimId: b.id, kind: "DUPLICATE_OF" });
    const before = await fingerprint();
    await expect(linkClaims(prisma, editor, a.id, await version(a.id), { otherClaimId: c.id, kind: "DUPLICATE_OF" })).rejects.toThrow(/make a circle/);
    await expect(linkClaims(prisma, editor, a.id, await version(a.id), { otherClaimId: b.id, kind: "DUPLICATE_OF" })).rejects.toThrow(/already linked/);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a self-link, a missing claim, a second original and a pair already linked", async () => {
    const [a, b, c] = [await newClaim(), await newClaim(), await newClaim()];
    await expect(linkClaims(prisma, editor, a.id, a.version, { otherClaimId: a.id, kind: "RELATED" })).rejects.toThrow("A claim cannot be linked to itself.");
    await expect(linkClaims(prisma, editor, a.id, a.version, { otherClaimId: 999_999, kind: "RELATED" })).rejects.toThrow("There is no claim #999999.");
    await linkClaims(prisma, editor, a.id, a.version, { otherClaimId: b.id, kind: "DUPLICATE_OF" });
    const error = await linkClaims(prisma, editor, a.id, await version(a.id), { otherClaimId: c.id, kind: "DUPLICATE_OF" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors.otherClaimId?.[0]).toContain(`already a duplicate of claim #${b.id}`);
    await expect(linkClaims(prisma, editor, b.id, await version(b.id), { otherClaimId: a.id, kind: "RELATED" })).rejects.toThrow(/already linked/);
    await expect(unlinkClaims(prisma, editor, a.id, await version(a.id), c.id)).rejects.toThrow(`This claim is not linked to claim #${c.id}.`);
  });

  it("refuses a stale version and a reader", async () => {
    const [a, b] = [await newClaim(), await newClaim()];
    await expect(linkClaims(prisma, editor, a.id, a.version + 5, { otherClaimId: b.id, kind: "RELATED" })).rejects.toBeInstanceOf(StaleVersionError);
    const reader = { id: editor.id, role: "READER" as never };
    await expect(linkClaims(prisma, reader, a.id, a.version, { otherClaimId: b.id, kind: "RELATED" })).rejects.toThrow(/permission/);
    expect(await prisma.claimLink.count({ where: { OR: [{ fromClaimId: a.id }, { toClaimId: a.id }] } })).toBe(0);
  });

  it("serialises concurrent links so that two opposite duplicates cannot both land", async () => {
    const [a, b] = [await newClaim(), await newClaim()];
    const results = await Promise.allSettled([
      linkClaims(prisma, editor, a.id, a.version, { otherClaimId: b.id, kind: "DUPLICATE_OF" }),
      linkClaims(prisma, editor, b.id, b.version, { otherClaimId: a.id, kind: "DUPLICATE_OF" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.claimLink.count({ where: { OR: [{ fromClaimId: a.id }, { fromClaimId: b.id }] } })).toBe(1);
  });
});

describe("what readers see of links", () => {
  it("sends readers from a duplicate to its published original, lists published links as “Also said” and never a draft", async () => {
    const { publicClaimRelations } = await import("@/lib/public/claim-relations.ts");
    const original = await newClaim();
    const duplicate = await newClaim();
    const related = await newClaim();
    const draft = await createTestClaim(prisma, editor, { visibility: "DRAFT" });
    await linkClaims(prisma, editor, duplicate.id, duplicate.version, { otherClaimId: original.id, kind: "DUPLICATE_OF" });
    await linkClaims(prisma, editor, related.id, related.version, { otherClaimId: original.id, kind: "RELATED" });
    await linkClaims(prisma, editor, draft.id, draft.version, { otherClaimId: original.id, kind: "RELATED" });

    expect((await publicClaimRelations(duplicate.id, prisma)).originalId).toBe(original.id);
    const seen = await publicClaimRelations(original.id, prisma);
    expect(seen.originalId).toBeNull();
    expect(seen.alsoSaid.map((other) => [other.id, other.sameStatement])).toEqual([
      [duplicate.id, true],
      [related.id, false],
    ]);
    expect(JSON.stringify(seen)).not.toContain(`"id":${draft.id}`);

    // A duplicate of a draft stays on its own page: readers are never sent to a draft.
    const draftOriginal = await createTestClaim(prisma, editor, { visibility: "DRAFT" });
    const copy = await newClaim();
    await linkClaims(prisma, editor, copy.id, copy.version, { otherClaimId: draftOriginal.id, kind: "DUPLICATE_OF" });
    expect(await publicClaimRelations(copy.id, prisma)).toEqual({ originalId: null, alsoSaid: [] });
  });
});
