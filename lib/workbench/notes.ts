import type { PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { noteSchema, type NoteInput } from "@/lib/workbench/claim-schemas.ts";
import { recordEvent, type Transaction } from "@/lib/workbench/events.ts";
import { mentionedIds } from "@/lib/workbench/mentions.ts";
import { assignableEditors } from "@/lib/workbench/assignment.ts";
import { notify } from "@/lib/workbench/notifications.ts";

// Notes are the claim's internal discussion: never shown to readers, exported only with internal=1
// by an editor. The NOTE_ADDED event records only that one was added. A note does not change the
// claim, so it needs no version and does not bump it.

/** Who follows a claim's discussion: who made it, whom it is assigned to, who wrote or was named in a note on it. */
async function followers(tx: Transaction, claimId: number): Promise<number[]> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { createdById: true, assigneeId: true } });
  const [authors, named] = await Promise.all([
    tx.note.findMany({ where: { claimId }, distinct: ["authorId"], select: { authorId: true } }),
    tx.noteMention.findMany({ where: { note: { claimId } }, distinct: ["userId"], select: { userId: true } }),
  ]);
  return [claim.createdById, claim.assigneeId, ...authors.map((note) => note.authorId), ...named.map((mention) => mention.userId)].filter(
    (id): id is number => id !== null,
  );
}

/**
 * Adds a note, or an answer to one (an answer to an answer joins its thread: threads are one level
 * deep). The active editors it names ("@Ann Editor") are told (MENTIONED), the claim's other
 * followers that a note was added (NOTE_ADDED); the author is told of nothing.
 */
export async function addNote(prisma: PrismaClient, actor: Actor, claimId: number, input: NoteInput) {
  assertEditor(actor);
  const { body, parentId } = noteSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw new DomainError("That claim does not exist.");
    let threadId: number | null = null;
    if (parentId !== null) {
      const parent = await tx.note.findUnique({ where: { id: parentId }, select: { claimId: true, parentId: true } });
      if (parent?.claimId !== claimId) throw new DomainError("The note you answer is not on this claim.", { parentId: ["The note you answer is not on this claim."] });
      threadId = parent.parentId ?? parentId;
    }
    const watching = await followers(tx, claimId);
    const named = mentionedIds(body, await assignableEditors(tx)).filter((id) => id !== actor.id);
    const note = await tx.note.create({
      data: { claimId, authorId: actor.id, body, parentId: threadId, mentions: { create: named.map((userId) => ({ userId })) } },
    });
    await recordEvent(tx, claimId, actor, { type: "NOTE_ADDED" });
    const cause = `note:${note.id}`;
    await notify(tx, { userIds: named, kind: "MENTIONED", cause, claimId, noteId: note.id, actorId: actor.id });
    await notify(tx, { userIds: watching.filter((id) => !named.includes(id)), kind: "NOTE_ADDED", cause, claimId, noteId: note.id, actorId: actor.id });
    return note;
  });
}

/**
 * A claim's discussion for signed-in editors: its threads, oldest first, each note with its author,
 * the editors it names and its answers (oldest first).
 */
export async function listNotes(prisma: PrismaClient, claimId: number) {
  const notes = await prisma.note.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, parentId: true, author: { select: { name: true } }, mentions: { select: { user: { select: { id: true, name: true } } } } },
  });
  const threads = notes.filter((note) => note.parentId === null).map((note) => ({ ...note, replies: [] as typeof notes }));
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  for (const note of notes) if (note.parentId !== null) byId.get(note.parentId)?.replies.push(note);
  return threads;
}

export type NoteThread = Awaited<ReturnType<typeof listNotes>>[number];
