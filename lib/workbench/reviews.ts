import { z } from "zod";
import type { Claim, Prisma, PrismaClient, ReviewRequest, ReviewState } from "@/generated/prisma/client.ts";
import { hasRole } from "@/lib/accounts/roles.ts";
import { DomainError } from "@/lib/errors.ts";
import { idSchema, requiredText, versionSchema } from "@/lib/fields.ts";
import { reviewBeforePublishing } from "@/lib/platform/env.ts";
import { isVerdict, STATUS } from "@/lib/status.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { changeStatusSchema } from "@/lib/workbench/claim-schemas.ts";
import { withdrawalSchema, withdrawClaimIn } from "@/lib/workbench/claim-withdrawal.ts";
import { changeStatusIn, publishClaimIn, type Approval } from "@/lib/workbench/claims.ts";
import { seenByReaders } from "@/lib/workbench/corrections.ts";
import { assignableEditors } from "@/lib/workbench/assignment.ts";
import { notify } from "@/lib/workbench/notifications.ts";
import { recordEvent, tryThenUndo, type Transaction } from "@/lib/workbench/events.ts";
import { withdrawalReasonText } from "@/lib/workbench/withdrawal-reasons.ts";

/**
 * Review before publishing (REVIEW_BEFORE_PUBLISHING, lib/platform/env.ts): while it is on, what
 * readers would newly see from an editor's hand — a claim's first publication, a verdict given or
 * taken back on a claim readers saw, a withdrawal — waits as a ReviewRequest until another editor
 * approves it. The claim does not change until then. Approving applies the change through the very
 * function a direct change goes through (publishClaimIn, changeStatusIn, withdrawClaimIn), so every
 * rule is checked again against the claim as it is then; its event names the approver as actor
 * and the author as proposedBy. An editor cannot approve their own change; an admin can.
 */

/** A proposed change: what its function takes, stored as ReviewRequest.kind + change. */
const proposalSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("PUBLISH") }),
  z.object({ kind: z.literal("STATUS"), input: changeStatusSchema }),
  z.object({ kind: z.literal("WITHDRAW"), input: withdrawalSchema }),
]);
export type Proposal = z.input<typeof proposalSchema>;
type ParsedProposal = z.output<typeof proposalSchema>;

/** The claim already has a change waiting for review: one waits at a time. */
export class WaitingForReviewError extends DomainError {
  constructor(claimId: number) {
    super(`Claim #${claimId} already has a change waiting for review: it must be approved or returned first.`);
    this.name = "WaitingForReviewError";
  }
}

export const SELF_APPROVAL_MESSAGE = "You proposed this change: another editor must approve it.";

export const approveChangeFormSchema = z.object({ reviewId: idSchema("review"), version: versionSchema });
export const returnChangeFormSchema = z.object({
  reviewId: idSchema("review"),
  comment: requiredText("a comment for the author: what should change", 2000, { multiline: true }),
});

/** The proposal as stored, checked again: a row written by an older version of the app is refused, not guessed at. */
function storedProposal(review: Pick<ReviewRequest, "kind" | "change">): ParsedProposal {
  return proposalSchema.parse({ kind: review.kind, input: review.change });
}

/** The change in one line, for the history and the workbench. */
export function describeProposal(proposal: ParsedProposal): string {
  switch (proposal.kind) {
    case "PUBLISH":
      return "Publish the claim.";
    case "STATUS":
      return `Change the status to “${STATUS[proposal.input.status].label}”: ${proposal.input.rationale}`;
    case "WITHDRAW":
      return `Withdraw the claim: ${withdrawalReasonText(proposal.input.reason, proposal.input)}`;
  }
}

/** A pending change as the claim's page and the dashboard show it. */
export function proposalDetails(review: Pick<ReviewRequest, "kind" | "change">) {
  const proposal = storedProposal(review);
  return { summary: describeProposal(proposal), correction: proposal.kind === "PUBLISH" ? null : proposal.input.correction };
}

function applyIn(tx: Transaction, actor: Actor, id: number, expectedVersion: number, proposal: ParsedProposal, approval: Approval = {}): Promise<Claim> {
  switch (proposal.kind) {
    case "PUBLISH":
      return publishClaimIn(tx, actor, id, expectedVersion, approval);
    case "STATUS":
      return changeStatusIn(tx, actor, id, expectedVersion, proposal.input, approval);
    case "WITHDRAW":
      return withdrawClaimIn(tx, actor, id, expectedVersion, proposal.input, approval);
  }
}

/**
 * Whether the change needs a second editor: a first publication (never published before: one
 * published again after Unpublish was approved once, and any verdict changed meanwhile was
 * reviewed), a verdict given or taken back on a claim readers saw (as for corrections, a claim
 * taken back to draft counts), and a withdrawal.
 */
async function needsReview(tx: Transaction, claim: Claim, proposal: ParsedProposal): Promise<boolean> {
  switch (proposal.kind) {
    case "PUBLISH":
      return claim.visibility === "DRAFT" && !(await seenByReaders(tx, claim));
    case "STATUS":
      return (isVerdict(proposal.input.status) || isVerdict(claim.status)) && (await seenByReaders(tx, claim));
    case "WITHDRAW":
      return true;
  }
}

export type ProposalResult = { applied: Claim } | { pending: ReviewRequest };

/**
 * An editor's publication, status change or withdrawal, as the workbench's forms send it. With
 * review off, or for a change that needs none, it is applied at once, exactly as a direct call.
 * Otherwise it is tried as it would be applied now — every rule and the optimistic lock, so the
 * author gets the same field errors as today — then undone (a savepoint) and stored as pending
 * with a REVIEW_REQUESTED event; readers still see the claim as it was. One change per claim waits at a time.
 */
export async function proposeChange(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  expectedVersion: number,
  proposal: Proposal,
  options: { review?: boolean } = {},
): Promise<ProposalResult> {
  return prisma.$transaction((tx) => proposeChangeIn(tx, actor, id, expectedVersion, proposal, options));
}

/** proposeChange inside the caller's transaction (a batch of changes: lib/workbench/bulk.ts). */
export async function proposeChangeIn(
  tx: Transaction,
  actor: Actor,
  id: number,
  expectedVersion: number,
  proposal: Proposal,
  { review = reviewBeforePublishing() }: { review?: boolean } = {},
): Promise<ProposalResult> {
  assertEditor(actor);
  const parsed = proposalSchema.parse(proposal);
  if (!review) return { applied: await applyIn(tx, actor, id, expectedVersion, parsed) };
  // Proposals for one claim are decided one after the other.
  await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${id} FOR UPDATE`;
  const claim = await tx.claim.findUnique({ where: { id } });
  if (!claim || !(await needsReview(tx, claim, parsed))) return { applied: await applyIn(tx, actor, id, expectedVersion, parsed) };
  if (await tx.reviewRequest.count({ where: { claimId: id, state: "PENDING" } })) {
    throw new WaitingForReviewError(id);
  }
  await tryThenUndo(tx, () => applyIn(tx, actor, id, expectedVersion, parsed));
  const change = (parsed.kind === "PUBLISH" ? {} : parsed.input) as Prisma.InputJsonObject;
  const pending = await tx.reviewRequest.create({ data: { claimId: id, kind: parsed.kind, change, authorId: actor.id } });
  await recordEvent(tx, id, actor, { type: "REVIEW_REQUESTED", rationale: describeProposal(parsed) });
  // Whoever has the claim (its assignee, its creator) is asked first; failing them, every editor.
  const owners = [claim.assigneeId, claim.createdById].filter((userId): userId is number => userId !== null && userId !== actor.id);
  const reviewers = owners.length > 0 ? owners : (await assignableEditors(tx)).map((editor) => editor.id);
  await notify(tx, { userIds: reviewers, kind: "REVIEW_REQUESTED", cause: `review:${pending.id}`, claimId: id, actorId: actor.id });
  return { pending };
}

/** Marks a pending review decided (refused if it is not pending any more) and returns it as it was. */
async function decide(tx: Transaction, actor: Actor, reviewId: number, state: ReviewState, comment: string | null = null): Promise<ReviewRequest> {
  const review = await tx.reviewRequest.findUnique({ where: { id: reviewId } });
  if (!review) throw new DomainError("That review does not exist.");
  if (state === "APPROVED" && review.authorId === actor.id && !hasRole(actor, "ADMIN")) throw new DomainError(SELF_APPROVAL_MESSAGE);
  const { count } = await tx.reviewRequest.updateMany({
    where: { id: reviewId, state: "PENDING" },
    data: { state, reviewerId: actor.id, reviewedAt: new Date(), comment },
  });
  if (count === 0) throw new DomainError("This change was already approved or returned.");
  return review;
}

/**
 * Approves a pending change and applies it to the claim as it is now, if it is still at
 * `expectedVersion` (the version the approver saw; else StaleVersionError, nothing written): every
 * rule of its function is checked again (a headline cleared meanwhile refuses a publication). Its
 * event's actor is the approver, proposedBy the author.
 */
export async function approveChange(prisma: PrismaClient, actor: Actor, reviewId: number, expectedVersion: number): Promise<Claim> {
  assertEditor(actor);
  return prisma.$transaction(async (tx) => {
    const review = await decide(tx, actor, reviewId, "APPROVED");
    const claim = await applyIn(tx, actor, review.claimId, expectedVersion, storedProposal(review), { proposedBy: review.authorId });
    await notify(tx, { userIds: [review.authorId], kind: "REVIEW_APPROVED", cause: `review:${reviewId}`, claimId: review.claimId, actorId: actor.id });
    return claim;
  });
}

/**
 * Sends a pending change back to its author with a comment (the author may take back their own
 * this way): the claim stays as it is; a REVIEW_RETURNED event holds the comment.
 */
export async function returnChange(prisma: PrismaClient, actor: Actor, reviewId: number, comment: string): Promise<ReviewRequest> {
  assertEditor(actor);
  const text = returnChangeFormSchema.shape.comment.parse(comment);
  return prisma.$transaction(async (tx) => {
    const review = await decide(tx, actor, reviewId, "RETURNED", text);
    await recordEvent(tx, review.claimId, actor, { type: "REVIEW_RETURNED", rationale: text });
    await notify(tx, { userIds: [review.authorId], kind: "REVIEW_RETURNED", cause: `review:${reviewId}`, claimId: review.claimId, actorId: actor.id });
    return review;
  });
}

const reviewListSelect = {
  id: true,
  kind: true,
  change: true,
  requestedAt: true,
  authorId: true,
  author: { select: { name: true } },
} as const satisfies Prisma.ReviewRequestSelect;

/** The change waiting for review on a claim, if any. */
export function pendingReview(prisma: PrismaClient, claimId: number) {
  return prisma.reviewRequest.findFirst({ where: { claimId, state: "PENDING" }, select: reviewListSelect });
}

/** "Waiting for your review": pending changes the user did not propose, oldest first. */
export function reviewsWaitingFor(prisma: PrismaClient, userId: number) {
  return prisma.reviewRequest.findMany({
    where: { state: "PENDING", authorId: { not: userId } },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: 20,
    select: { ...reviewListSelect, claim: { select: { id: true, quote: true } } },
  });
}
