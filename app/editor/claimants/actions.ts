"use server";

import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { db } from "@/lib/platform/db.ts";
import type { WorkbenchFormState } from "@/lib/workbench/action-results.ts";
import { CLAIMANT_FIELDS } from "@/lib/workbench/claimant-form-values.ts";
import { mergeClaimantsSchema, updateClaimantFormSchema } from "@/lib/workbench/claimant-schemas.ts";
import { mergeClaimants, updateClaimant } from "@/lib/workbench/claimants.ts";

// Same shape as the other workbench actions: serverAction (lib/actions.ts) — guard, zod,
// lib/workbench, revalidate. The public pages a change affects are dropped by lib/workbench itself
// (invalidateClaimantPages); here only the workbench's own pages are purged.

const editorPage = (id: number) => `/editor/claimants/${id}`;

export const updateClaimantAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  fields: ["id", "updatedAt", ...CLAIMANT_FIELDS],
  schema: updateClaimantFormSchema,
  run: ({ id, updatedAt, ...input }, actor) => updateClaimant(db, actor, id, updatedAt, input),
  // The claims' pages in the workbench show the claimant too.
  revalidate: [["/editor", "layout"]],
  state: ({ claimant, formerSlug }) => ({
    status: "success",
    message: formerSlug
      ? `Saved. The public page moved to /claimants/${claimant.slug}; /claimants/${formerSlug} leads there.`
      : "Saved.",
  }),
});

export const mergeClaimantsAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  fields: ["survivorId", "mergedId"],
  schema: mergeClaimantsSchema,
  run: (input, actor) => mergeClaimants(db, actor, input),
  revalidate: [["/editor", "layout"]],
  state: ({ survivor, merged, movedClaims }) => ({
    status: "success",
    message: `Merged “${merged.name}” into “${survivor.name}”: ${movedClaims} claim${movedClaims === 1 ? "" : "s"} moved.`,
    data: { next: { href: editorPage(survivor.id), label: `Open ${survivor.name}` } },
  }),
  // The merged claimant's page no longer exists: the editor goes on to the one that stayed.
  redirect: ({ survivor, movedClaims }) => `${editorPage(survivor.id)}?merged=${movedClaims}`,
});
