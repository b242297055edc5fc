"use server";

import { z } from "zod";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { db } from "@/lib/platform/db.ts";
import type { WorkbenchFormState } from "@/lib/workbench/action-results.ts";
import { idSchema } from "@/lib/fields.ts";
import { outcomeSchema, updateOutcomeFormSchema } from "@/lib/workbench/outcome-schemas.ts";
import { createOutcome, deleteOutcome, updateOutcome } from "@/lib/workbench/outcomes.ts";
import { deletionFormSchema } from "@/lib/workbench/deletion-records.ts";

// Same shape as app/editor/claims/actions.ts: serverAction (lib/actions.ts) — guard, zod,
// lib/workbench, revalidate.

const OUTCOME_FIELDS = ["title", "description", "occurredAt", "sourceId", "url"];

/** The outcome, and the claim whose page the form was opened from, if any (anything else is ignored). */
const createOutcomeFormSchema = z.intersection(outcomeSchema, z.object({ forClaim: idSchema("claim").optional().catch(undefined) }));

export const createOutcomeAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  fields: [...OUTCOME_FIELDS, "forClaim"],
  schema: createOutcomeFormSchema,
  run: ({ forClaim: _forClaim, ...input }, actor) => createOutcome(db, actor, input),
  revalidate: [["/editor", "layout"]],
  state: (outcome, { forClaim }) => {
    // Opened from a claim's page: the next step is linking it there.
    const next = forClaim
      ? { href: `/editor/claims/${forClaim}#outcomes`, label: "Back to the claim to link it" }
      : { href: `/editor/outcomes/${outcome.id}`, label: "Open the outcome" };
    return { status: "success", message: `Outcome “${outcome.title}” created.`, data: { next } };
  },
});

export const updateOutcomeAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  fields: ["id", ...OUTCOME_FIELDS],
  schema: updateOutcomeFormSchema,
  run: ({ id, ...input }, actor) => updateOutcome(db, actor, id, input),
  // Public claim pages show linked outcomes.
  revalidate: [["/", "layout"]],
  state: () => ({ status: "success", message: "Outcome saved." }),
});

// The outcome's page then says who deleted it and when (the audit record).
export const deleteOutcomeAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  fields: ["id", "reason"],
  schema: deletionFormSchema("outcome"),
  run: ({ id, reason }, actor) => deleteOutcome(db, actor, id, reason),
  revalidate: [["/editor", "layout"]],
  state: (_record, { id }) => ({ status: "success", message: `Outcome #${id} deleted.` }),
  redirect: (_record, { id }) => `/editor/outcomes/${id}`,
});
