"use server";

import { z } from "zod";
import { serverAction, type ServerAction } from "@/lib/actions.ts";
import { idSchema } from "@/lib/fields.ts";
import { db } from "@/lib/platform/db.ts";
import { textFromUpload } from "@/lib/workbench/source-text.ts";
import { createSource, deleteSource, sourceInputSchema, sourceUpdateSchema, updateSource } from "@/lib/workbench/sources.ts";
import { addAppearance, addAppearanceSchema } from "@/lib/workbench/appearances.ts";
import { deletionFormSchema } from "@/lib/workbench/deletion-records.ts";
import { dismissSuggestion, dismissSuggestions, restoreSuggestion, suggestionRefSchema, suggestionRefsSchema } from "@/lib/workbench/suggestions.ts";
import type { SourceFormState, SuggestionActionState } from "@/components/sources/types.ts";

// Each action is serverAction (lib/actions.ts): the role guard first, then zod, then
// lib/workbench, then revalidate; what the user typed comes back on any error.

const FIELDS = ["title", "publisher", "author", "url", "publishedAt", "retrievedAt", "archiveUrls", "body"];

/**
 * The form's fields; an uploaded file, when given, supplies the body (and the title if none was
 * typed) and is kept as the source's original. Read only once the guard let the caller through.
 */
async function readSourceForm(formData: FormData, values: Record<string, string>): Promise<Record<string, unknown>> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return values;
  const upload = await textFromUpload(file);
  const title = !values.title?.trim() && upload.title ? upload.title : values.title;
  return { ...values, body: upload.text, original: upload.original, ...(title === undefined ? {} : { title }) };
}

const sourceRefSchema = z.object({ id: idSchema("source") });

export const createSourceAction: ServerAction<SourceFormState> = serverAction({
  role: "EDITOR",
  fields: FIELDS,
  read: readSourceForm,
  schema: sourceInputSchema,
  run: (input, actor) => createSource(db, actor, input),
  revalidate: ["/editor/sources"],
  state: (source) => ({ status: "success", message: `Saved “${source.title}”.`, data: { id: source.id } }),
});

export const updateSourceAction: ServerAction<SourceFormState> = serverAction({
  role: "EDITOR",
  fields: ["id", "textVersion", "versionReason", ...FIELDS],
  read: readSourceForm,
  schema: sourceUpdateSchema.extend(sourceRefSchema.shape),
  run: ({ id, ...input }, actor) => updateSource(db, actor, id, input),
  revalidate: (_report, { id }) => [`/editor/sources/${id}`, "/editor/sources"],
  state: (report, { id }) => {
    const moved = report.relocated.length ? ` ${report.relocated.length} claim anchor(s) re-located.` : "";
    const lost = report.orphaned.length ? ` ${report.orphaned.length} claim(s) orphaned: their words are no longer in the text.` : "";
    return { status: "success", message: `Saved.${moved}${lost}`, data: { id, report } };
  },
});

// The source's page then says who deleted it and when (the audit record).
export const deleteSourceAction: ServerAction<SourceFormState> = serverAction({
  role: "EDITOR",
  fields: ["id", "reason"],
  schema: deletionFormSchema("source"),
  run: ({ id, reason }, actor) => deleteSource(db, actor, id, reason),
  revalidate: [["/editor", "layout"]],
  state: () => ({ status: "success", message: "The source was deleted." }),
  redirect: (_record, { id }) => `/editor/sources/${id}`,
});

const SUGGESTION_FIELDS = ["sourceId", "start", "end", "text"];
const shortQuote = (text: string) => (text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`);

export const dismissSuggestionAction: ServerAction<SuggestionActionState> = serverAction({
  role: "EDITOR",
  fields: SUGGESTION_FIELDS,
  schema: suggestionRefSchema,
  run: (ref, actor) => dismissSuggestion(db, actor, ref),
  revalidate: (_dismissed, ref) => [`/editor/sources/${ref.sourceId}`],
  state: (dismissed, ref) => ({ status: "success", message: `Dismissed ${shortQuote(ref.text)}.`, data: { dismissed } }),
});

// The checked boxes of the source page's suggestions, each "start:end:words", dismissed together.
export const dismissSuggestionsAction: ServerAction<SuggestionActionState> = serverAction({
  role: "EDITOR",
  fields: ["sourceId"],
  read: (formData, values) => ({ ...values, suggestions: formData.getAll("suggestion").filter((value) => typeof value === "string") }),
  schema: suggestionRefsSchema,
  run: (input, actor) => dismissSuggestions(db, actor, input),
  revalidate: (_dismissed, { sourceId }) => [`/editor/sources/${sourceId}`],
  state: (dismissed) => ({ status: "success", message: dismissed.length === 1 ? "Dismissed 1 suggestion." : `Dismissed ${dismissed.length} suggestions.` }),
});

export const restoreSuggestionAction: ServerAction<SuggestionActionState> = serverAction({
  role: "EDITOR",
  fields: SUGGESTION_FIELDS,
  schema: suggestionRefSchema,
  run: (ref, actor) => restoreSuggestion(db, actor, ref),
  revalidate: (_restored, ref) => [`/editor/sources/${ref.sourceId}`],
  state: (_restored, ref) => ({ status: "success", message: `Restored ${shortQuote(ref.text)}.` }),
});

// A suggestion repeating a claim of another source, added to that claim as another appearance.
export const addAppearanceAction: ServerAction<SuggestionActionState> = serverAction({
  role: "EDITOR",
  fields: [...SUGGESTION_FIELDS, "claimId"],
  schema: addAppearanceSchema,
  run: (input, actor) => addAppearance(db, actor, input),
  revalidate: (_appearance, { sourceId, claimId }) => [`/editor/sources/${sourceId}`, `/editor/claims/${claimId}`],
  state: (_appearance, { claimId, text }) => ({ status: "success", message: `Added this source as an appearance of claim #${claimId}: ${shortQuote(text)}.` }),
});
