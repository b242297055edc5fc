"use server";

import { revalidatePath } from "next/cache";
import { formValues, fromError, fromZodError } from "@/lib/action-state.ts";
import { requireRole } from "@/lib/accounts/auth.ts";
import { db } from "@/lib/platform/db.ts";
import { textFromUpload } from "@/lib/workbench/source-text.ts";
import type { Actor } from "@/lib/workbench/actor.ts";
import { createSource, deleteSource, sourceInputSchema, updateSource, type SourceInput } from "@/lib/workbench/sources.ts";
import { dismissSuggestion, restoreSuggestion, suggestionRefSchema, type SuggestionRef } from "@/lib/workbench/suggestions.ts";
import type { SourceFormState, SuggestionActionState } from "@/components/sources/types.ts";

const FIELDS = ["title", "publisher", "author", "url", "publishedAt", "body"] as const;
const sourceId = (formData: FormData) => Number(formData.get("id"));

/** The form's fields; an uploaded file, when given, supplies the body (and the title if none was typed). */
async function readSourceForm(formData: FormData) {
  const values = formValues(formData, FIELDS);
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    const upload = await textFromUpload(file);
    values.body = upload.text;
    if (!values.title?.trim() && upload.title) values.title = upload.title;
  }
  return values;
}

/**
 * Both saves: the role guard, the form (with an uploaded file) checked by zod, then `save`.
 * What the user typed comes back on any error.
 */
async function saveSource(formData: FormData, save: (actor: Actor, input: SourceInput) => Promise<SourceFormState>): Promise<SourceFormState> {
  let values = formValues(formData, FIELDS);
  try {
    const actor = await requireRole("EDITOR");
    values = await readSourceForm(formData);
    const parsed = sourceInputSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    return await save(actor, parsed.data);
  } catch (error) {
    return fromError(error, values);
  }
}

export async function createSourceAction(_previous: SourceFormState, formData: FormData): Promise<SourceFormState> {
  return saveSource(formData, async (actor, input) => {
    const source = await createSource(db, actor, input);
    revalidatePath("/editor/sources");
    return { status: "success", message: `Saved “${source.title}”.`, data: { id: source.id } };
  });
}

export async function updateSourceAction(_previous: SourceFormState, formData: FormData): Promise<SourceFormState> {
  return saveSource(formData, async (actor, input) => {
    const id = sourceId(formData);
    const report = await updateSource(db, actor, id, input);
    revalidatePath(`/editor/sources/${id}`);
    revalidatePath("/editor/sources");
    const moved = report.relocated.length ? ` ${report.relocated.length} claim anchor(s) re-located.` : "";
    const lost = report.orphaned.length ? ` ${report.orphaned.length} claim(s) orphaned: their words are no longer in the text.` : "";
    return { status: "success", message: `Saved.${moved}${lost}`, data: { id, report } };
  });
}

export async function deleteSourceAction(_previous: SourceFormState, formData: FormData): Promise<SourceFormState> {
  try {
    const actor = await requireRole("EDITOR");
    await deleteSource(db, actor, sourceId(formData));
    revalidatePath("/editor/sources");
    return { status: "success", message: "The source was deleted." };
  } catch (error) {
    return fromError(error);
  }
}

const SUGGESTION_FIELDS = ["sourceId", "start", "end", "text"] as const;
const shortQuote = (text: string) => (text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`);

/** Dismiss and restore: the role guard, the suggestion's span checked by zod, then `change`. */
async function changeSuggestion(
  formData: FormData,
  change: (actor: Actor, ref: SuggestionRef) => Promise<SuggestionActionState>,
): Promise<SuggestionActionState> {
  const values = formValues(formData, SUGGESTION_FIELDS);
  try {
    const actor = await requireRole("EDITOR");
    const parsed = suggestionRefSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const result = await change(actor, parsed.data);
    revalidatePath(`/editor/sources/${parsed.data.sourceId}`);
    return result;
  } catch (error) {
    return fromError(error, values);
  }
}

export async function dismissSuggestionAction(_previous: SuggestionActionState, formData: FormData): Promise<SuggestionActionState> {
  return changeSuggestion(formData, async (actor, ref) => {
    const dismissed = await dismissSuggestion(db, actor, ref);
    return { status: "success", message: `Dismissed ${shortQuote(ref.text)}.`, data: { dismissed } };
  });
}

export async function restoreSuggestionAction(_previous: SuggestionActionState, formData: FormData): Promise<SuggestionActionState> {
  return changeSuggestion(formData, async (actor, ref) => {
    await restoreSuggestion(db, actor, ref);
    return { status: "success", message: `Restored ${shortQuote(ref.text)}.` };
  });
}
