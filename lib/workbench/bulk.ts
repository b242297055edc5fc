import { z } from "zod";
import type { Claim, PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimStatus } from "@/generated/prisma/enums.ts";
import { DomainError } from "@/lib/errors.ts";
import { optionalId, requiredText } from "@/lib/fields.ts";
import { reviewBeforePublishing } from "@/lib/platform/env.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { assignClaimIn } from "@/lib/workbench/assignment.ts";
import { correctionSchema, normaliseTag } from "@/lib/workbench/claim-schemas.ts";
import { withClaimsRead } from "@/lib/workbench/claim-version.ts";
import { unpublishClaimIn, updateClaimIn } from "@/lib/workbench/claims.ts";
import { withBatchedHistory, type Transaction } from "@/lib/workbench/events.ts";
import { proposeChangeIn, WaitingForReviewError, type Proposal } from "@/lib/workbench/reviews.ts";

/**
 * One change to many claims at once (the claims list's selection): assign, tag or untag, publish or
 * unpublish, or change the status with one rationale. Each claim goes through the function a single
 * change goes through (every rule, its own event, its cached pages dropped), all in one transaction:
 * a claim that breaks a rule refuses the whole batch, naming it, and nothing is written. A claim
 * changed by someone else since the list was shown (its version) is skipped and reported, as is one
 * the change would not alter (already tagged, already published…), one withdrawn, and — with review
 * before publishing on — one whose earlier change still waits for review. With review on, a
 * publication or status change that needs a second editor is submitted for review, claim by claim,
 * as the claim's own form would (lib/workbench/reviews.ts).
 */

export const BULK_LIMIT = 1_000;

export const bulkChangeSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("assign"), assigneeId: optionalId("editor") }),
  z.object({ action: z.literal("tag"), tag: requiredText("the tag", 50) }),
  z.object({ action: z.literal("untag"), tag: requiredText("the tag", 50) }),
  z.object({ action: z.literal("publish") }),
  z.object({ action: z.literal("unpublish") }),
  z.object({
    action: z.literal("status"),
    status: z.enum(ClaimStatus, { error: "Choose a status." }),
    rationale: requiredText("the rationale: why the status changes", 5000, { multiline: true }),
    correction: correctionSchema,
  }),
]);
export type BulkChange = z.output<typeof bulkChangeSchema>;
export type BulkChangeInput = z.input<typeof bulkChangeSchema>;

/** A selected claim and the version the editor saw: "12:3" as the list's checkbox sends it. */
export const bulkTargetSchema = z
  .string()
  .regex(/^\d{1,10}:\d{1,10}$/, "Select claims from the list.")
  .transform((value) => {
    const [id, version] = value.split(":").map(Number);
    return { id: id!, version: version! };
  });
export type BulkTarget = z.output<typeof bulkTargetSchema>;

/** changed: applied; submitted: waiting for a second editor's review; stale and unchanged: skipped. */
export type BulkResult = { changed: number[]; submitted: number[]; stale: number[]; unchanged: number[] };

/** Whether the change would alter the claim as it is; false: it is left as it is. */
function alters(claim: Claim, change: BulkChange): boolean {
  switch (change.action) {
    case "assign":
      return claim.assigneeId !== change.assigneeId;
    case "tag":
      return !claim.tags.includes(normaliseTag(change.tag));
    case "untag":
      return claim.tags.includes(normaliseTag(change.tag));
    case "publish":
      return claim.visibility !== "PUBLISHED";
    case "unpublish":
      return claim.visibility === "PUBLISHED";
    case "status":
      return claim.status !== change.status;
  }
}

/** Applies the change to one claim; "submitted" when it went to review instead. */
async function applyOne(tx: Transaction, actor: Actor, claim: Claim, change: BulkChange, review: boolean): Promise<"changed" | "submitted"> {
  const propose = async (proposal: Proposal) => ("pending" in (await proposeChangeIn(tx, actor, claim.id, claim.version, proposal, { review })) ? "submitted" : "changed");
  switch (change.action) {
    case "assign":
      await assignClaimIn(tx, actor, claim.id, claim.version, change.assigneeId);
      return "changed";
    case "tag":
      await updateClaimIn(tx, actor, claim.id, claim.version, { tags: [...claim.tags, change.tag] });
      return "changed";
    case "untag":
      await updateClaimIn(tx, actor, claim.id, claim.version, { tags: claim.tags.filter((tag) => tag !== normaliseTag(change.tag)) });
      return "changed";
    case "publish":
      return propose({ kind: "PUBLISH" });
    case "unpublish":
      await unpublishClaimIn(tx, actor, claim.id, claim.version);
      return "changed";
    case "status":
      return propose({ kind: "STATUS", input: { status: change.status, rationale: change.rationale, correction: change.correction } });
  }
}

export async function applyBulkChange(
  prisma: PrismaClient,
  actor: Actor,
  targets: BulkTarget[],
  input: BulkChangeInput,
  { review = reviewBeforePublishing() }: { review?: boolean } = {},
): Promise<BulkResult> {
  assertEditor(actor);
  const change = bulkChangeSchema.parse(input);
  if (targets.length === 0) throw new DomainError("Select at least one claim.");
  if (targets.length > BULK_LIMIT) throw new DomainError(`Change at most ${BULK_LIMIT.toLocaleString("en")} claims at once (${targets.length.toLocaleString("en")} selected).`);
  const seen = new Map(targets.map((target) => [target.id, target.version]));
  const ids = [...seen.keys()];
  return prisma.$transaction(
    (tx) =>
      withBatchedHistory(tx, async () => {
        // Locked in id order (two batches over the same claims wait, never deadlock), then read once for every change.
        await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "id" = ANY(${ids}::int[]) ORDER BY "id" FOR UPDATE`;
        const claims = await tx.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
        const found = new Set(claims.map((claim) => claim.id));
        // A claim deleted since the list was shown changed meanwhile too.
        const result: BulkResult = { changed: [], submitted: [], stale: ids.filter((id) => !found.has(id)), unchanged: [] };
        await withClaimsRead(tx, claims, async () => {
          for (const claim of claims) {
            if (claim.version !== seen.get(claim.id)) result.stale.push(claim.id);
            else if (claim.withdrawnAt !== null || !alters(claim, change)) result.unchanged.push(claim.id);
            else result[await applyOneOrRefuse(tx, actor, claim, change, review)].push(claim.id);
          }
        });
        return result;
      }),
    { timeout: 120_000 },
  );
}

/** applyOne, its refusal naming the claim: the whole batch is refused with it; a claim whose earlier change waits for review is left as it is. */
async function applyOneOrRefuse(tx: Transaction, actor: Actor, claim: Claim, change: BulkChange, review: boolean) {
  try {
    return await applyOne(tx, actor, claim, change, review);
  } catch (error) {
    if (error instanceof WaitingForReviewError) return "unchanged";
    if (error instanceof DomainError) throw new DomainError(`Claim #${claim.id}: ${error.message} Nothing was changed.`);
    throw error;
  }
}

/**
 * What the claims list's batch form sends: the change, and either the selected claims (`claim`,
 * "id:version" each) or every claim the list's query matches (`scope=matching`, `query` being the
 * list's query string), BULK_LIMIT at most.
 */
export const bulkFormSchema = z.intersection(
  bulkChangeSchema,
  z.object({
    scope: z.enum(["selected", "matching"], { error: "Choose which claims to change." }),
    query: z.string().max(4000).default(""),
    claims: z.array(bulkTargetSchema).default([]),
  }),
);

/** "3 claims changed. 1 skipped: …" — what a batch did, for the editor. */
export function describeBulkResult({ changed, submitted, stale, unchanged }: BulkResult): string {
  const claims = (count: number) => `${count} claim${count === 1 ? "" : "s"}`;
  const ids = (list: number[]) => list.map((id) => `#${id}`).join(", ");
  const them = (count: number) => (count === 1 ? "it" : "them");
  // "0 claims changed." only when nothing else happened either: a batch sent to review says that first.
  const parts = changed.length > 0 || submitted.length === 0 ? [`${claims(changed.length)} changed.`] : [];
  if (submitted.length > 0) {
    parts.push(`${claims(submitted.length)} submitted for review: another editor must approve ${submitted.length === 1 ? "it" : "each"} before readers see ${them(submitted.length)}.`);
  }
  if (stale.length > 0) {
    parts.push(`${claims(stale.length)} skipped because someone changed ${them(stale.length)} meanwhile (${ids(stale)}): reload the list and try ${them(stale.length)} again.`);
  }
  if (unchanged.length > 0) {
    parts.push(`${claims(unchanged.length)} left as ${unchanged.length === 1 ? "it was" : "they were"} (already so, withdrawn, or with a change waiting for review).`);
  }
  return parts.join(" ");
}
