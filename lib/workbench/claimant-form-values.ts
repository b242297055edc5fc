import type { Claimant } from "@/generated/prisma/client.ts";
import type { ClaimantKind } from "@/generated/prisma/enums.ts";

// What the claimant form holds, for the form (a client component) and the server alike. No zod, no
// database here: the form's bundle carries this module.

/** The longest text each field takes (claimant-schemas.ts refuses longer, naming the limit). */
export const CLAIMANT_TEXT_LIMITS = { name: 200, title: 200, organisation: 200, country: 100, alias: 200, description: 1000 } as const;
export const MAX_ALIASES = 50;

/** The form's fields, in its order: what an action reads and echoes back on an error. */
export const CLAIMANT_FIELDS = ["name", "kind", "title", "titleFrom", "titleUntil", "organisation", "country", "aliases", "wikidataId", "description"] as const;

type ClaimantFields = Pick<Claimant, (typeof CLAIMANT_FIELDS)[number]>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** A claimant's editable fields as the form holds them: text, aliases one per line. */
export function claimantFormValues(claimant: ClaimantFields): Record<Exclude<(typeof CLAIMANT_FIELDS)[number], "kind">, string> & { kind: ClaimantKind } {
  return {
    name: claimant.name,
    kind: claimant.kind,
    title: claimant.title ?? "",
    titleFrom: day(claimant.titleFrom),
    titleUntil: day(claimant.titleUntil),
    organisation: claimant.organisation ?? "",
    country: claimant.country ?? "",
    aliases: claimant.aliases.join("\n"),
    wikidataId: claimant.wikidataId ?? "",
    description: claimant.description ?? "",
  };
}
