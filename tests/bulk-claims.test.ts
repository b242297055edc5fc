import { beforeAll, describe, expect, it, vi } from "vitest";
import { bulkClaimsAction } from "@/app/editor/claims/actions.ts";
import { applyBulkChange, BULK_LIMIT } from "@/lib/workbench/bulk.ts";
import { updateClaim } from "@/lib/workbench/claims.ts";
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
    expect(await applyBulkChange(prisma, ann, targetsOf(claims), { action: "assign", assigneeId: bob.id }, OFF)).toEqual({ changed: ids, stale: [], unchanged: [] });
    expect(await eventsOf(ids, "ASSIGNED")).toBe(3);

    const now = await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    await updateClaim(prisma, ann, now[0]!.id, now[0]!.version, { tags: [...now[0]!.tags, "batch-test"] });
    const fresh = await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(await applyBulkChange(prisma, ann, targetsOf(fresh), { action: "tag", tag: "Batch Test" }, OFF)).toEqual({ changed: ids.slice(1), stale: [], unchanged: [ids[0]] });
    const tagged = await prisma.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(tagged.every((claim) => claim.tags.filter((tag) => tag === "batch-test").length === 1)).toBe(true);
    expect(await applyBulkChange(prisma, ann, targetsOf(tagged), { action: "untag", tag: "batch-test" }, OFF)).toMatchObject({ changed: ids });
    expect((await prisma.claim.findMany({ where: { id: { in: ids } } })).some((claim) => claim.tags.includes("batch-test"))).toBe(false);
  });

  it("skips and names a claim someone changed since the list was shown, and changes the others", async () => {
    const claims = await three();
    await updateClaim(prisma, bob, claims[1]!.id, claims[1]!.version, { summary: "Changed by Bob meanwhile." });
    const result = await applyBulkChange(prisma, ann, targetsOf(claims), { action: "status", status: "IN_PROGRESS", rationale: "Talks resumed." }, OFF);
    expect(result).toEqual({ changed: [claims[0]!.id, claims[2]!.id], stale: [claims[1]!.id], unchanged: [] });
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

  it("refuses nothing selected, more than the limit, and publishing or verdicts while review before publishing is on", async () => {
    const [claim] = await three();
    await expect(applyBulkChange(prisma, ann, [], { action: "publish" }, OFF)).rejects.toThrow("Select at least one claim.");
    const many = Array.from({ length: BULK_LIMIT + 1 }, (_, index) => ({ id: index + 1, version: 1 }));
    await expect(applyBulkChange(prisma, ann, many, { action: "unpublish" }, OFF)).rejects.toThrow(/at most 1,000 claims at once \(1,001 selected\)/);
    await expect(applyBulkChange(prisma, ann, targetsOf([claim!]), { action: "publish" }, { review: true })).rejects.toThrow(/Review before publishing is on/);
    expect(await applyBulkChange(prisma, ann, targetsOf([claim!]), { action: "assign", assigneeId: bob.id }, { review: true })).toMatchObject({ changed: [claim!.id] });
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
