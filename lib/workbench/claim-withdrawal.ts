import { z } from "zod";
import type { Claim, PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { optionalId, optionalText } from "@/lib/fields.ts";
import { isListed } from "@/lib/public/published-claims.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { claimRefSchema, correctionSchema } from "@/lib/workbench/claim-schemas.ts";
import { updateClaimAtVersion } from "@/lib/workbench/claim-version.ts";
import { correctionFor } from "@/lib/workbench/corrections.ts";
import type { Approval } from "@/lib/workbench/claims.ts";
import { recordEvent, type Transaction } from "@/lib/workbench/events.ts";
import { WITHDRAWAL_EXPLANATION_LIMIT, WITHDRAWAL_REASONS, withdrawalReasonText, type WithdrawalReasonKind } from "@/lib/workbench/withdrawal-reasons.ts";

const REASON_KINDS = Object.keys(WITHDRAWAL_REASONS) as [WithdrawalReasonKind, ...WithdrawalReasonKind[]];

/** A reason is required: one of the common ones (a duplicate names its original), or an explanation. */
export const withdrawalSchema = z
  .object({
    reason: z.enum(REASON_KINDS, { error: "Choose why the claim is withdrawn." }),
    duplicateOf: optionalId("claim"),
    explanation: optionalText("the explanation", WITHDRAWAL_EXPLANATION_LIMIT, { multiline: true }),
    /** Required (lib/workbench/corrections.ts): readers saw the claim, the corrections log says what was wrong. */
    correction: correctionSchema,
  })
  .superRefine((input, context) => {
    if (input.reason === "DUPLICATE" && input.duplicateOf === null) {
      context.addIssue({ code: "custom", path: ["duplicateOf"], message: "Enter the number of the claim this one duplicates." });
    }
    if (input.reason === "OTHER" && input.explanation === null) {
      context.addIssue({ code: "custom", path: ["explanation"], message: "Explain why the claim is withdrawn: readers see it." });
    }
  });
export type WithdrawalInput = z.input<typeof withdrawalSchema>;
export const withdrawClaimFormSchema = z.intersection(claimRefSchema, withdrawalSchema);

/**
 * Withdraws a published claim with a public reason, if it is still at `expectedVersion` (else
 * StaleVersionError): `withdrawnAt` and `withdrawalReason` set, a WITHDRAWN event with the reason
 * (which drops every cached page showing the claim). Readers then see the notice instead of the
 * claim, and it is listed nowhere; its history stays. A withdrawn claim cannot be changed any more
 * (updateClaimAtVersion refuses it); only internal notes can still be added.
 */
export async function withdrawClaimIn(tx: Transaction, actor: Actor, id: number, expectedVersion: number, input: WithdrawalInput, { proposedBy }: Approval = {}): Promise<Claim> {
  assertEditor(actor);
  const { reason, duplicateOf, explanation, correction: note } = withdrawalSchema.parse(input);
  const text = withdrawalReasonText(reason, { duplicateOf, explanation });
  let correction: string | null = null;
  const { after } = await updateClaimAtVersion(tx, id, expectedVersion, async (current) => {
    if (current.visibility !== "PUBLISHED") {
      throw new DomainError("Only a published claim can be withdrawn: readers never see a draft. A draft that was never published can be deleted instead.");
    }
    if (reason === "DUPLICATE") {
      const refuse = (message: string): never => {
        throw new DomainError(message, { duplicateOf: [message] });
      };
      if (duplicateOf === id) refuse("A claim cannot be a duplicate of itself.");
      const original = await tx.claim.findUnique({ where: { id: duplicateOf! }, select: { visibility: true, withdrawnAt: true } });
      if (!original) refuse(`There is no claim #${duplicateOf}.`);
      if (!isListed(original!)) refuse(`Claim #${duplicateOf} is not published (or was withdrawn): readers could not follow the reference.`);
    }
    correction = await correctionFor(tx, current, { kind: "withdrawal" }, note);
    return { withdrawnAt: new Date(), withdrawalReason: text };
  });
  await recordEvent(tx, id, actor, { type: "WITHDRAWN", rationale: text, correction, proposedById: proposedBy });
  return after;
}

/** withdrawClaimIn in its own transaction. */
export async function withdrawClaim(prisma: PrismaClient, actor: Actor, id: number, expectedVersion: number, input: WithdrawalInput): Promise<Claim> {
  return prisma.$transaction((tx) => withdrawClaimIn(tx, actor, id, expectedVersion, input));
}
