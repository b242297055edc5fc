import type { Claim } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { isVerdict, STATUS } from "@/lib/status.ts";
import type { Transaction } from "@/lib/workbench/events.ts";

/**
 * When a change to a claim is a correction readers see (ClaimEvent.correction): the one rule for
 * the status change, the withdrawal and the edit, whichever way they come in (form, API, scripts).
 * Readers never saw a draft that was never published, so it has nothing to correct; a claim that is
 * or was published (a draft again after Unpublish: what readers saw comes back with it when it is
 * published again, so taking it back to draft is no way around a correction)
 * - must have a note when its verdict changes (a rated status: readers and search engines saw it),
 *   when it is withdrawn, and when its quote, summary or headline changes, unless the editor says the edit
 *   does not change the meaning (a typo: then it is only in the history);
 * - may have one on any other change (a wrong "Stalled", a wrong claimant).
 */
export type CorrectedChange = { kind: "status" } | { kind: "withdrawal" } | { kind: "edit"; wordingChanged: boolean; meaningUnchanged: boolean };

const refuse = (message: string): never => {
  throw new DomainError(message, { correction: [message] });
};

/** Readers have seen the claim: it is published, or was before it became a draft again. */
export async function seenByReaders(tx: Transaction, claim: Pick<Claim, "id" | "visibility">): Promise<boolean> {
  if (claim.visibility === "PUBLISHED") return true;
  return (await tx.claimEvent.count({ where: { claimId: claim.id, type: "PUBLISHED" } })) > 0;
}

/** The note to store with the change's event (null: no correction), or a refusal on the note's field. */
export async function correctionFor(tx: Transaction, claim: Pick<Claim, "id" | "visibility" | "status">, change: CorrectedChange, note: string | null): Promise<string | null> {
  if (note === null) {
    // Most changes need no note whoever saw the claim: they are decided without asking the history.
    const missing = missingNoteMessage(claim, change);
    if (missing && (await seenByReaders(tx, claim))) refuse(missing);
    return null;
  }
  if (!(await seenByReaders(tx, claim))) refuse("Readers never saw this draft, so there is nothing to correct: leave the correction note empty.");
  if (change.kind === "edit" && change.meaningUnchanged) refuse("Either write a correction note or tick “does not change the meaning”, not both.");
  return note;
}

/** Why a change to a claim readers saw needs a correction note; null if it may go without one. */
function missingNoteMessage(claim: Pick<Claim, "status">, change: CorrectedChange): string | null {
  switch (change.kind) {
    case "status":
      return isVerdict(claim.status) ? `Readers have seen the verdict “${STATUS[claim.status].label}”: say in a correction note what was wrong and what changed.` : null;
    case "withdrawal":
      return "Readers have seen this claim: say in a correction note what was wrong.";
    case "edit":
      return change.wordingChanged && !change.meaningUnchanged
        ? "Readers have seen this wording: say in a correction note what changed, or tick “does not change the meaning” for a typo."
        : null;
  }
}
