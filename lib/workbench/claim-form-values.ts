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
  dueAt: Date | string | null;
  dueNote: string | null;
}): Record<string, string> {
  const day = (value: Date | string) => (typeof value === "string" ? value : value.toISOString().slice(0, 10));
  return {
    quote: claim.quote,
    summary: claim.summary,
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
  claimantId: "Claimant",
  sourceId: "Source",
  statedAt: "Stated on",
  kind: "Kind",
  tags: "Tags",
  dueAt: "Due by",
  dueNote: "Due-date note",
};
