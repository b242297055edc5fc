import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimStatus } from "@/generated/prisma/enums.ts";
import { DomainError } from "@/lib/errors.ts";
import { optionalId, requiredText } from "@/lib/fields.ts";
import { reviewBeforePublishing } from "@/lib/platform/env.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { assignClaimIn } from "@/lib/workbench/assignment.ts";
import { correctionSchema, normaliseTag } from "@/lib/workbench/claim-schemas.ts";
import { changeStatusIn, publishClaimIn, unpublishClaimIn, updateClaimIn } from "@/lib/workbench/claims.ts";
import { withDeferredInvalidation, type Transaction } from "@/lib/workbench/events.ts";

/**
 * One change to many claims at once (the claims list's selection): assign, tag or untag, publish or
 * unpublish, or change the status with one rationale. Each claim goes through the function a single
 * change goes through (every rule, its own event, its cached pages dropped), all in one transaction:
 * a claim that breaks a rule refuses the whole batch, naming it, and nothing is written. A claim
 * changed by someone else since the list was shown (its version) is skipped and reported, as is one
 * the change would not alter (already tagged, already published…) or one withdrawn.
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

export type BulkResult = { changed: number[]; stale: number[]; unchanged: number[] };

/** Whether the change would alter the claim as it is; false: it is left as it is. */
function alters(claim: { tags: string[]; assigneeId: number | null; visibility: string; status: ClaimStatus }, change: BulkChange): boolean {
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

async function applyOne(tx: Transaction, actor: Actor, claim: { id: number; version: number; tags: string[] }, change: BulkChange) {
  switch (change.action) {
    case "assign":
      return assignClaimIn(tx, actor, claim.id, claim.version, change.assigneeId);
    case "tag":
      return updateClaimIn(tx, actor, claim.id, claim.version, { tags: [...claim.tags, change.tag] });
    case "untag":
      return updateClaimIn(tx, actor, claim.id, claim.version, { tags: claim.tags.filter((tag) => tag !== normaliseTag(change.tag)) });
    case "publish":
      return publishClaimIn(tx, actor, claim.id, claim.version);
    case "unpublish":
      return unpublishClaimIn(tx, actor, claim.id, claim.version);
    case "status":
      return changeStatusIn(tx, actor, claim.id, claim.version, { status: change.status, rationale: change.rationale, correction: change.correction });
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
  if (review && (change.action === "publish" || change.action === "status")) {
    throw new DomainError("Review before publishing is on: publish claims and change their status one by one, each through its review.");
  }
  const seen = new Map(targets.map((target) => [target.id, target.version]));
  return prisma.$transaction(
    (tx) =>
      withDeferredInvalidation(tx, async () => {
        const claims = await tx.claim.findMany({
          where: { id: { in: [...seen.keys()] } },
          orderBy: { id: "asc" },
          select: { id: true, version: true, tags: true, assigneeId: true, visibility: true, status: true, withdrawnAt: true },
        });
        // A claim deleted since the list was shown changed meanwhile too.
        const result: BulkResult = { changed: [], stale: [...seen.keys()].filter((id) => !claims.some((claim) => claim.id === id)), unchanged: [] };
        for (const claim of claims) {
          if (claim.version !== seen.get(claim.id)) result.stale.push(claim.id);
          else if (claim.withdrawnAt !== null || !alters(claim, change)) result.unchanged.push(claim.id);
          else {
            try {
              await applyOne(tx, actor, claim, change);
            } catch (error) {
              if (error instanceof DomainError) throw new DomainError(`Claim #${claim.id}: ${error.message} Nothing was changed.`);
              throw error;
            }
            result.changed.push(claim.id);
          }
        }
        return result;
      }),
    { timeout: 60_000 },
  );
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
export function describeBulkResult({ changed, stale, unchanged }: BulkResult): string {
  const claims = (count: number) => `${count} claim${count === 1 ? "" : "s"}`;
  const ids = (list: number[]) => list.map((id) => `#${id}`).join(", ");
  const parts = [`${claims(changed.length)} changed.`];
  if (stale.length > 0) parts.push(`${claims(stale.length)} skipped because someone changed them meanwhile (${ids(stale)}): reload the list and try them again.`);
  if (unchanged.length > 0) parts.push(`${claims(unchanged.length)} left as they were (already so, or withdrawn).`);
  return parts.join(" ");
}
