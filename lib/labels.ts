import type { ClaimKind, OutcomeRelation } from "@/generated/prisma/enums.ts";

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
