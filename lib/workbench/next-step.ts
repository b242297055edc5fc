import type { ClaimStatus } from "@/generated/prisma/enums.ts";
import { dueState } from "@/lib/due-dates.ts";
import { isOpen } from "@/lib/status.ts";

/** The claim page's tabs that a next step can send the editor to. */
export type StepTab = "claim" | "status";

export type NextStep = { text: string; tab: StepTab | null; urgent: boolean };

type ClaimForNextStep = {
  status: ClaimStatus;
  visibility: "DRAFT" | "PUBLISHED";
  withdrawnAt: Date | null;
  dueAt: Date | null;
  headline: string | null;
  outcomeCount: number;
  /** Has a source whose text no longer holds the quote. */
  orphaned: boolean;
};

/**
 * What the editor should do next with a claim, shown above the claim page's tabs; null for a
 * withdrawn claim, which can no longer change. A quote lost from its source comes first (readers
 * see it without its context), then an overdue claim, then publishing a draft (its headline first),
 * then the verdict.
 */
export function nextStep(claim: ClaimForNextStep, now: Date = new Date()): NextStep | null {
  if (claim.withdrawnAt) return null;
  if (claim.orphaned) return { text: "Fix the quote: its words are no longer in the source's text.", tab: "claim", urgent: true };
  const open = isOpen(claim.status);
  const verdict = claim.outcomeCount === 0 ? "Link an outcome, then set a verdict." : "Set a verdict once the linked outcomes settle it.";
  if (open && dueState(claim, now).state === "overdue") return { text: `Overdue: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}`, tab: "status", urgent: true };
  if (claim.visibility === "DRAFT" && !claim.headline) return { text: "Write the headline readers will see, then publish.", tab: "claim", urgent: false };
  if (claim.visibility === "DRAFT") return { text: "Publish when ready.", tab: null, urgent: false };
  if (open) return { text: verdict, tab: "status", urgent: false };
  return { text: "Nothing left to do: the claim is published with its verdict.", tab: null, urgent: false };
}
