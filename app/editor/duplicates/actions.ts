"use server";

import { type ActionState, formValues, fromError, fromZodError } from "@/lib/action-state.ts";
import { requireRole } from "@/lib/accounts/auth.ts";
import { db } from "@/lib/platform/db.ts";
import { dismissDuplicatePair, dismissPairSchema, restoreDuplicatePair } from "@/lib/workbench/duplicate-pairs.ts";

// No revalidation: the pair stays on screen with its confirmation and an Undo button; the next
// load of the page leaves dismissed pairs out.

export async function dismissDuplicatePairAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, ["claimId", "otherClaimId"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = dismissPairSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    await dismissDuplicatePair(db, actor, parsed.data);
    return { status: "success", message: `Claims #${parsed.data.claimId} and #${parsed.data.otherClaimId} will not be proposed as duplicates again.` };
  } catch (error) {
    return fromError(error, values);
  }
}

export async function restoreDuplicatePairAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, ["claimId", "otherClaimId"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = dismissPairSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    await restoreDuplicatePair(db, actor, parsed.data);
    return { status: "success", message: "Dismissal undone: the pair can be proposed again." };
  } catch (error) {
    return fromError(error, values);
  }
}
