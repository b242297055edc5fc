import { beforeAll, describe, expect, it, vi } from "vitest";
import { bulkClaimsAction } from "@/app/editor/claims/actions.ts";
import { applyBulkChange, BULK_LIMIT, describeBulkResult } from "@/lib/workbench/bulk.ts";
import { updateClaim } from "@/lib/workbench/claims.ts";
import { approveChange } from "@/lib/workbench/reviews.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/*
 * Issue 16 item 5: one change to many claims, each through its own function and with its own event,
 * in one transaction: all or nothing, claims changed meanwhile skipped and reported.
 */

const {
  prisma,
  users: { ann, bob },
} = useMigratedDatabase({ appDatabase: true, users: { ann: { role: "EDITOR", name: "Ann" }, bob: { role: "EDITOR", name: "Bob" } } });

beforeAll(() => actAs(ann.id));

const OFF = { review: false };
const targetsOf = (claims: { id: number; version: number }[]) => claims.map(({ id, version }) => ({ id, version }));
const eventsOf = (ids: number[], type: string) => prisma.claimEvent.count({ where: { claimId: { in: ids }, type: type as never } });
async function three() {
  const claims = [];
  for (let i = 0; i < 3; i++) claims.push(await createTestClaim(prisma, ann));
  return claims;
}

describe("a batch change", () => {
  it("assigns, tags and untags each claim with its own event; claims already so are left as they were", async () => {
    const claims = await three();
    const ids = claims.map((claim) => claim.id);
    expect(await applyBulkChange(prisma, ann, targetsOf(claims), { action: "assign", assigneeId: bob.id }, OFF)).toEqual({ changed: ids, submitted: [], stale: [], unchanged: [] });
    expect(await eventsOf(ids, "ASSIGNED")).toBe(3);

    const now = await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    await updateClaim(prisma, ann, now[0]!.id, now[0]!.version, { tags: [...now[0]!.tags, "batch-test"] });
    const fresh = await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(await applyBulkChange(prisma, ann, targetsOf(fresh), { action: "tag", tag: "Batch Test" }, OFF)).toEqual({ changed: ids.slice(1), submitted: [], stale: [], unchanged: [ids[0]] });
    const tagged = await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(tagged.every((claim) => claim.tags.filter((tag) => tag === "batch-test").length === 1)).toBe(true);
    expect(await applyBulkChange(prisma, ann, targetsOf(tagged), { action: "untag", tag: "batch-test" }, OFF)).toMatchObject({ changed: ids });
    expect((await prisma.claim.findMany({ where: { id: { in: ids } } })).some((claim) => claim.tags.includes("batch-test"))).toBe(false);
  });

  it("skips and names a claim someone changed since the list was shown, and changes the others", async () => {
    const claims = await three();
    await updateClaim(prisma, bob, claims[1]!.id, claims[1]!.version, { summary: "Changed by Bob meanwhile." });
    const result = await applyBulkChange(prisma, ann, targetsOf(claims), { action: "status", status: "IN_PROGRESS", rationale: "Talks resumed." }, OFF);
    expect(result).toEqual({ changed: [claims[0]!.id, claims[2]!.id], submitted: [], stale: [claims[1]!.id], unchanged: [] });
    const events = await prisma.claimEvent.findMany({ where: { claimId: { in: claims.map((claim) => claim.id) }, type: "STATUS_CHANGED" } });
    expect(events.map((event) => [event.claimId, event.rationale])).toEqual([
      [claims[0]!.id, "Talks resumed."],
      [claims[2]!.id, "Talks resumed."],
    ]);
  });

  it("is all or nothing: one claim breaking a rule refuses the batch, naming it, and nothing is written", async () => {
    const claims = await three();
    const headless = await updateClaim(prisma, ann, claims[1]!.id, claims[1]!.version, { headline: "" });
    const targets = [claims[0]!, headless, claims[2]!];
    const before = await prisma.claimEvent.count();
    await expect(applyBulkChange(prisma, ann, targetsOf(targets), { action: "publish" }, OFF)).rejects.toThrow(
      `Claim #${headless.id}: Readers see a published claim by its headline: write one (the verdict in one line) before publishing. Nothing was changed.`,
    );
    expect(await prisma.claimEvent.count()).toBe(before);
    expect(await prisma.claim.count({ where: { id: { in: targets.map((claim) => claim.id) }, visibility: "PUBLISHED" } })).toBe(0);
    // A verdict needs an outcome on every claim: refused the same way.
    await expect(applyBulkChange(prisma, ann, targetsOf([claims[0]!]), { action: "status", status: "FULFILLED", rationale: "Done." }, OFF)).rejects.toThrow(/^Claim #\d+: .*is a verdict/);
  });

  it("refuses nothing selected and more than the limit", async () => {
    await expect(applyBulkChange(prisma, ann, [], { action: "publish" }, OFF)).rejects.toThrow("Select at least one claim.");
    const many = Array.from({ length: BULK_LIMIT + 1 }, (_, index) => ({ id: index + 1, version: 1 }));
    await expect(applyBulkChange(prisma, ann, many, { action: "unpublish" }, OFF)).rejects.toThrow(/at most 1,000 claims at once \(1,001 selected\)/);
  });

  it("with review before publishing on, submits each first publication for review; readers see nothing until another editor approves", async () => {
    const claims = await three();
    const ids = claims.map((claim) => claim.id);
    const REVIEW = { review: true };
    expect(await applyBulkChange(prisma, ann, targetsOf(claims), { action: "publish" }, REVIEW)).toEqual({ changed: [], submitted: ids, stale: [], unchanged: [] });
    expect(await prisma.claim.count({ where: { id: { in: ids }, visibility: "PUBLISHED" } })).toBe(0);
    const pending = await prisma.reviewRequest.findMany({ where: { claimId: { in: ids }, state: "PENDING" }, orderBy: { claimId: "asc" } });
    expect(pending.map((request) => [request.claimId, request.kind, request.authorId])).toEqual(ids.map((id) => [id, "PUBLISH", ann.id]));
    expect(await eventsOf(ids, "REVIEW_REQUESTED")).toBe(3);
    // Each publication was tried (every rule) and undone: none of its history stays behind.
    expect(await eventsOf(ids, "PUBLISHED")).toBe(0);

    // Asked again while they wait: left as they are, no second request.
    const again = await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(await applyBulkChange(prisma, ann, targetsOf(again), { action: "publish" }, REVIEW)).toEqual({ changed: [], submitted: [], stale: [], unchanged: ids });
    expect(await prisma.reviewRequest.count({ where: { claimId: { in: ids }, state: "PENDING" } })).toBe(3);

    await approveChange(prisma, bob, pending[0]!.id, again[0]!.version);
    const published = await prisma.claim.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(published.visibility).toBe("PUBLISHED");
    expect(await prisma.claimEvent.findFirst({ where: { claimId: ids[0], type: "PUBLISHED" }, select: { actorId: true, proposedById: true } })).toEqual({ actorId: bob.id, proposedById: ann.id });

    // A status change that needs no review (no verdict) is applied at once, review or not.
    const drafts = await prisma.claim.findMany({ where: { id: { in: ids.slice(1) } }, orderBy: { id: "asc" } });
    expect(await applyBulkChange(prisma, ann, targetsOf(drafts), { action: "status", status: "IN_PROGRESS", rationale: "Talks resumed." }, REVIEW)).toMatchObject({
      changed: ids.slice(1),
      submitted: [],
    });
  });

  it("two batches over the same claims at once: one changes them, the other finds them changed and skips them", async () => {
    const claims = await three();
    const ids = claims.map((claim) => claim.id);
    const results = await Promise.all([
      applyBulkChange(prisma, ann, targetsOf(claims), { action: "tag", tag: "first" }, OFF),
      applyBulkChange(prisma, bob, targetsOf(claims), { action: "tag", tag: "second" }, OFF),
    ]);
    expect(results.map((result) => [result.changed.length, result.stale.length]).sort()).toEqual([
      [0, 3],
      [3, 0],
    ]);
    const tags = (await prisma.claim.findMany({ where: { id: { in: ids } } })).map((claim) => claim.tags.filter((tag) => tag === "first" || tag === "second"));
    expect(new Set(tags.map((list) => list.join()))).toHaveProperty("size", 1);
  });
});

describe("what a batch tells the editor", () => {
  it("names the claims skipped as changed meanwhile, and says how many went to review and how many were left", () => {
    expect(describeBulkResult({ changed: [1], submitted: [2, 3], stale: [4], unchanged: [5] })).toBe(
      "1 claim changed. 2 claims submitted for review: another editor must approve each before readers see them. " +
        "1 claim skipped because someone changed it meanwhile (#4): reload the list and try it again. " +
        "1 claim left as it was (already so, withdrawn, or with a change waiting for review).",
    );
    expect(describeBulkResult({ changed: [], submitted: [2], stale: [], unchanged: [] })).toBe(
      "1 claim submitted for review: another editor must approve it before readers see it.",
    );
    expect(describeBulkResult({ changed: [], submitted: [], stale: [], unchanged: [5] })).toBe(
      "0 claims changed. 1 claim left as it was (already so, withdrawn, or with a change waiting for review).",
    );
  });
});

describe("the claims list's batch form", () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
    return data;
  };

  it("changes the ticked claims at the versions shown, or every claim the list's search matches", async () => {
    const claims = await three();
    const ticked = claims.slice(0, 2).map((claim) => `${claim.id}:${claim.version}`);
    const state = await bulkClaimsAction({ status: "idle" }, form({ action: "tag", tag: "ticked", scope: "selected", claim: ticked, query: "" }));
    expect(state).toMatchObject({ status: "success", message: "2 claims changed." });

    const word = `batchword${Date.now()}`;
    for (const claim of claims) {
      const now = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
      await updateClaim(prisma, ann, claim.id, now.version, { summary: `${now.summary} ${word}` });
    }
    const all = await bulkClaimsAction({ status: "idle" }, form({ action: "assign", assigneeId: String(bob.id), scope: "matching", query: `?q=${word}` }));
    expect(all).toMatchObject({ status: "success", message: "3 claims changed." });
    expect(await prisma.claim.count({ where: { id: { in: claims.map((claim) => claim.id) }, assigneeId: bob.id } })).toBe(3);

    expect(await bulkClaimsAction({ status: "idle" }, form({ action: "tag", tag: "", scope: "selected", claim: ticked }))).toMatchObject({
      status: "error",
      fieldErrors: { tag: [expect.any(String)] },
    });
    expect(await bulkClaimsAction({ status: "idle" }, form({ action: "publish", scope: "selected", claim: ["12; DROP"] }))).toMatchObject({ status: "error" });
  });
});
