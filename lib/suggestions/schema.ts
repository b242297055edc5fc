import { z } from "zod";
import { ClaimKind } from "@/generated/prisma/enums.ts";

/** One proposed claim. `text === body.slice(start, end)` always (UTF-16 offsets, quote marks excluded). */
export const suggestionSchema = z
  .object({
    kind: z.enum(["quote", "reported"]),
    text: z.string().min(1),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    speaker: z.string().nullable(),
    speakerTitle: z.string().nullable(),
    claimKind: z.enum(ClaimKind),
    dueDate: z.iso.date().nullable(),
  })
  .strict();

export type Suggestion = z.infer<typeof suggestionSchema>;
export type SuggestionKind = Suggestion["kind"];

export const suggestionListSchema = z.array(suggestionSchema);

/** A span of the article body: [start, end) in UTF-16 code units. */
export type Span = { start: number; end: number };
