import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { INVALIDATION_CHANNEL } from "@/lib/platform/page-cache/invalidations.ts";
import { reviewBeforePublishing } from "@/lib/platform/env.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { createClaim, CREATE_PUBLISHED_NEEDS_REVIEW, StaleVersionError, unpublishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { loadEditorDashboard } from "@/lib/workbench/dashboard.ts";
import { claimHistory } from "@/lib/workbench/history.ts";
import { listClaimsForEditor, parseClaimListQuery } from "@/lib/workbench/claim-list.ts";
import { linkOutcome } from "@/lib/workbench/outcomes.ts";
import { assignClaim } from "@/lib/workbench/assignment.ts";
import { approveChange, pendingReview, proposeChange, returnChange, SELF_APPROVAL_MESSAGE, type Proposal } from "@/lib/workbench/reviews.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { claimInput, createClaimBasics, createTestClaim, createTestOutcome } from "./support/workbench.ts";

// Issue 16, item 2: with review before publishing on, a first publication, a verdict on a claim
// readers saw and a withdrawal wait for a second editor; the claim is unchanged until approval,
// which applies the change through its own function (its rules checked again).

const {
  database,
  prisma,
  users: { anna, ben, admin },
} = useMigratedDatabase({
  users: { anna: { role: "EDITOR", name: "Anna Editor" }, ben: { role: "EDITOR", name: "Ben Editor" }, admin: { role: "ADMIN", name: "Ada Admin" } },
});

const ON = { review: true };
const VERDICT: Proposal = { kind: "STATUS", input: { status: "FULFILLED", rationale: "The declaration was signed.", correction: null } };

afterEach(() => vi.unstubAllEnvs());

const claimRow = (id: number) => prisma.claim.findUniqueOrThrow({ where: { id } });

/** A published claim (created so with review off, as every test but these) with an outcome linked. */
async function publishedWithOutcome() {
  const claim = await createTestClaim(prisma, anna, { visibility: "PUBLISHED" });
  const outcome = await createTestOutcome(prisma, anna);
  await linkOutcome(prisma, anna, claim.id, claim.version, { outcomeId: outcome.id, relation: "SUPPORTS" });
  return claimRow(claim.id);
}

/** Whether the workbench's claim list marks the claim as waiting for review. */
async function listedAsWaiting(id: number) {
  const { claims } = await listClaimsForEditor(prisma, parseClaimListQuery({}).query, 500);
  return claims.find((claim) => claim.id === id)?.waitingForReview;
}

async function pendingOf(result: Awaited<ReturnType<typeof proposeChange>>) {
  if (!("pending" in result)) throw new Error("expected the change to wait for review");
  return result.pending;
}

describe("the setting", () => {
  it("is on by default in production only, and REVIEW_BEFORE_PUBLISHING says otherwise", () => {
    expect(reviewBeforePublishing({ NODE_ENV: "production" })).toBe(true);
    expect(reviewBeforePublishing({ NODE_ENV: "development" })).toBe(false);
    expect(reviewBeforePublishing({ NODE_ENV: "test" })).toBe(false);
    expect(reviewBeforePublishing({ NODE_ENV: "production", REVIEW_BEFORE_PUBLISHING: "off" })).toBe(false);
    expect(reviewBeforePublishing({ NODE_ENV: "test", REVIEW_BEFORE_PUBLISHING: "on" })).toBe(true);
    expect(reviewBeforePublishing({ NODE_ENV: "test", REVIEW_BEFORE_PUBLISHING: " " })).toBe(false);
    expect(() => reviewBeforePublishing({ REVIEW_BEFORE_PUBLISHING: "yes" })).toThrow("REVIEW_BEFORE_PUBLISHING must be on or off");
  });

  it("when off, a proposed change is applied at once as before, with no review and no author beside the actor", async () => {
    const claim = await publishedWithOutcome();
    const result = await proposeChange(prisma, anna, claim.id, claim.version, VERDICT, { review: false });
    expect("applied" in result && result.applied.status).toBe("FULFILLED");
    expect(await prisma.reviewRequest.count({ where: { claimId: claim.id } })).toBe(0);
    const [event] = await prisma.claimEvent.findMany({ where: { claimId: claim.id, type: "STATUS_CHANGED" } });
    expect(event).toMatchObject({ actorId: anna.id, proposedById: null });
  });
});

describe("a first publication under review", () => {
  it("waits until another editor approves: readers see nothing before, both names in the history after", async () => {
    const draft = await createTestClaim(prisma, anna);
    const pending = await pendingOf(await proposeChange(prisma, anna, draft.id, draft.version, { kind: "PUBLISH" }, ON));
    expect(pending).toMatchObject({ kind: "PUBLISH", authorId: anna.id, state: "PENDING" });
    expect(await claimRow(draft.id)).toMatchObject({ visibility: "DRAFT", version: draft.version, publishedAt: null });
    expect(await getPublishedClaim(draft.id, prisma)).toBeNull();
    expect(await listedAsWaiting(draft.id)).toBe(true);

    await expect(approveChange(prisma, anna, pending.id, draft.version)).rejects.toThrow(SELF_APPROVAL_MESSAGE);
    expect((await pendingReview(prisma, draft.id))?.id).toBe(pending.id);

    const published = await approveChange(prisma, ben, pending.id, draft.version);
    expect(published).toMatchObject({ visibility: "PUBLISHED", version: draft.version + 1 });
    expect(await getPublishedClaim(draft.id, prisma)).not.toBeNull();
    expect(await prisma.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ state: "APPROVED", reviewerId: ben.id });
    expect(await pendingReview(prisma, draft.id)).toBeNull();
    expect(await listedAsWaiting(draft.id)).toBe(false);

    const history = await claimHistory(prisma, draft.id);
    expect(history.find((entry) => entry.type === "PUBLISHED")).toMatchObject({ actorName: "Ben Editor", proposedByName: "Anna Editor" });
    expect(history.find((entry) => entry.type === "REVIEW_REQUESTED")).toMatchObject({ actorName: "Anna Editor", rationale: "Publish the claim." });
    const publicTypes = (await getPublishedClaim(draft.id, prisma))!.events.map((event) => event.type);
    expect(publicTypes).toContain("PUBLISHED");
    expect(publicTypes).not.toContain("REVIEW_REQUESTED");

    await expect(approveChange(prisma, admin, pending.id, published.version)).rejects.toThrow("This change was already approved or returned.");
  });

  it("checks the rules at submission (nothing stored) and again at approval: a headline cleared meanwhile refuses it", async () => {
    const headless = await createTestClaim(prisma, anna, { headline: "" });
    await expect(proposeChange(prisma, anna, headless.id, headless.version, { kind: "PUBLISH" }, ON)).rejects.toThrow("write one (the verdict in one line) before publishing");
    await expect(proposeChange(prisma, anna, headless.id, headless.version + 1, { kind: "PUBLISH" }, ON)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await prisma.reviewRequest.count({ where: { claimId: headless.id } })).toBe(0);
    expect(await prisma.claimEvent.count({ where: { claimId: headless.id, type: "REVIEW_REQUESTED" } })).toBe(0);

    const draft = await createTestClaim(prisma, anna);
    const pending = await pendingOf(await proposeChange(prisma, anna, draft.id, draft.version, { kind: "PUBLISH" }, ON));
    await expect(proposeChange(prisma, ben, draft.id, draft.version, { kind: "PUBLISH" }, ON)).rejects.toThrow("already has a change waiting for review");
    const cleared = await updateClaim(prisma, ben, draft.id, draft.version, { headline: "" });
    await expect(approveChange(prisma, ben, pending.id, draft.version)).rejects.toBeInstanceOf(StaleVersionError);
    await expect(approveChange(prisma, ben, pending.id, cleared.version)).rejects.toThrow("write one (the verdict in one line) before publishing");
    expect(await claimRow(draft.id)).toMatchObject({ visibility: "DRAFT", version: cleared.version });
    expect((await pendingReview(prisma, draft.id))?.id).toBe(pending.id);
  });

  it("refuses creating a claim published from the form while review is on", async () => {
    vi.stubEnv("REVIEW_BEFORE_PUBLISHING", "on");
    const input = claimInput(await createClaimBasics(prisma), { visibility: "PUBLISHED" });
    await expect(createClaim(prisma, anna, input)).rejects.toMatchObject({ message: CREATE_PUBLISHED_NEEDS_REVIEW, fieldErrors: { visibility: [CREATE_PUBLISHED_NEEDS_REVIEW] } });
    expect((await createClaim(prisma, anna, { ...input, visibility: "DRAFT" })).visibility).toBe("DRAFT");
  });
});

describe("a verdict and a withdrawal under review", () => {
  it("keeps the public verdict until approved; an admin may approve their own change", async () => {
    const claim = await publishedWithOutcome();
    const pending = await pendingOf(await proposeChange(prisma, admin, claim.id, claim.version, VERDICT, ON));
    expect((await getPublishedClaim(claim.id, prisma))!.status).toBe("PENDING");
    expect(await claimRow(claim.id)).toMatchObject({ status: "PENDING", version: claim.version });

    const after = await approveChange(prisma, admin, pending.id, claim.version);
    expect(after.status).toBe("FULFILLED");
    expect((await getPublishedClaim(claim.id, prisma))!.status).toBe("FULFILLED");
    const [event] = await prisma.claimEvent.findMany({ where: { claimId: claim.id, type: "STATUS_CHANGED" } });
    expect(event).toMatchObject({ actorId: admin.id, proposedById: admin.id, toStatus: "FULFILLED", rationale: "The declaration was signed." });
  });

  it("asks the author for the correction note and the outcome at submission, as a direct change does", async () => {
    const bare = await createTestClaim(prisma, anna, { visibility: "PUBLISHED" });
    await expect(proposeChange(prisma, anna, bare.id, bare.version, VERDICT, ON)).rejects.toMatchObject({ fieldErrors: { status: [expect.stringContaining("link at least one outcome")] } });

    const claim = await publishedWithOutcome();
    const verdict = await changeStatusDirectly(claim.id, claim.version);
    const back: Proposal = { kind: "STATUS", input: { status: "IN_PROGRESS", rationale: "Not signed after all.", correction: null } };
    await expect(proposeChange(prisma, anna, claim.id, verdict.version, back, ON)).rejects.toMatchObject({ fieldErrors: { correction: [expect.stringContaining("Readers have seen the verdict")] } });
    const pending = await pendingOf(await proposeChange(prisma, anna, claim.id, verdict.version, { ...back, input: { ...back.input, correction: "The signing was postponed." } }, ON));
    await approveChange(prisma, ben, pending.id, verdict.version);
    const [event] = await prisma.claimEvent.findMany({ where: { claimId: claim.id, type: "STATUS_CHANGED", toStatus: "IN_PROGRESS" } });
    expect(event).toMatchObject({ actorId: ben.id, proposedById: anna.id, correction: "The signing was postponed." });
  });

  it("applies at once what needs no review: an open status, publishing again after Unpublish", async () => {
    const claim = await createTestClaim(prisma, anna, { visibility: "PUBLISHED" });
    const result = await proposeChange(prisma, anna, claim.id, claim.version, { kind: "STATUS", input: { status: "IN_PROGRESS", rationale: "Talks began." } }, ON);
    expect("applied" in result && result.applied.status).toBe("IN_PROGRESS");
    const draft = await unpublishClaim(prisma, anna, claim.id, claim.version + 1);
    const again = await proposeChange(prisma, anna, claim.id, draft.version, { kind: "PUBLISH" }, ON);
    expect("applied" in again && again.applied.visibility).toBe("PUBLISHED");
  });

  it("a returned withdrawal leaves the claim untouched, with the comment in the internal history", async () => {
    const claim = await createTestClaim(prisma, anna, { visibility: "PUBLISHED" });
    const withdrawal: Proposal = { kind: "WITHDRAW", input: { reason: "ENTERED_IN_ERROR", correction: "Entered twice." } };
    const pending = await pendingOf(await proposeChange(prisma, anna, claim.id, claim.version, withdrawal, ON));
    expect(pending.change).toMatchObject({ reason: "ENTERED_IN_ERROR", correction: "Entered twice." });

    expect((await loadEditorDashboard(prisma, ben.id)).waitingForReview.map((review) => [review.claim.id, review.author.name, review.summary])).toContainEqual([
      claim.id,
      "Anna Editor",
      "Withdraw the claim: Entered in error.",
    ]);
    expect((await loadEditorDashboard(prisma, anna.id)).waitingForReview.map((review) => review.id)).not.toContain(pending.id);

    await expect(returnChange(prisma, ben, pending.id, " ")).rejects.toThrow();
    await returnChange(prisma, ben, pending.id, "Check whether it is really a duplicate of #3.");
    expect(await claimRow(claim.id)).toMatchObject({ withdrawnAt: null, version: claim.version });
    expect(await prisma.reviewRequest.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      state: "RETURNED",
      reviewerId: ben.id,
      comment: "Check whether it is really a duplicate of #3.",
    });
    const returned = (await claimHistory(prisma, claim.id)).find((entry) => entry.type === "REVIEW_RETURNED");
    expect(returned).toMatchObject({ actorName: "Ben Editor", rationale: "Check whether it is really a duplicate of #3." });
    const published = await getPublishedClaim(claim.id, prisma);
    expect(published!.withdrawnAt).toBeNull();
    expect(published!.events.map((event) => event.type)).not.toContain("REVIEW_RETURNED");
    await expect(approveChange(prisma, ben, pending.id, claim.version)).rejects.toThrow("This change was already approved or returned.");
  });
});

describe("cached public pages", () => {
  it("are dropped when a change is approved, never when it is proposed or returned, nor for an assignment", async () => {
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    const received: string[] = [];
    listener.on("notification", (message) => received.push(message.payload ?? ""));
    await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    // What already committed arrives after a pause and a round trip on the listening connection.
    const notifiedBy = async (change: () => Promise<unknown>) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await listener.query("SELECT 1");
      received.length = 0;
      await change();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await listener.query("SELECT 1");
      return received.length;
    };
    try {
      const claim = await publishedWithOutcome();
      expect(await notifiedBy(() => assignClaim(prisma, anna, claim.id, claim.version, ben.id))).toBe(0);
      let pending = await pendingOf(await proposeChange(prisma, ben, claim.id, claim.version + 1, VERDICT, ON));
      expect(await notifiedBy(() => returnChange(prisma, anna, pending.id, "Link the signing's source first."))).toBe(0);
      expect(await notifiedBy(async () => (pending = await pendingOf(await proposeChange(prisma, ben, claim.id, claim.version + 1, VERDICT, ON))))).toBe(0);
      expect(await notifiedBy(() => approveChange(prisma, anna, pending.id, claim.version + 1))).toBeGreaterThan(0);
    } finally {
      await listener.end();
    }
  });
});

async function changeStatusDirectly(id: number, version: number) {
  const result = await proposeChange(prisma, anna, id, version, VERDICT, { review: false });
  if (!("applied" in result)) throw new Error("expected the change to be applied");
  return result.applied;
}
