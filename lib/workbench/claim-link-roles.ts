import type { ClaimLinkKind, ClaimLinkRole } from "@/generated/prisma/enums.ts";

/** How a link between two claims reads from each end: the duplicate and its original, or two related claims. */
export function linkRoles(kind: ClaimLinkKind): { from: ClaimLinkRole; to: ClaimLinkRole } {
  return kind === "DUPLICATE_OF" ? { from: "DUPLICATE_OF", to: "DUPLICATED_BY" } : { from: "RELATED", to: "RELATED" };
}
