"use server";

import type { ActionState } from "@/lib/action-state.ts";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { applyBulkChange, BULK_LIMIT, bulkFormSchema, describeBulkResult } from "@/lib/workbench/bulk.ts";
import { claimListTargets, parseClaimListQuery } from "@/lib/workbench/claim-list.ts";
import { db } from "@/lib/platform/db.ts";
import { fromClaimError, type WorkbenchFormState } from "@/lib/workbench/action-results.ts";
import {
  addNoteFormSchema,
  changeStatusFormSchema,
  claimRefSchema,
  createClaimSchema,
  linkOutcomeFormSchema,
  unlinkOutcomeFormSchema,
  updateClaimFormSchema,
} from "@/lib/workbench/claim-schemas.ts";
import { createClaim, unpublishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { linkClaimFormSchema, linkClaims, unlinkClaimFormSchema, unlinkClaims } from "@/lib/workbench/claim-links.ts";
import { assignClaim, assignClaimFormSchema } from "@/lib/workbench/assignment.ts";
import { deleteDraftClaim } from "@/lib/workbench/claim-deletion.ts";
import { withdrawClaimFormSchema } from "@/lib/workbench/claim-withdrawal.ts";
import { approveChange, approveChangeFormSchema, proposeChange, returnChange, returnChangeFormSchema } from "@/lib/workbench/reviews.ts";
import { deletionFormSchema } from "@/lib/workbench/deletion-records.ts";
import { versionSchema } from "@/lib/fields.ts";
import { addNote } from "@/lib/workbench/notes.ts";
import { linkOutcome, unlinkOutcome } from "@/lib/workbench/outcomes.ts";

// Each action is serverAction (lib/actions.ts): the role guard first, then zod, then lib/workbench,
// then revalidate. Errors become states, never thrown to the client; the user's input is echoed
// back, and a stale version comes back as a conflict (fromClaimError).

const CLAIM_FIELDS = ["quote", "summary", "headline", "claimantId", "claimantName", "claimantTitle", "sourceId", "quoteOccurrence", "statedAt", "kind", "tags", "dueAt", "dueNote"];

// A claim shows up on the workbench, its public page, the index, claimant and source pages and the
// feed: purge them all rather than risk a reader seeing a stale status or an unpublished claim.
const ALL_PAGES = [["/", "layout"]] as const;

const claimPage = (id: number) => `/editor/claims/${id}`;

// On success the editor goes on to the new claim's page (the state is what a caller outside a
// browser navigation sees).
export const createClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: [...CLAIM_FIELDS, "visibility"],
  schema: createClaimSchema,
  run: (input, actor) => createClaim(db, actor, input),
  revalidate: ALL_PAGES,
  state: (claim) => ({
    status: "success",
    message: `Claim created${claim.visibility === "PUBLISHED" ? " and published" : " as a draft"}.`,
    data: { next: { href: claimPage(claim.id), label: "Open the claim to link outcomes and set its status" } },
  }),
  redirect: (claim) => claimPage(claim.id),
});

export const updateClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", ...CLAIM_FIELDS, "correction", "meaningUnchanged"],
  schema: updateClaimFormSchema,
  run: ({ id, version, ...changes }, actor) => updateClaim(db, actor, id, version, changes),
  revalidate: ALL_PAGES,
  state: (claim) => ({ status: "success", message: `Saved (version ${claim.version}).`, data: { next: { href: "#history", label: "See the change in the history" } } }),
});

// With review before publishing on, a change that needs it comes back as pending (lib/workbench/reviews.ts).
const SUBMITTED = { status: "success", message: "Submitted for review: another editor must approve it before readers see it." } as const;

export const changeStatusAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "status", "rationale", "correction"],
  schema: changeStatusFormSchema,
  run: ({ id, version, ...input }, actor) => proposeChange(db, actor, id, version, { kind: "STATUS", input }),
  revalidate: ALL_PAGES,
  state: (result, { id }) => {
    if ("pending" in result) return SUBMITTED;
    const next =
      result.applied.visibility === "DRAFT"
        ? { href: "#publish", label: "Publish the claim when it is ready for readers" }
        : { href: `/claims/${id}`, label: "See the public page" };
    return { status: "success", message: "Status changed.", data: { next } };
  },
});

export const publishClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version"],
  schema: claimRefSchema,
  run: ({ id, version }, actor) => proposeChange(db, actor, id, version, { kind: "PUBLISH" }),
  revalidate: ALL_PAGES,
  state: (result, { id }) =>
    "pending" in result
      ? SUBMITTED
      : { status: "success", message: "Published: readers can see the claim.", data: { next: { href: `/claims/${id}`, label: "See the public page" } } },
});

// Applied through the change's own function: the same refusals as a direct change, on the claim as it is now.
export const approveChangeAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["reviewId", "version"],
  schema: approveChangeFormSchema,
  run: ({ reviewId, version }, actor) => approveChange(db, actor, reviewId, version),
  revalidate: ALL_PAGES,
  state: (claim) => ({ status: "success", message: "Approved: the change is applied.", data: { next: { href: `/claims/${claim.id}`, label: "See the public page" } } }),
});

// Internal: the claim is unchanged, so only the workbench's pages are purged.
export const returnChangeAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["reviewId", "comment"],
  schema: returnChangeFormSchema,
  run: ({ reviewId, comment }, actor) => returnChange(db, actor, reviewId, comment),
  revalidate: [["/editor", "layout"]],
  state: () => ({ status: "success", message: "Returned to its author with your comment." }),
});

export const unpublishClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version"],
  schema: claimRefSchema,
  run: ({ id, version }, actor) => unpublishClaim(db, actor, id, version),
  revalidate: ALL_PAGES,
  state: () => ({ status: "success", message: "Unpublished: the claim is a draft again, hidden from readers." }),
});

// Internal: nothing readers see changes, so only the workbench's pages are purged.
export const assignClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "assigneeId"],
  schema: assignClaimFormSchema,
  run: ({ id, version, assigneeId }, actor) => assignClaim(db, actor, id, version, assigneeId),
  revalidate: [["/editor", "layout"]],
  state: (claim) => ({ status: "success", message: claim.assigneeId === null ? "Unassigned." : "Assigned." }),
});

export const linkOutcomeAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "outcomeId", "relation", "note"],
  schema: linkOutcomeFormSchema,
  run: ({ id, version, ...input }, actor) => linkOutcome(db, actor, id, version, input),
  revalidate: ALL_PAGES,
  state: () => ({ status: "success", message: "Outcome linked.", data: { next: { href: "#status", label: "Change the status with a rationale" } } }),
});

export const unlinkOutcomeAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "outcomeId"],
  schema: unlinkOutcomeFormSchema,
  run: ({ id, version, outcomeId }, actor) => unlinkOutcome(db, actor, id, version, outcomeId),
  revalidate: ALL_PAGES,
  state: () => ({ status: "success", message: "Outcome unlinked." }),
});

export const addNoteAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "body", "parentId"],
  schema: addNoteFormSchema,
  run: ({ id, ...note }, actor) => addNote(db, actor, id, note),
  revalidate: (_note, { id }) => [claimPage(id)],
  state: () => ({ status: "success", message: "Note added (visible to signed-in editors only)." }),
});

export const linkClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "otherClaimId", "kind"],
  schema: linkClaimFormSchema,
  run: ({ id, version, ...input }, actor) => linkClaims(db, actor, id, version, input),
  revalidate: ALL_PAGES,
  state: (_link, { kind, otherClaimId }) => ({
    status: "success",
    message: kind === "DUPLICATE_OF" ? `Marked as a duplicate of claim #${otherClaimId}: readers are sent there.` : `Linked to claim #${otherClaimId}.`,
  }),
});

export const unlinkClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "otherClaimId"],
  schema: unlinkClaimFormSchema,
  run: ({ id, version, otherClaimId }, actor) => unlinkClaims(db, actor, id, version, otherClaimId),
  revalidate: ALL_PAGES,
  state: (_result, { otherClaimId }) => ({ status: "success", message: `Link to claim #${otherClaimId} removed.` }),
});

export const withdrawClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "reason", "duplicateOf", "explanation", "correction"],
  schema: withdrawClaimFormSchema,
  run: ({ id, version, ...input }, actor) => proposeChange(db, actor, id, version, { kind: "WITHDRAW", input }),
  revalidate: ALL_PAGES,
  state: (result, { id }) =>
    "pending" in result
      ? SUBMITTED
      : {
          status: "success",
          message: `Withdrawn: readers now see “${result.applied.withdrawalReason}” instead of the claim, and it is listed nowhere.`,
          data: { next: { href: `/claims/${id}`, label: "See the withdrawal notice" } },
        },
});

// The claim's page then says who deleted it and when (the audit record); nothing public changes.
export const deleteClaimAction: ServerAction<WorkbenchFormState> = serverAction({
  role: "EDITOR",
  errors: fromClaimError,
  fields: ["id", "version", "reason"],
  schema: deletionFormSchema("claim").extend({ version: versionSchema }),
  run: ({ id, version, reason }, actor) => deleteDraftClaim(db, actor, id, version, reason),
  revalidate: [["/editor", "layout"]],
  state: (_record, { id }) => ({ status: "success", message: `Draft #${id} deleted.` }),
  redirect: (_record, { id }) => claimPage(id),
});

/**
 * One change to the claims selected in the list, or to all its query matches (lib/workbench/bulk.ts):
 * all or nothing, claims changed meanwhile skipped and named.
 */
export const bulkClaimsAction: ServerAction<ActionState> = serverAction({
  role: "EDITOR",
  fields: ["action", "assigneeId", "tag", "status", "rationale", "correction", "scope", "query"],
  read: (formData, values) => ({ ...values, claims: formData.getAll("claim") }),
  schema: bulkFormSchema,
  run: async ({ scope, query, claims, ...change }, user) => {
    const params = new URLSearchParams(query);
    const raw = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
    const targets = scope === "matching" ? await claimListTargets(db, parseClaimListQuery(raw).query, BULK_LIMIT, user.id) : claims;
    return applyBulkChange(db, user, targets, change);
  },
  revalidate: ALL_PAGES,
  state: (result) => ({ status: "success", message: describeBulkResult(result) }),
});
