import type { ClaimKind } from "@/generated/prisma/enums.ts";

/** A claim's editable fields as the claim form holds them (strings), from a row or a conflict snapshot. */
export function claimFormValues(claim: {
  quote: string;
  summary: string;
  claimantId: number;
  sourceId: number | null;
  statedAt: Date | string;
  kind: ClaimKind;
  tags: string[];
}): Record<string, string> {
  return {
    quote: claim.quote,
    summary: claim.summary,
    claimantId: String(claim.claimantId),
    sourceId: claim.sourceId === null ? "" : String(claim.sourceId),
    statedAt: typeof claim.statedAt === "string" ? claim.statedAt : claim.statedAt.toISOString().slice(0, 10),
    kind: claim.kind,
    tags: claim.tags.join(", "),
  };
}

export const CLAIM_FIELD_LABELS: Record<string, string> = {
  quote: "Quote",
  summary: "Summary",
  claimantId: "Claimant",
  sourceId: "Source",
  statedAt: "Stated on",
  kind: "Kind",
  tags: "Tags",
};
