"use server";

import { revalidatePath } from "next/cache";
import { formValues, fromError, fromZodError } from "@/lib/action-state.ts";
import { requireRole } from "@/lib/accounts/auth.ts";
import { db } from "@/lib/platform/db.ts";
import type { WorkbenchFormState } from "@/lib/workbench/action-results.ts";
import { idSchema } from "@/lib/fields.ts";
import { outcomeSchema, updateOutcomeFormSchema } from "@/lib/workbench/outcome-schemas.ts";
import { createOutcome, updateOutcome } from "@/lib/workbench/outcomes.ts";

// Same shape as app/editor/claims/actions.ts: guard, zod, lib/workbench, revalidate.

const OUTCOME_FIELDS = ["title", "description", "occurredAt", "sourceId", "url"];

export async function createOutcomeAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, [...OUTCOME_FIELDS, "forClaim"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = outcomeSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const outcome = await createOutcome(db, actor, parsed.data);
    revalidatePath("/editor", "layout");
    // Opened from a claim's page: the next step is linking it there.
    const forClaim = idSchema("claim").safeParse(values.forClaim);
    const next = forClaim.success
      ? { href: `/editor/claims/${forClaim.data}#outcomes`, label: "Back to the claim to link it" }
      : { href: `/editor/outcomes/${outcome.id}`, label: "Open the outcome" };
    return { status: "success", message: `Outcome “${outcome.title}” created.`, data: { next } };
  } catch (error) {
    return fromError(error, values);
  }
}

export async function updateOutcomeAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", ...OUTCOME_FIELDS]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = updateOutcomeFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const { id, ...input } = parsed.data;
    await updateOutcome(db, actor, id, input);
    // Public claim pages show linked outcomes.
    revalidatePath("/", "layout");
    return { status: "success", message: "Outcome saved." };
  } catch (error) {
    return fromError(error, values);
  }
}
