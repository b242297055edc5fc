import type { ClaimKind } from "@/generated/prisma/enums.ts";

// What the claim form holds, for the form (a client component) and the server alike. No zod, no
// database here: the form's bundle carries this module.

/** The value of the claimant select that asks for a new claimant, created with the claim. */
export const NEW_CLAIMANT = "new";

/**
 * The longest text each field takes (lib/workbench/claim-schemas.ts refuses longer, naming the
 * limit); the form shows a counter. Never a `maxLength`: it would cut a paste silently.
 */
export const CLAIM_TEXT_LIMITS = { quote: 2000, summary: 2000, headline: 200, claimantName: 200, claimantTitle: 200, dueNote: 300, correction: 1000 } as const;

/**
 * A claim's editable fields as the claim form holds them (strings), from a row or a conflict
 * snapshot.
 */
export function claimFormValues(claim: {
  quote: string;
  summary: string;
  headline: string | null;
  claimantId: number;
  sourceId: number | null;
  statedAt: Date | string;
  kind: ClaimKind;
  tags: string[];
  dueAt: Date | string | null;
  dueNote: string | null;
}): Record<string, string> {
  const day = (value: Date | string) => (typeof value === "string" ? value : value.toISOString().slice(0, 10));
  return {
    quote: claim.quote,
    summary: claim.summary,
    headline: claim.headline ?? "",
    claimantId: String(claim.claimantId),
    sourceId: claim.sourceId === null ? "" : String(claim.sourceId),
    statedAt: day(claim.statedAt),
    kind: claim.kind,
    tags: claim.tags.join(", "),
    dueAt: claim.dueAt === null ? "" : day(claim.dueAt),
    dueNote: claim.dueNote ?? "",
  };
}

export const CLAIM_FIELD_LABELS: Record<string, string> = {
  quote: "Quote",
  summary: "Summary",
  headline: "Headline",
  claimantId: "Claimant",
  sourceId: "Source",
  statedAt: "Stated on",
  kind: "Kind",
  tags: "Tags",
  dueAt: "Due by",
  dueNote: "Due-date note",
};
