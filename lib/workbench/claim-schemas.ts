import { z } from "zod";
import { ClaimKind, ClaimStatus, OutcomeRelation, Visibility } from "@/generated/prisma/enums.ts";
import { idSchema, isoDate, optionalId, optionalIsoDate, optionalText, requiredText, versionSchema } from "@/lib/fields.ts";

/** The value of the claimant select that asks for a new claimant, created with the claim. */
export const NEW_CLAIMANT = "new";

/** Tags are kebab-case words ("peace-treaty"); a form sends them comma-separated. */
const tagsSchema = z
  .union([z.array(z.string()), z.string().transform((text) => text.split(","))])
  .transform((tags) => [...new Set(tags.map((tag) => tag.trim().toLowerCase().replace(/\s+/g, "-")).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(50, "Keep each tag under 51 characters."))
      .max(20, "Use at most 20 tags."),
  );

const claimFields = z.object({
  quote: requiredText("the exact words of the statement", 2000),
  summary: requiredText("a neutral summary", 2000),
  claimantId: z
    .union([z.string(), z.number()], { error: "Choose who made the statement." })
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.union([z.literal(NEW_CLAIMANT), idSchema("claimant")], { error: "Choose who made the statement." })),
  /** Only read when claimantId is NEW_CLAIMANT. */
  claimantName: optionalText("the claimant's name", 200),
  claimantTitle: optionalText("the claimant's role", 200),
  sourceId: optionalId("source"),
  /** 1-based: which occurrence of the quote in the source is meant, when it occurs more than once. */
  quoteOccurrence: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value) => (value === "" || value === null ? undefined : value))
    .pipe(z.coerce.number<string | number>().int("Enter a whole number.").positive("Count occurrences from 1.").optional()),
  statedAt: isoDate("the date of the statement"),
  kind: z.enum(ClaimKind, { error: "Choose the kind of statement." }),
  tags: tagsSchema,
  /** When to look at the claim again; a promise or prediction usually has one. */
  dueAt: optionalIsoDate("the due date"),
  dueNote: optionalText("the due-date note", 300),
});

/** A new claimant needs a name; checked even when other fields are invalid, so all errors show at once. */
const hasNewClaimantName = (fields: { claimantId?: unknown; claimantName?: unknown }) =>
  fields.claimantId !== NEW_CLAIMANT || Boolean(fields.claimantName);
const newClaimantNameIssue = { path: ["claimantName"], message: "Enter the new claimant's name.", when: () => true };

export const createClaimSchema = claimFields
  .extend({ tags: tagsSchema.default([]), visibility: z.enum(Visibility, { error: "Choose draft or published." }).default("DRAFT") })
  .refine(hasNewClaimantName, newClaimantNameIssue);

/** An edit sends only the fields it changes (a form sends them all). */
export const claimChangesSchema = claimFields.partial().refine(hasNewClaimantName, newClaimantNameIssue);

export const claimRefSchema = z.object({ id: idSchema("claim"), version: versionSchema });

export const updateClaimFormSchema = z.intersection(claimRefSchema, claimChangesSchema);

export const changeStatusSchema = z.object({
  status: z.enum(ClaimStatus, { error: "Choose a status." }),
  rationale: requiredText("the rationale: why the status changes", 5000),
});

export const changeStatusFormSchema = claimRefSchema.extend(changeStatusSchema.shape);

export const linkOutcomeSchema = z.object({
  outcomeId: idSchema("outcome"),
  relation: z.enum(OutcomeRelation, { error: "Choose how the outcome bears on the claim." }),
  note: optionalText("the note", 2000),
});

export const linkOutcomeFormSchema = claimRefSchema.extend(linkOutcomeSchema.shape);

export const unlinkOutcomeFormSchema = claimRefSchema.extend({ outcomeId: idSchema("outcome") });

export const noteSchema = z.object({ body: requiredText("the note", 5000) });

export const addNoteFormSchema = noteSchema.extend({ id: idSchema("claim") });

export type CreateClaimInput = z.input<typeof createClaimSchema>;
export type ClaimChanges = z.input<typeof claimChangesSchema>;
export type ChangeStatusInput = z.input<typeof changeStatusSchema>;
export type LinkOutcomeInput = z.input<typeof linkOutcomeSchema>;
export type NoteInput = z.input<typeof noteSchema>;
