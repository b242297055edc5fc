import { z } from "zod";
import { ClaimKind } from "@/generated/prisma/enums.ts";

const spanSchema = z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() }).strict();

/**
 * One proposed claim. `text === body.slice(start, end)` always (UTF-16 offsets).
 * - `parts`: the quoted words inside the span, without quotation marks — one part, the whole span, except
 *   for a quote that continues after its attribution ("…,” she said. “…”), whose span runs over the
 *   attribution between its parts.
 * - `partOf` / `selected`: a quote longer than ~300 characters is offered as its sentences, each with the
 *   whole quote's span in `partOf`; only the first is `selected`. Everything else has `partOf: null`
 *   and is selected.
 * - `statedAt`: the day the statement was made — from the text when it says when (`statedAtSource:
 *   "text"`; `statedAtApproximate` for "last week", "in August"), else the day the text gives the same
 *   speaker's statement just before ("speaker"), else the article's date ("article"), else null.
 */
export const suggestionSchema = z
  .object({
    kind: z.enum(["quote", "reported"]),
    text: z.string().min(1),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    parts: z.array(spanSchema).min(1),
    partOf: spanSchema.nullable(),
    selected: z.boolean(),
    speaker: z.string().nullable(),
    speakerTitle: z.string().nullable(),
    /** The organisation the speaker speaks for ("State Department" for its spokesperson), when the text names one. */
    speakerAffiliation: z.string().nullable().optional(),
    claimKind: z.enum(ClaimKind),
    statedAt: z.iso.date().nullable(),
    statedAtSource: z.enum(["text", "speaker", "article"]).nullable(),
    statedAtApproximate: z.boolean(),
    dueDate: z.iso.date().nullable(),
  })
  .strict();

export type Suggestion = z.infer<typeof suggestionSchema>;
export type SuggestionKind = Suggestion["kind"];

export const suggestionListSchema = z.array(suggestionSchema);

/** A span of the article body: [start, end) in UTF-16 code units. */
export type Span = { start: number; end: number };
