import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { changeStatus, publishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { claimHistory } from "@/lib/workbench/history.ts";
import { addNote, listNotes } from "@/lib/workbench/notes.ts";
import { linkOutcome } from "@/lib/workbench/outcomes.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim, createTestOutcome } from "./support/workbench.ts";

const {
  prisma,
  users: { ada, grace },
} = useMigratedDatabase({ users: { ada: { role: "EDITOR", name: "Ada" }, grace: { role: "ADMIN", name: "Grace" } } });

describe("notes", () => {
  it("adds a note with its NOTE_ADDED event, without changing the claim's version", async () => {
    const claim = await createTestClaim(prisma, ada);
    await addNote(prisma, ada, claim.id, { body: " Check the transcript. " });
    await addNote(prisma, grace, claim.id, { body: "Transcript checked." });
    // Threads read as a conversation: oldest first.
    expect((await listNotes(prisma, claim.id)).map((note) => [note.author.name, note.body])).toEqual([
      ["Ada", "Check the transcript."],
      ["Grace", "Transcript checked."],
    ]);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
    const events = await prisma.claimEvent.findMany({ where: { claimId: claim.id, type: "NOTE_ADDED" } });
    expect(events.map((event) => event.actorId)).toEqual([ada.id, grace.id]);
    // The event says only that a note was added: the public timeline never carries its text.
    expect(events.every((event) => event.rationale === null && event.diff === null)).toBe(true);
  });

  it("refuses a blank note and a missing claim", async () => {
    const claim = await createTestClaim(prisma, ada);
    await expect(addNote(prisma, ada, claim.id, { body: "  " })).rejects.toBeInstanceOf(ZodError);
    await expect(addNote(prisma, ada, 999_999, { body: "Hello" })).rejects.toThrow("That claim does not exist.");
    expect(await prisma.note.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("claimHistory", () => {
  it("shows every step newest first, with who did it and what changed", async () => {
    const claim = await createTestClaim(prisma, ada);
    const newClaimant = await prisma.claimant.create({ data: { slug: "joe-biden", name: "Joe Biden" } });
    const outcome = await createTestOutcome(prisma, ada, "Joint Declaration signed");
    const oldClaimant = await prisma.claimant.findUniqueOrThrow({ where: { id: claim.claimantId } });

    await updateClaim(prisma, grace, claim.id, 1, { claimantId: newClaimant.id, kind: "PROMISE" });
    await linkOutcome(prisma, ada, claim.id, 2, { outcomeId: outcome.id, relation: "PARTIAL", note: "Signed, not ratified." });
    await changeStatus(prisma, ada, claim.id, 3, { status: "PARTIALLY_FULFILLED", rationale: "Declaration signed; treaty not ratified." });
    await publishClaim(prisma, grace, claim.id, 4);
    await addNote(prisma, ada, claim.id, { body: "Watch for ratification." });

    const history = await claimHistory(prisma, claim.id);
    expect(history.map((entry) => [entry.type, entry.actorName])).toEqual([
      ["NOTE_ADDED", "Ada"],
      ["PUBLISHED", "Grace"],
      ["STATUS_CHANGED", "Ada"],
      ["OUTCOME_LINKED", "Ada"],
      ["EDITED", "Grace"],
      ["CREATED", "Ada"],
    ]);
    expect(history[2]).toMatchObject({
      label: "Status changed",
      from: { status: "PENDING", label: "Awaiting outcome" },
      to: { status: "PARTIALLY_FULFILLED", label: "Partially borne out" },
      rationale: "Declaration signed; treaty not ratified.",
    });
    expect(history[3]).toMatchObject({
      outcome: { id: outcome.id, title: "Joint Declaration signed" },
      rationale: "Signed, not ratified.",
      changes: [{ field: "relation", label: "Relation", from: null, to: "Partly supports" }],
    });
    expect(history[4]!.changes).toEqual([
      { field: "claimantId", label: "Claimant", from: oldClaimant.name, to: "Joe Biden" },
      { field: "kind", label: "Kind", from: "Assertion", to: "Promise" },
    ]);
    expect(history[0]!.at.getTime()).toBeGreaterThanOrEqual(history[5]!.at.getTime());
  });
});
