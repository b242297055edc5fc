// The withdrawal form's choices, for the form (a client component) and the server alike. No zod,
// no database here: the form's bundle carries this module.

/** The common reasons an editor picks from; the public reason is the chosen one's text plus any explanation. */
export const WITHDRAWAL_REASONS = {
  ENTERED_IN_ERROR: { label: "Entered in error", text: "Entered in error." },
  DUPLICATE: { label: "Duplicate of another claim", text: "Duplicate of claim #{claim}." },
  NOT_VERIFIED: { label: "The quote could not be verified", text: "The quote could not be verified." },
  OTHER: { label: "Other (explain below)", text: "" },
} as const;

export type WithdrawalReasonKind = keyof typeof WITHDRAWAL_REASONS;

/** The longest explanation the form takes (the server refuses longer, naming the limit). */
export const WITHDRAWAL_EXPLANATION_LIMIT = 500;

/** The reason readers see: the choice's words (with the original's number), then the explanation. */
export function withdrawalReasonText(kind: WithdrawalReasonKind, { duplicateOf, explanation }: { duplicateOf?: number | null; explanation?: string | null }): string {
  const base = WITHDRAWAL_REASONS[kind].text.replace("{claim}", String(duplicateOf ?? ""));
  return [base, explanation ?? ""].filter(Boolean).join(" ");
}
