import { z } from "zod";
import { ClaimKind, ClaimStatus, OutcomeRelation, Visibility } from "@/generated/prisma/enums.ts";
import { CLAIM_TEXT_LIMITS, NEW_CLAIMANT } from "@/lib/workbench/claim-form-values.ts";
import { dateToIso, idSchema, isoDate, optionalId, optionalIsoDate, optionalText, positiveInteger, requiredText, safeText, versionSchema } from "@/lib/fields.ts";

// Defined beside the claim form's values (no zod there: the form's client bundle imports it).
export { NEW_CLAIMANT };

/** A tag as stored: trimmed, lower case, spaces as hyphens ("Peace treaty" → "peace-treaty"). */
export const normaliseTag = (tag: string) => tag.trim().toLowerCase().replace(/\s+/g, "-");

/** Tags are kebab-case words ("peace-treaty"); a form sends them comma-separated, a CSV cell with commas or semicolons. */
const tagsSchema = z
  .union([z.array(z.string()), z.string().transform((text) => text.split(/[;,]/))])
  .transform((tags) => [...new Set(tags.map(normaliseTag).filter(Boolean))])
  .pipe(z.array(safeText("a tag", 50)).max(20, "Use at most 20 tags."));

/** Which occurrence of the quote in the source is meant, 1-based, when it occurs more than once. */
const occurrenceSchema = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === "" || value === null ? undefined : value))
  .pipe(positiveInteger("Count occurrences from 1: enter 1, 2, 3…").optional());

/** The statement's date and its due date, as every way in checks them. */
export const STATED_AT_LABEL = "the date of the statement";
const statedAtSchema = isoDate(STATED_AT_LABEL, { notAfterToday: true });
const dueAtSchema = optionalIsoDate("the due date");

/** A due date before the statement is refused, on the due date's field; null when the two fit. */
export function dueDateIssue(statedAt: Date, dueAt: Date | null): string | null {
  if (dueAt === null || dueAt >= statedAt) return null;
  return `The due date cannot be before the statement (${dateToIso(statedAt)}).`;
}

const claimFields = z.object({
  quote: requiredText("the exact words of the statement", CLAIM_TEXT_LIMITS.quote, { multiline: true }),
  summary: requiredText("a neutral summary", CLAIM_TEXT_LIMITS.summary, { multiline: true }),
  /** The verdict in one line for readers; required to publish (headlineIssue). */
  headline: optionalText("the headline", CLAIM_TEXT_LIMITS.headline),
  claimantId: z
    .union([z.string(), z.number()], { error: "Choose who made the statement." })
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.union([z.literal(NEW_CLAIMANT), idSchema("claimant")], { error: "Choose who made the statement." })),
  /** Only read when claimantId is NEW_CLAIMANT. */
  claimantName: optionalText("the claimant's name", CLAIM_TEXT_LIMITS.claimantName),
  claimantTitle: optionalText("the claimant's role", CLAIM_TEXT_LIMITS.claimantTitle),
  sourceId: optionalId("source"),
  quoteOccurrence: occurrenceSchema,
  statedAt: statedAtSchema,
  kind: z.enum(ClaimKind, { error: "Choose the kind of statement." }),
  tags: tagsSchema,
  /** When to look at the claim again; a promise or prediction usually has one. */
  dueAt: dueAtSchema,
  dueNote: optionalText("the due-date note", CLAIM_TEXT_LIMITS.dueNote),
});

/**
 * Readers meet a published claim by its headline (page title, verdict block, shared image), so a
 * claim is published only with one: the rule for creating it published, publishing it and editing a
 * published claim, whichever way in (the database's CHECK constraint Claim_published_has_headline
 * backs it). Null when the two fit.
 */
export function headlineIssue(visibility: Visibility, headline: string | null | undefined): string | null {
  if (visibility !== "PUBLISHED" || headline) return null;
  return "Readers see a published claim by its headline: write one (the verdict in one line) before publishing.";
}

const checkHeadline = (fields: { visibility?: unknown; headline?: unknown }, context: z.RefinementCtx) => {
  if (fields.visibility !== "PUBLISHED") return;
  const issue = headlineIssue("PUBLISHED", typeof fields.headline === "string" ? fields.headline : null);
  if (issue) context.addIssue({ code: "custom", path: ["headline"], message: issue });
};

// Runs also when other fields failed (zod 4 runs refinements after non-fatal issues): all errors show at once.
const checkDueDate = (fields: { statedAt?: unknown; dueAt?: unknown }, context: z.RefinementCtx) => {
  if (!(fields.statedAt instanceof Date) || !(fields.dueAt instanceof Date)) return;
  const issue = dueDateIssue(fields.statedAt, fields.dueAt);
  if (issue) context.addIssue({ code: "custom", path: ["dueAt"], message: issue });
};

/** A new claimant needs a name; checked even when other fields are invalid, so all errors show at once. */
const hasNewClaimantName = (fields: { claimantId?: unknown; claimantName?: unknown }) =>
  fields.claimantId !== NEW_CLAIMANT || Boolean(fields.claimantName);
const newClaimantNameIssue = { path: ["claimantName"], message: "Enter the new claimant's name.", when: () => true };

export const createClaimSchema = claimFields
  .extend({ tags: tagsSchema.default([]), visibility: z.enum(Visibility, { error: "Choose draft or published." }).default("DRAFT") })
  .refine(hasNewClaimantName, newClaimantNameIssue)
  .superRefine(checkDueDate)
  .superRefine(checkHeadline);

/**
 * A claim as lib/workbench/claims.ts creates it, whatever the way in (form, import, seed, script):
 * the claim's own fields, its claimant as a reference, and where it was taken from.
 */
export const newClaimSchema = claimFields
  .omit({ claimantId: true, claimantName: true, claimantTitle: true })
  .extend({
    tags: tagsSchema.default([]),
    visibility: z.enum(Visibility, { error: "Choose draft or published." }).default("DRAFT"),
    claimant: z.union([
      z.object({ id: idSchema("claimant") }),
      z.object({ name: requiredText("the claimant's name", 200), title: optionalText("the claimant's role", CLAIM_TEXT_LIMITS.claimantTitle) }),
    ]),
    /** The import's key, so that importing a file again changes nothing. */
    externalId: optionalText("the external id", 200),
  })
  .superRefine(checkDueDate)
  .superRefine(checkHeadline);

/** An edit sends only the fields it changes (a form sends them all). */
/**
 * A note readers see when a published claim is corrected (lib/workbench/corrections.ts says when it
 * is required). Empty means none.
 */
export const correctionSchema = optionalText("the correction note", CLAIM_TEXT_LIMITS.correction, { multiline: true });

/** A checkbox as a form sends it ("on", or absent) or as a script does (true/false). */
const ticked = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/**
 * An edit sends only the fields it changes (a form sends them all). `meaningUnchanged`: the editor
 * says a quote, summary or headline edit of a published claim fixes a typo and is no correction.
 */
export const claimChangesSchema = claimFields
  .partial()
  .extend({ correction: correctionSchema, meaningUnchanged: ticked })
  .refine(hasNewClaimantName, newClaimantNameIssue);

export const claimRefSchema = z.object({ id: idSchema("claim"), version: versionSchema });

export const updateClaimFormSchema = z.intersection(claimRefSchema, claimChangesSchema);

export const changeStatusSchema = z.object({
  status: z.enum(ClaimStatus, { error: "Choose a status." }),
  rationale: requiredText("the rationale: why the status changes", 5000, { multiline: true }),
  correction: correctionSchema,
});

export const changeStatusFormSchema = claimRefSchema.extend(changeStatusSchema.shape);

export const linkOutcomeSchema = z.object({
  outcomeId: idSchema("outcome"),
  relation: z.enum(OutcomeRelation, { error: "Choose how the outcome bears on the claim." }),
  note: optionalText("the note", 2000, { multiline: true }),
});

export const linkOutcomeFormSchema = claimRefSchema.extend(linkOutcomeSchema.shape);

export const unlinkOutcomeFormSchema = claimRefSchema.extend({ outcomeId: idSchema("outcome") });

/** An internal note, or an answer to one (`parentId`); "@Name" in it tells that editor (lib/workbench/mentions.ts). */
export const noteSchema = z.object({ body: requiredText("the note", 5000, { multiline: true }), parentId: optionalId("note") });

export const addNoteFormSchema = noteSchema.extend({ id: idSchema("claim") });

export type CreateClaimInput = z.input<typeof createClaimSchema>;
export type NewClaimInput = z.input<typeof newClaimSchema>;
export type ClaimChanges = z.input<typeof claimChangesSchema>;
export type ChangeStatusInput = z.input<typeof changeStatusSchema>;
export type LinkOutcomeInput = z.input<typeof linkOutcomeSchema>;
export type NoteInput = z.input<typeof noteSchema>;
