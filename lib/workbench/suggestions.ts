import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimKind } from "@/generated/prisma/enums.ts";
import { DomainError } from "@/lib/errors.ts";
import { parseId } from "@/lib/params.ts";
import { suggestClaims, type Suggestion } from "@/lib/suggestions/index.ts";
import { findDueDate, guessClaimKind } from "@/lib/suggestions/kind-and-due.ts";
import { matchClaimants } from "@/lib/suggestions/match-claimants.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { NEW_CLAIMANT } from "@/lib/workbench/claim-schemas.ts";
import { dateToIso, idSchema } from "@/lib/fields.ts";

// Suggested claims on the editor's source page (issue #8). A dismissal is remembered per source by
// its span and words: when the source's text is edited so that body.slice(start, end) is no longer
// those words, the dismissal simply no longer applies (the row stays, inert).

/** Who said it: an existing claimant (id), a new one (id null), or nobody found. */
type SuggestedClaimant = { id: number | null; name: string; title: string | null } | null;

export type SourceSuggestion = Suggestion & {
  claimant: SuggestedClaimant;
  /** 1-based: which occurrence of `text` in the body starts at `start` (as the claim form asks). */
  occurrence: number;
  /** A claim of this source whose anchor overlaps the suggestion's words. */
  claimId: number | null;
  dismissed: boolean;
};

/** 1-based occurrence of `text` starting at `start`, counting overlapping matches as lib/anchors.ts does. */
export function occurrenceAt(body: string, text: string, start: number): number {
  let count = 0;
  for (let at = body.indexOf(text); at !== -1 && at <= start; at = body.indexOf(text, at + 1)) count++;
  return count;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The suggestions for a source with their claimant, created claim and dismissal; null for an unknown source. */
export async function loadSuggestions(prisma: PrismaClient, sourceId: number): Promise<SourceSuggestion[] | null> {
  const [source, claimants] = await Promise.all([
    prisma.source.findUnique({
      where: { id: sourceId },
      select: {
        body: true,
        publishedAt: true,
        claims: { where: { anchorStart: { not: null }, anchorEnd: { not: null } }, select: { id: true, anchorStart: true, anchorEnd: true } },
        dismissedSuggestions: { select: { start: true, end: true, text: true } },
      },
    }),
    prisma.claimant.findMany({ select: { id: true, name: true, title: true, aliases: true } }),
  ]);
  if (!source) return null;

  const suggestions = suggestClaims(source.body, { publishedAt: source.publishedAt });
  const matches = matchClaimants(suggestions, claimants);
  const byId = new Map(claimants.map(({ id, name, title }) => [id, { id, name, title }]));
  const anchors = source.claims.map((claim) => ({ id: claim.id, start: claim.anchorStart!, end: claim.anchorEnd! }));
  const dismissed = new Set(
    source.dismissedSuggestions.filter((row) => source.body.slice(row.start, row.end) === row.text).map((row) => `${row.start}:${row.end}`),
  );

  return suggestions.map((suggestion, index) => {
    const match = matches[index];
    const claimant = !match ? null : "claimantId" in match ? byId.get(match.claimantId)! : { id: null, ...match.newClaimant };
    return {
      ...suggestion,
      claimant,
      occurrence: occurrenceAt(source.body, suggestion.text, suggestion.start),
      claimId: anchors.find((anchor) => overlaps(anchor, suggestion))?.id ?? null,
      dismissed: dismissed.has(`${suggestion.start}:${suggestion.end}`),
    };
  });
}

/** The new-claim form's address, prefilled from a suggestion (read back by claimFormPrefill). */
export function newClaimHref(source: { id: number; publishedAt: Date | null }, suggestion: SourceSuggestion): string {
  const params = new URLSearchParams({ source: String(source.id), quote: suggestion.text, occurrence: String(suggestion.occurrence) });
  const { claimant } = suggestion;
  if (claimant?.id) params.set("claimant", String(claimant.id));
  else if (claimant) {
    params.set("claimantName", claimant.name);
    if (claimant.title) params.set("claimantTitle", claimant.title);
  }
  params.set("kind", suggestion.claimKind);
  // The day the text says it was said ("on September 25"), else the article's.
  const statedAt = suggestion.statedAt ?? (source.publishedAt ? dateToIso(source.publishedAt) : null);
  if (statedAt) params.set("statedAt", statedAt);
  if (suggestion.dueDate) params.set("dueAt", suggestion.dueDate);
  return `/editor/claims/new?${params}`;
}

/** Each parameter on its own: an invalid or repeated one is ignored, never an error. */
const param = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const idParam = param(z.string().transform(parseId).pipe(z.number()));
const textParam = (max: number) => param(z.string().trim().min(1).max(max));

export type PrefillParams = Record<string, string | string[] | undefined>;

export const claimPrefillSchema = z.object({
  source: idParam,
  // Never cut: an over-long quote reaches the form whole, and saving it names the limit.
  quote: param(z.string().min(1)),
  occurrence: param(z.string().regex(/^[1-9]\d{0,4}$/)),
  claimant: idParam,
  claimantName: textParam(200),
  claimantTitle: textParam(200),
  kind: param(z.enum(ClaimKind)),
  statedAt: param(z.iso.date()),
  dueAt: param(z.iso.date()),
});

/**
 * "New claim from selection" on a source's page sends the source, the quote and its occurrence,
 * but no kind: the quote gets what a suggestion of the same source gets (newClaimHref) — stated on
 * the source's publication date, and the kind and due date the suggestions' own rules read from
 * the words (an assertion unless they say otherwise; a due date only for a promise or prediction).
 * Everything then goes through claimFormPrefill, as a suggestion's address does.
 */
export async function withSelectionDefaults(prisma: PrismaClient, params: PrefillParams): Promise<PrefillParams> {
  const { quote, source, kind } = params;
  if (typeof quote !== "string" || !quote.trim() || typeof source !== "string" || kind !== undefined) return params;
  const sourceId = parseId(source);
  const found = sourceId === null ? null : await prisma.source.findUnique({ where: { id: sourceId }, select: { publishedAt: true } });
  if (!found) return params;
  const guessed = guessClaimKind(quote, "quote");
  const dueAt = guessed === "ASSERTION" ? null : findDueDate(quote, found.publishedAt);
  return {
    ...params,
    kind: guessed,
    ...(found.publishedAt && params.statedAt === undefined ? { statedAt: dateToIso(found.publishedAt) } : {}),
    ...(dueAt && params.dueAt === undefined ? { dueAt } : {}),
  };
}

/**
 * The claim form's initial values from the new-claim page's search parameters. The quote and its
 * occurrence count only with a known source; a known claimant id wins over a new claimant's name.
 */
export function claimFormPrefill(
  params: PrefillParams,
  options: { sources: { id: number }[]; claimants: { id: number }[] },
): Record<string, string> {
  const prefill = claimPrefillSchema.parse(params);
  const source = options.sources.some((known) => known.id === prefill.source) ? prefill.source : undefined;
  const claimant = options.claimants.some((known) => known.id === prefill.claimant) ? prefill.claimant : undefined;
  return {
    sourceId: source ? String(source) : "",
    quote: (source && prefill.quote) || "",
    quoteOccurrence: (source && prefill.occurrence) || "",
    ...(claimant
      ? { claimantId: String(claimant) }
      : prefill.claimantName
        ? { claimantId: NEW_CLAIMANT, claimantName: prefill.claimantName, claimantTitle: prefill.claimantTitle ?? "" }
        : { claimantId: "" }),
    kind: prefill.kind ?? "PROMISE",
    statedAt: prefill.statedAt ?? "",
    dueAt: prefill.dueAt ?? "",
    visibility: "DRAFT",
  };
}

const offset = z.union([z.number(), z.string().regex(/^\d{1,9}$/, "Unknown position.").transform(Number)]).pipe(z.int().nonnegative());

/** A suggestion of a source, by its span and words (what the page showed). */
export const suggestionRefSchema = z
  .object({ sourceId: idSchema("source"), start: offset, end: offset, text: z.string().min(1).max(500_000) })
  .refine((ref) => ref.end - ref.start === ref.text.length, { message: "The suggestion's position does not match its words.", path: ["end"] });

export type SuggestionRef = z.output<typeof suggestionRefSchema>;

async function checkRef(prisma: PrismaClient, ref: SuggestionRef): Promise<void> {
  const source = await prisma.source.findUnique({ where: { id: ref.sourceId }, select: { body: true } });
  if (!source) throw new DomainError("That source does not exist.");
  if (source.body.slice(ref.start, ref.end) !== ref.text) {
    throw new DomainError("The source's text has changed since the page was loaded: reload the page and try again.");
  }
}

/** Hides a suggestion of this source from the editors (all of them) until it is restored. */
export async function dismissSuggestion(prisma: PrismaClient, actor: Actor, input: z.input<typeof suggestionRefSchema>): Promise<SuggestionRef> {
  assertEditor(actor);
  const ref = suggestionRefSchema.parse(input);
  await checkRef(prisma, ref);
  const { sourceId, start, end, text } = ref;
  await prisma.dismissedSuggestion.upsert({
    where: { sourceId_start_end: { sourceId, start, end } },
    create: { sourceId, start, end, text, dismissedById: actor.id },
    update: { text, dismissedById: actor.id, dismissedAt: new Date() },
  });
  return ref;
}

/** Several suggestions of one source, as a form sends them: each `start:end:words`. */
export const suggestionRefsSchema = z.object({
  sourceId: idSchema("source"),
  suggestions: z
    .array(z.string().regex(/^\d{1,9}:\d{1,9}:/, "Unknown suggestion."))
    .min(1, "Select the suggestions to dismiss.")
    .max(1000),
});

/**
 * Dismisses several suggestions of one source at once, in one transaction: all of them, or none
 * when any no longer matches the source's text.
 */
export async function dismissSuggestions(prisma: PrismaClient, actor: Actor, input: z.input<typeof suggestionRefsSchema>): Promise<SuggestionRef[]> {
  assertEditor(actor);
  const { sourceId, suggestions } = suggestionRefsSchema.parse(input);
  const refs = suggestions.map((ref) => {
    const [start = "", end = ""] = ref.split(":", 2);
    return suggestionRefSchema.parse({ sourceId, start, end, text: ref.slice(start.length + end.length + 2) });
  });
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: sourceId }, select: { body: true } });
    if (!source) throw new DomainError("That source does not exist.");
    if (refs.some((ref) => source.body.slice(ref.start, ref.end) !== ref.text)) {
      throw new DomainError("The source's text has changed since the page was loaded: reload the page and try again.");
    }
    for (const { start, end, text } of refs) {
      await tx.dismissedSuggestion.upsert({
        where: { sourceId_start_end: { sourceId, start, end } },
        create: { sourceId, start, end, text, dismissedById: actor.id },
        update: { text, dismissedById: actor.id, dismissedAt: new Date() },
      });
    }
    return refs;
  });
}

/** Offers a dismissed suggestion again. */
export async function restoreSuggestion(prisma: PrismaClient, actor: Actor, input: z.input<typeof suggestionRefSchema>): Promise<SuggestionRef> {
  assertEditor(actor);
  const ref = suggestionRefSchema.parse(input);
  await checkRef(prisma, ref);
  await prisma.dismissedSuggestion.deleteMany({ where: { sourceId: ref.sourceId, start: ref.start, end: ref.end } });
  return ref;
}
