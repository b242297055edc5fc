import { describe, expect, it } from "vitest";
import { deleteDraftClaim } from "@/lib/workbench/claim-deletion.ts";
import { linkClaims, unlinkClaims } from "@/lib/workbench/claim-links.ts";
import { withdrawClaim } from "@/lib/workbench/claim-withdrawal.ts";
import { publishClaim, StaleVersionError, unpublishClaim } from "@/lib/workbench/claims.ts";
import { findDeletion } from "@/lib/workbench/deletion-records.ts";
import { dismissDuplicatePair } from "@/lib/workbench/duplicate-pairs.ts";
import { addNote } from "@/lib/workbench/notes.ts";
import { deleteOutcome, linkOutcome, unlinkOutcome } from "@/lib/workbench/outcomes.ts";
import { deleteSource } from "@/lib/workbench/sources.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim, createTestOutcome } from "./support/workbench.ts";

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR", name: "Ada" } } });

/** Every row that mentions the claim, so a refused deletion can be shown to change nothing. */
async function rowsOf(claimId: number) {
  return {
    claim: await prisma.claim.findUnique({ where: { id: claimId } }),
    events: await prisma.claimEvent.count({ where: { claimId } }),
    notes: await prisma.note.count({ where: { claimId } }),
    outcomes: await prisma.claimOutcome.count({ where: { claimId } }),
    records: await prisma.deletionRecord.count({ where: { entity: "CLAIM", entityId: claimId } }),
  };
}

describe("deleting a draft", () => {
  it("removes a never-published draft with its history, notes, outcome links and dismissed pairs, and keeps it in a DeletionRecord", async () => {
    const draft = await createTestClaim(prisma, editor);
    const other = await createTestClaim(prisma, editor);
    const outcome = await createTestOutcome(prisma, editor);
    await linkOutcome(prisma, editor, draft.id, 1, { outcomeId: outcome.id, relation: "SUPPORTS" });
    await addNote(prisma, editor, draft.id, { body: "A test claim: delete it." });
    await dismissDuplicatePair(prisma, editor, { claimId: draft.id, otherClaimId: other.id });

    const record = await deleteDraftClaim(prisma, editor, draft.id, 2, "Made while testing.");
    expect(await rowsOf(draft.id)).toEqual({ claim: null, events: 0, notes: 0, outcomes: 0, records: 1 });
    expect(await prisma.dismissedDuplicatePair.count({ where: { OR: [{ claimId: draft.id }, { otherClaimId: draft.id }] } })).toBe(0);
    expect(record).toMatchObject({ entity: "CLAIM", entityId: draft.id, deletedById: editor.id, reason: "Made while testing." });
    const snapshot = record.snapshot as { id: number; quote: string; version: number; events: { type: string }[]; notes: { body: string }[]; outcomes: { outcomeId: number }[] };
    expect(snapshot).toMatchObject({ id: draft.id, quote: draft.quote, version: 2 });
    expect(snapshot.events.map((event) => event.type)).toEqual(["CREATED", "OUTCOME_LINKED", "NOTE_ADDED"]);
    expect(snapshot.notes.map((note) => note.body)).toEqual(["A test claim: delete it."]);
    expect(snapshot.outcomes.map((link) => link.outcomeId)).toEqual([outcome.id]);
    expect(await findDeletion(prisma, "CLAIM", draft.id)).toMatchObject({ reason: "Made while testing.", deletedBy: { name: "Ada" } });
    // The other claim and the outcome stay.
    expect(await prisma.claim.count({ where: { id: other.id } })).toBe(1);
    expect(await prisma.outcome.count({ where: { id: outcome.id } })).toBe(1);
  });

  it("refuses a published claim, a once-published draft, a withdrawn claim and a stale version, changing nothing", async () => {
    const published = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    const before = await rowsOf(published.id);
    await expect(deleteDraftClaim(prisma, editor, published.id, published.version)).rejects.toThrow(
      `Claim #${published.id} is published, and a published claim cannot be deleted: withdraw it with a reason readers see instead.`,
    );
    expect(await rowsOf(published.id)).toEqual(before);

    const once = await createTestClaim(prisma, editor);
    await publishClaim(prisma, editor, once.id, 1);
    await unpublishClaim(prisma, editor, once.id, 2);
    await expect(deleteDraftClaim(prisma, editor, once.id, 3)).rejects.toThrow(/^Claim #\d+ was published on \d{4}-\d\d-\d\d, so readers may have seen or linked to it: it cannot be deleted\./);
    expect(await rowsOf(once.id)).toMatchObject({ events: 3, records: 0 });

    const withdrawn = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await withdrawClaim(prisma, editor, withdrawn.id, 1, { reason: "ENTERED_IN_ERROR", correction: "Entered twice." });
    await expect(deleteDraftClaim(prisma, editor, withdrawn.id, 2)).rejects.toThrow(/was withdrawn on .*: it can no longer be changed\.$/);

    const draft = await createTestClaim(prisma, editor);
    await expect(deleteDraftClaim(prisma, editor, draft.id, 7)).rejects.toBeInstanceOf(StaleVersionError);
    await expect(deleteDraftClaim(prisma, editor, 999_999, 1)).rejects.toThrow("That claim does not exist.");
    expect(await rowsOf(draft.id)).toMatchObject({ events: 1, records: 0 });
  });

  it("refuses a draft that another claim's history names (they were linked), even after unlinking", async () => {
    const draft = await createTestClaim(prisma, editor);
    const other = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await linkClaims(prisma, editor, other.id, other.version, { otherClaimId: draft.id, kind: "RELATED" });
    const message = `The history of claim #${other.id} names this draft (the two were linked), and a claim's history is never rewritten: this draft cannot be deleted.`;
    await expect(deleteDraftClaim(prisma, editor, draft.id, draft.version)).rejects.toThrow(message);
    expect(await prisma.claimLink.count({ where: { toClaimId: draft.id } })).toBe(1);
    await unlinkClaims(prisma, editor, other.id, other.version + 1, draft.id);
    await expect(deleteDraftClaim(prisma, editor, draft.id, draft.version)).rejects.toThrow(message);
    expect(await rowsOf(draft.id)).toMatchObject({ events: 3, records: 0 });
  });
});

describe("deleting an outcome or a source", () => {
  it("deletes an unused outcome with a DeletionRecord, and refuses one a claim uses or its history names", async () => {
    const unused = await createTestOutcome(prisma, editor, "Never linked");
    const record = await deleteOutcome(prisma, editor, unused.id, "A typo.");
    expect(record).toMatchObject({ entity: "OUTCOME", entityId: unused.id, deletedById: editor.id, reason: "A typo.", snapshot: { title: "Never linked" } });
    expect(await prisma.outcome.count({ where: { id: unused.id } })).toBe(0);

    const claim = await createTestClaim(prisma, editor);
    const used = await createTestOutcome(prisma, editor, "Linked");
    await linkOutcome(prisma, editor, claim.id, 1, { outcomeId: used.id, relation: "SUPPORTS" });
    await expect(deleteOutcome(prisma, editor, used.id)).rejects.toThrow(`This outcome cannot be deleted: claim #${claim.id} uses it. Unlink it there first.`);
    await unlinkOutcome(prisma, editor, claim.id, 2, used.id);
    await expect(deleteOutcome(prisma, editor, used.id)).rejects.toThrow(`the history of claim #${claim.id} names it (it was linked once)`);
    expect(await prisma.outcome.count({ where: { id: used.id } })).toBe(1);
    expect(await prisma.deletionRecord.count({ where: { entity: "OUTCOME", entityId: used.id } })).toBe(0);
    await expect(deleteOutcome(prisma, editor, 999_999)).rejects.toThrow("That outcome no longer exists.");
  });

  it("deletes an unused source with a DeletionRecord of its text, and refuses one a claim anchors in", async () => {
    const unused = await prisma.source.create({ data: { title: "Unused", body: "Nobody quotes this." } });
    const record = await deleteSource(prisma, editor, unused.id, "Pasted twice.");
    expect(record).toMatchObject({ entity: "SOURCE", entityId: unused.id, reason: "Pasted twice.", snapshot: { title: "Unused", body: "Nobody quotes this." } });
    expect(await findDeletion(prisma, "SOURCE", unused.id)).toMatchObject({ deletedBy: { name: "Ada" } });

    const claim = await createTestClaim(prisma, editor);
    await expect(deleteSource(prisma, editor, claim.sourceId!)).rejects.toThrow("This source cannot be deleted: 1 claim use it.");
    expect(await prisma.deletionRecord.count({ where: { entity: "SOURCE", entityId: claim.sourceId! } })).toBe(0);
  });
});
