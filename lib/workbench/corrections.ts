import type { Claim } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { isVerdict, STATUS } from "@/lib/status.ts";

/**
 * When a change to a claim is a correction readers see (ClaimEvent.correction): the one rule for
 * the status change, the withdrawal and the edit, whichever way they come in (form, API, scripts).
 * Readers never saw a draft, so a draft has nothing to correct; a published claim
 * - must have a note when its verdict changes (a rated status: readers and search engines saw it),
 *   when it is withdrawn, and when its quote or summary changes, unless the editor says the edit
 *   does not change the meaning (a typo: then it is only in the history);
 * - may have one on any other change (a wrong "Stalled", a wrong claimant).
 */
export type CorrectedChange = { kind: "status" } | { kind: "withdrawal" } | { kind: "edit"; wordingChanged: boolean; meaningUnchanged: boolean };

const refuse = (message: string): never => {
  throw new DomainError(message, { correction: [message] });
};

/** The note to store with the change's event (null: no correction), or a refusal on the note's field. */
export function correctionFor(claim: Pick<Claim, "visibility" | "status">, change: CorrectedChange, note: string | null): string | null {
  if (claim.visibility !== "PUBLISHED") {
    if (note !== null) refuse("Readers never saw this draft, so there is nothing to correct: leave the correction note empty.");
    return null;
  }
  if (note !== null) {
    if (change.kind === "edit" && change.meaningUnchanged) {
      refuse("Either write a correction note or tick “does not change the meaning”, not both.");
    }
    return note;
  }
  if (change.kind === "status" && isVerdict(claim.status)) {
    refuse(`Readers have seen the verdict “${STATUS[claim.status].label}”: say in a correction note what was wrong and what changed.`);
  }
  if (change.kind === "withdrawal") refuse("Readers have seen this claim: say in a correction note what was wrong.");
  if (change.kind === "edit" && change.wordingChanged && !change.meaningUnchanged) {
    refuse("Readers have seen this wording: say in a correction note what changed, or tick “does not change the meaning” for a typo.");
  }
  return null;
}
