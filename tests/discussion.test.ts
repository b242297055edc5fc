import { beforeAll, describe, expect, it, vi } from "vitest";
import { addNoteAction } from "@/app/editor/claims/actions.ts";
import { markNotificationsReadAction } from "@/app/editor/notifications/actions.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { findMentions, mentionedIds } from "@/lib/workbench/mentions.ts";
import { assignClaim } from "@/lib/workbench/assignment.ts";
import { addNote, listNotes } from "@/lib/workbench/notes.ts";
import { approveChange, proposeChange, returnChange } from "@/lib/workbench/reviews.ts";
import { listNotifications, notify, unreadNotifications } from "@/lib/workbench/notifications.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/*
 * Issue 16 items 3–4: a claim's internal discussion (threaded notes, "@Name" mentions of active
 * editors) and the notifications it causes, once per note and recipient, read by their recipient only.
 */

const {
  prisma,
  users: { ann, bob, cem, gone },
} = useMigratedDatabase({
  appDatabase: true,
  users: {
    ann: { role: "EDITOR", name: "Ann Editor" },
    bob: { role: "EDITOR", name: "Bob" },
    cem: { role: "ADMIN", name: "Cem Çelik" },
    gone: { role: "EDITOR", name: "Gone Editor", disabledAt: new Date("2026-01-01") },
  },
});

beforeAll(() => actAs(ann.id));

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};
const notificationsOf = (userId: number) => prisma.notification.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { kind: true, cause: true, actorId: true } });

describe("mentions", () => {
  const editors = [
    { id: 1, name: "Ann" },
    { id: 2, name: "Ann Editor" },
    { id: 3, name: "Cem Çelik" },
  ];
  it.each([
    ["@Ann Editor, please check the date.", [2]],
    ["@ann: and @ANN EDITOR", [1, 2]],
    ["Over to @cem celik.", [3]],
    ["(@Ann)", [1]],
    ["@Annie is nobody; ann@example.org is an address; @ alone is text", []],
    ["@Ann Editorial", [1]],
  ])("%j names %j", (body, ids) => {
    expect(mentionedIds(body, editors)).toEqual(ids);
  });

  it("gives each mention's place in the text, the longest name first", () => {
    expect(findMentions("Hi @Ann Editor and @Ann.", editors).map(({ start, end, user }) => [start, end, user.id])).toEqual([
      [3, 14, 2],
      [19, 23, 1],
    ]);
  });
});

describe("a claim's discussion", () => {
  it("tells the named active editors (MENTIONED) and the claim's followers (NOTE_ADDED), each once, never the author", async () => {
    const claim = await createTestClaim(prisma, bob);
    await addNote(prisma, cem, claim.id, { body: "Source for the date?" });
    expect(await notificationsOf(bob.id)).toEqual([{ kind: "NOTE_ADDED", cause: expect.stringMatching(/^note:\d+$/), actorId: cem.id }]);

    const note = await addNote(prisma, ann, claim.id, { body: "@Bob and @Gone Editor: the letter says 2024. @Ann Editor noted." });
    expect((await prisma.noteMention.findMany({ where: { noteId: note.id } })).map((mention) => mention.userId)).toEqual([bob.id]);
    expect((await notificationsOf(bob.id)).at(-1)).toEqual({ kind: "MENTIONED", cause: `note:${note.id}`, actorId: ann.id });
    expect((await notificationsOf(cem.id)).map((n) => n.kind)).toEqual(["NOTE_ADDED"]);
    expect(await notificationsOf(ann.id)).toEqual([]);
    expect(await notificationsOf(gone.id)).toEqual([]);

    // The same cause again notifies nobody a second time.
    await prisma.$transaction((tx) => notify(tx, { userIds: [bob.id, cem.id], kind: "MENTIONED", cause: `note:${note.id}`, claimId: claim.id, actorId: ann.id }));
    expect((await notificationsOf(bob.id)).filter((n) => n.cause === `note:${note.id}`)).toHaveLength(1);
    expect((await notificationsOf(cem.id)).filter((n) => n.kind === "MENTIONED")).toHaveLength(1);
  });

  it("threads answers one level deep, oldest first; an answer to a note of another claim is refused and writes nothing", async () => {
    const claim = await createTestClaim(prisma, ann);
    const other = await createTestClaim(prisma, ann);
    const first = await addNote(prisma, ann, claim.id, { body: "First thread." });
    const answer = await addNote(prisma, bob, claim.id, { body: "An answer.", parentId: first.id });
    const answerToAnswer = await addNote(prisma, ann, claim.id, { body: "An answer to the answer.", parentId: answer.id });
    await addNote(prisma, bob, claim.id, { body: "Second thread." });
    expect(answerToAnswer.parentId).toBe(first.id);
    const threads = await listNotes(prisma, claim.id);
    expect(threads.map((thread) => [thread.body, thread.replies.map((reply) => reply.body)])).toEqual([
      ["First thread.", ["An answer.", "An answer to the answer."]],
      ["Second thread.", []],
    ]);

    const before = { notes: await prisma.note.count(), events: await prisma.claimEvent.count(), notifications: await prisma.notification.count() };
    const state = await addNoteAction({ status: "idle" }, form({ id: other.id, body: "Misplaced.", parentId: first.id }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { parentId: ["The note you answer is not on this claim."] }, values: { body: "Misplaced." } });
    expect({ notes: await prisma.note.count(), events: await prisma.claimEvent.count(), notifications: await prisma.notification.count() }).toEqual(before);
  });

  it("stays internal: the public claim has no notes", async () => {
    const claim = await createTestClaim(prisma, ann, { visibility: "PUBLISHED" });
    await addNote(prisma, ann, claim.id, { body: "Internal remark @Bob." });
    expect(JSON.stringify(await getPublishedClaim(claim.id, prisma))).not.toContain("Internal remark");
  });
});

describe("notifications", () => {
  it("tell the assignee of an assignment, the claim's owners of a change waiting for review, and its author of the decision", async () => {
    const claim = await createTestClaim(prisma, ann);
    const kinds = async (userId: number) => (await prisma.notification.findMany({ where: { userId, claimId: claim.id }, orderBy: { id: "asc" } })).map((n) => n.kind);
    const assigned = await assignClaim(prisma, ann, claim.id, claim.version, bob.id);
    expect(await kinds(bob.id)).toEqual(["ASSIGNED"]);

    const pendingOf = (result: Awaited<ReturnType<typeof proposeChange>>) => {
      if (!("pending" in result)) throw new Error("the change should wait for review");
      return result.pending;
    };
    const pending = pendingOf(await proposeChange(prisma, bob, claim.id, assigned.version, { kind: "PUBLISH" }, { review: true }));
    expect(await kinds(ann.id)).toEqual(["REVIEW_REQUESTED"]);
    expect(await kinds(bob.id)).toEqual(["ASSIGNED"]);
    await approveChange(prisma, ann, pending.id, assigned.version);
    expect(await kinds(bob.id)).toEqual(["ASSIGNED", "REVIEW_APPROVED"]);

    const published = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const withdrawal = { kind: "WITHDRAW", input: { reason: "ENTERED_IN_ERROR", correction: "It was entered twice." } } as const;
    const second = pendingOf(await proposeChange(prisma, bob, claim.id, published.version, withdrawal, { review: true }));
    await returnChange(prisma, ann, second.id, "Keep it: it is not a duplicate.");
    expect(await kinds(bob.id)).toEqual(["ASSIGNED", "REVIEW_APPROVED", "REVIEW_RETURNED"]);
    expect(await kinds(ann.id)).toEqual(["REVIEW_REQUESTED", "REVIEW_REQUESTED"]);
  });

  it("are listed unread first and marked read by their recipient only", async () => {
    const claim = await createTestClaim(prisma, ann);
    await addNote(prisma, ann, claim.id, { body: "@Cem Çelik, one for you." });
    await addNote(prisma, ann, claim.id, { body: "@Cem Çelik, and another." });
    const unread = await unreadNotifications(prisma, cem.id);
    expect(unread).toBeGreaterThanOrEqual(2);
    const [newest] = await listNotifications(prisma, cem.id);
    expect(newest).toMatchObject({ kind: "MENTIONED", readAt: null, actor: { name: "Ann Editor" }, note: { body: "@Cem Çelik, and another." } });

    // Bob cannot mark Cem's notification read.
    actAs(bob.id);
    expect(await markNotificationsReadAction({ status: "idle" }, form({ id: newest!.id }))).toMatchObject({ status: "success", message: "0 marked as read." });
    expect(await unreadNotifications(prisma, cem.id)).toBe(unread);

    actAs(cem.id);
    expect(await markNotificationsReadAction({ status: "idle" }, form({ id: newest!.id }))).toMatchObject({ status: "success", message: "Marked as read." });
    expect(await unreadNotifications(prisma, cem.id)).toBe(unread - 1);
    expect((await listNotifications(prisma, cem.id)).at(-1)?.readAt).not.toBeNull();
    await markNotificationsReadAction({ status: "idle" }, form({ all: "1" }));
    expect(await unreadNotifications(prisma, cem.id)).toBe(0);
    expect(await markNotificationsReadAction({ status: "idle" }, form({ id: "x" }))).toMatchObject({ status: "error" });
    actAs(ann.id);
  });
});
