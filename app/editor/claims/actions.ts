"use server";

import { revalidatePath } from "next/cache";
import { formValues, fromZodError } from "@/lib/action-state.ts";
import { requireRole } from "@/lib/accounts/auth.ts";
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
import { changeStatus, createClaim, publishClaim, unpublishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { linkClaimFormSchema, linkClaims, unlinkClaimFormSchema, unlinkClaims } from "@/lib/workbench/claim-links.ts";
import { addNote } from "@/lib/workbench/notes.ts";
import { linkOutcome, unlinkOutcome } from "@/lib/workbench/outcomes.ts";

// Each action: the role guard first, then zod, then lib/workbench, then revalidate. Errors become
// states (lib/action-state.ts), never thrown to the client; the user's input is echoed back.

const CLAIM_FIELDS = ["quote", "summary", "claimantId", "claimantName", "claimantTitle", "sourceId", "quoteOccurrence", "statedAt", "kind", "tags", "dueAt", "dueNote"];

// A claim shows up on the workbench, its public page, the index, claimant and source pages and the
// feed: purge them all rather than risk a reader seeing a stale status or an unpublished claim.
function revalidateClaims(): void {
  revalidatePath("/", "layout");
}

const claimPage = (id: number) => `/editor/claims/${id}`;

export async function createClaimAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, [...CLAIM_FIELDS, "visibility"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = createClaimSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const claim = await createClaim(db, actor, parsed.data);
    revalidateClaims();
    return {
      status: "success",
      message: `Claim created${claim.visibility === "PUBLISHED" ? " and published" : " as a draft"}.`,
      data: { next: { href: claimPage(claim.id), label: "Open the claim to link outcomes and set its status" } },
    };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function updateClaimAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version", ...CLAIM_FIELDS]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = updateClaimFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const { id, version, ...changes } = parsed.data;
    const claim = await updateClaim(db, actor, id, version, changes);
    revalidateClaims();
    return { status: "success", message: `Saved (version ${claim.version}).`, data: { next: { href: "#history", label: "See the change in the history" } } };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function changeStatusAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version", "status", "rationale"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = changeStatusFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const { id, version, ...input } = parsed.data;
    const claim = await changeStatus(db, actor, id, version, input);
    revalidateClaims();
    const next =
      claim.visibility === "DRAFT"
        ? { href: "#publish", label: "Publish the claim when it is ready for readers" }
        : { href: `/claims/${id}`, label: "See the public page" };
    return { status: "success", message: "Status changed.", data: { next } };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function publishClaimAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = claimRefSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    await publishClaim(db, actor, parsed.data.id, parsed.data.version);
    revalidateClaims();
    return { status: "success", message: "Published: readers can see the claim.", data: { next: { href: `/claims/${parsed.data.id}`, label: "See the public page" } } };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function unpublishClaimAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = claimRefSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    await unpublishClaim(db, actor, parsed.data.id, parsed.data.version);
    revalidateClaims();
    return { status: "success", message: "Unpublished: the claim is a draft again, hidden from readers." };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function linkOutcomeAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version", "outcomeId", "relation", "note"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = linkOutcomeFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const { id, version, ...input } = parsed.data;
    await linkOutcome(db, actor, id, version, input);
    revalidateClaims();
    return { status: "success", message: "Outcome linked.", data: { next: { href: "#status", label: "Change the status with a rationale" } } };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function unlinkOutcomeAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version", "outcomeId"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = unlinkOutcomeFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    await unlinkOutcome(db, actor, parsed.data.id, parsed.data.version, parsed.data.outcomeId);
    revalidateClaims();
    return { status: "success", message: "Outcome unlinked." };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function addNoteAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "body"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = addNoteFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    await addNote(db, actor, parsed.data.id, { body: parsed.data.body });
    revalidatePath(claimPage(parsed.data.id));
    return { status: "success", message: "Note added (visible to signed-in editors only)." };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function linkClaimAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version", "otherClaimId", "kind"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = linkClaimFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const { id, version, ...input } = parsed.data;
    await linkClaims(db, actor, id, version, input);
    revalidateClaims();
    return {
      status: "success",
      message: input.kind === "DUPLICATE_OF" ? `Marked as a duplicate of claim #${input.otherClaimId}: readers are sent there.` : `Linked to claim #${input.otherClaimId}.`,
    };
  } catch (error) {
    return fromClaimError(error, values);
  }
}

export async function unlinkClaimAction(_previous: WorkbenchFormState, formData: FormData): Promise<WorkbenchFormState> {
  const values = formValues(formData, ["id", "version", "otherClaimId"]);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = unlinkClaimFormSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    await unlinkClaims(db, actor, parsed.data.id, parsed.data.version, parsed.data.otherClaimId);
    revalidateClaims();
    return { status: "success", message: `Link to claim #${parsed.data.otherClaimId} removed.` };
  } catch (error) {
    return fromClaimError(error, values);
  }
}
