import { fromError } from "@/lib/action-errors.ts";
import type { ActionState } from "@/lib/action-state.ts";
import { StaleVersionError, type ClaimSnapshot } from "@/lib/workbench/claim-version.ts";

/** Where the editor may want to go after a save. */
export type NextStep = { href: string; label: string };

/**
 * What the workbench's claim forms get back: on success a next step; on a stale save the claim as
 * it is now, so the form can show what changed while keeping the editor's input (`values`).
 */
export type WorkbenchFormState = ActionState<{ next?: NextStep; conflict?: ClaimSnapshot }>;

export function fromClaimError(error: unknown, values: Record<string, string>): WorkbenchFormState {
  if (error instanceof StaleVersionError) return { status: "error", message: error.message, values, data: { conflict: error.current } };
  return fromError(error, values);
}
