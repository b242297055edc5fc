import type { PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { noteSchema, type NoteInput } from "@/lib/workbench/claim-schemas.ts";
import { recordEvent } from "@/lib/workbench/events.ts";

// Notes are internal: never shown to readers. The NOTE_ADDED event records only that one was added.
// A note does not change the claim, so it needs no version and does not bump it.

export async function addNote(prisma: PrismaClient, actor: Actor, claimId: number, input: NoteInput) {
  assertEditor(actor);
  const { body } = noteSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw new DomainError("That claim does not exist.");
    const note = await tx.note.create({ data: { claimId, authorId: actor.id, body } });
    await recordEvent(tx, claimId, actor, { type: "NOTE_ADDED" });
    return note;
  });
}

/** A claim's notes, newest first, with their authors. For signed-in users only. */
export function listNotes(prisma: PrismaClient, claimId: number) {
  return prisma.note.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
}
