import type { ClaimKind, ClaimLinkRole, OutcomeRelation } from "@/generated/prisma/enums.ts";

export const KIND_LABEL: Record<ClaimKind, string> = {
  PREDICTION: "Prediction",
  PROMISE: "Promise",
  ASSERTION: "Assertion",
};

/** How an outcome bears on the claim. */
export const RELATION_LABEL: Record<OutcomeRelation, string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  PARTIAL: "Partly supports",
  CONTEXT: "Context",
};

/** A link between claims, read from one end ("… claim #12"). */
export const LINK_ROLE_LABEL: Record<ClaimLinkRole, string> = {
  DUPLICATE_OF: "This claim is a duplicate of",
  DUPLICATED_BY: "Marked as a duplicate of this claim:",
  RELATED: "Related claim:",
};
