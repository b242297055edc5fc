import { z } from "zod";
import { ClaimantKind } from "@/generated/prisma/enums.ts";
import { controlCharacterIssue, idSchema, optionalIsoDate, optionalText, requiredText } from "@/lib/fields.ts";
import { CLAIMANT_TEXT_LIMITS, MAX_ALIASES } from "@/lib/workbench/claimant-form-values.ts";

/** "Q312590": a Wikidata item. */
export const WIKIDATA_ID = /^Q[1-9]\d*$/;

const wikidataId = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value.trim() : null))
  .pipe(z.string().regex(WIKIDATA_ID, "Enter a Wikidata id: Q followed by its number, like Q312590.").nullable());

/**
 * Two spellings of a name count as one alias when they differ in case alone: "Mevlüt Çavuşoğlu" is
 * worth keeping beside "Mevlut Cavusoglu" (readers see it), "MEVLUT CAVUSOGLU" is not.
 */
export const aliasKey = (name: string) => name.normalize("NFC").toLowerCase();

/**
 * Other names, one per line in the form (or a list): trimmed, blank lines dropped, each kept once
 * (case aside) and never the claimant's own name, which the schema below removes.
 */
const aliases = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((value, context) => {
    const lines = (Array.isArray(value) ? value : (value ?? "").split(/\r\n|\r|\n/)).map((line) => line.trim()).filter(Boolean);
    const kept = new Map<string, string>();
    lines.forEach((line, index) => {
      const issue = controlCharacterIssue(line, `alias ${index + 1}`);
      if (issue) context.addIssue({ code: "custom", message: issue });
      else if (line.length > CLAIMANT_TEXT_LIMITS.alias) {
        context.addIssue({ code: "custom", message: `Alias ${index + 1}: at most ${CLAIMANT_TEXT_LIMITS.alias} characters (this has ${line.length}).` });
      } else if (!kept.has(aliasKey(line))) kept.set(aliasKey(line), line);
    });
    if (kept.size > MAX_ALIASES) context.addIssue({ code: "custom", message: `At most ${MAX_ALIASES} aliases (this has ${kept.size}).` });
    return [...kept.values()];
  });

export const claimantSchema = z
  .object({
    name: requiredText("the name", CLAIMANT_TEXT_LIMITS.name),
    kind: z.enum(ClaimantKind, { error: "Choose person or organisation." }),
    title: optionalText("the title or role", CLAIMANT_TEXT_LIMITS.title),
    titleFrom: optionalIsoDate("the date the role began", { notBefore: "1800-01-01" }),
    titleUntil: optionalIsoDate("the date the role ended", { notBefore: "1800-01-01" }),
    organisation: optionalText("the organisation", CLAIMANT_TEXT_LIMITS.organisation),
    country: optionalText("the country", CLAIMANT_TEXT_LIMITS.country),
    aliases,
    wikidataId,
    description: optionalText("the description", CLAIMANT_TEXT_LIMITS.description, { multiline: true }),
  })
  .superRefine((claimant, context) => {
    if (claimant.titleFrom && claimant.titleUntil && claimant.titleUntil < claimant.titleFrom) {
      context.addIssue({ code: "custom", path: ["titleUntil"], message: "The role cannot end before it began." });
    }
    if ((claimant.titleFrom || claimant.titleUntil) && !claimant.title) {
      context.addIssue({ code: "custom", path: ["title"], message: "Enter the title or role these dates belong to." });
    }
  })
  .transform((claimant) => ({ ...claimant, aliases: claimant.aliases.filter((alias) => aliasKey(alias) !== aliasKey(claimant.name)) }));

export type ClaimantInput = z.input<typeof claimantSchema>;
export type ClaimantData = z.output<typeof claimantSchema>;

/**
 * The version the editor saw: the claimant's `updatedAt` as the form got it. A save from an older
 * page is refused instead of overwriting what someone else saved since.
 */
export const claimantVersionSchema = z.iso.datetime({ error: "Reload the page: the form has no version." }).transform((text) => new Date(text));

export const updateClaimantFormSchema = z.intersection(
  z.object({ id: idSchema("claimant"), updatedAt: claimantVersionSchema }),
  claimantSchema,
);

/** Merging: the claimant that stays, and the one whose claims, names and address it takes over. */
export const mergeClaimantsSchema = z
  .object({ survivorId: idSchema("claimant"), mergedId: idSchema("claimant") })
  .refine((merge) => merge.survivorId !== merge.mergedId, { path: ["mergedId"], message: "Choose another claimant: a claimant cannot be merged into itself." });

export type MergeClaimantsInput = z.input<typeof mergeClaimantsSchema>;
