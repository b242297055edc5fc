import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import type { Visibility } from "@/generated/prisma/enums.ts";
import { anchorAt } from "@/lib/anchors.ts";
import { DomainError } from "@/lib/errors.ts";
import { dateToIso, idSchema } from "@/lib/fields.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { recordEvent } from "@/lib/workbench/events.ts";
import { findSimilarClaims } from "@/lib/workbench/similar-claims.ts";
import { loadSuggestions, suggestionRefSchema, type SourceSuggestion } from "@/lib/workbench/suggestions.ts";

// Issue 17 item 4: a statement of a new article that repeats a claim already in the ledger (the
// same claimant, similar words: the similar-claims lookup) is offered as another appearance of
// that claim instead of a new claim. The claim's own source is its first appearance; each other
// source is a ClaimAppearance, at most one per claim and source.

/** The claim a suggestion repeats, or the appearance it already is. */
export type AppearanceOffer = {
  claimId: number;
  quote: string;
  headline: string | null;
  statedAt: Date;
  visibility: Visibility;
  /** 0–1: the similar-claims score of the suggestion's words, or how much of the claim's quote is found within them. */
  score: number;
  /** Already added from this source. */
  added: boolean;
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * For each suggestion (by index), the claims of other sources it repeats (repeatedClaims) and those
 * it was already added to as an appearance. Suggestions already a claim of this source, and those
 * without a known claimant, repeat none.
 */
export async function appearanceOffers(prisma: PrismaClient, sourceId: number, suggestions: SourceSuggestion[]): Promise<AppearanceOffer[][]> {
  const added = await prisma.claimAppearance.findMany({
    where: { sourceId },
    select: { anchorStart: true, anchorEnd: true, claim: { select: { id: true, quote: true, headline: true, statedAt: true, visibility: true } } },
  });
  const addedIds = new Set(added.map((row) => row.claim.id));
  return Promise.all(
    suggestions.map(async (suggestion): Promise<AppearanceOffer[]> => {
      const here = added
        .filter((row) => overlaps({ start: row.anchorStart, end: row.anchorEnd }, suggestion))
        .map(({ claim: { id, ...claim } }) => ({ claimId: id, ...claim, score: 1, added: true }));
      if (suggestion.claimId !== null || !suggestion.claimant?.id) return here;
      // A claim appears at most once in a source.
      const repeated = (await repeatedClaims(prisma, sourceId, suggestion.text, suggestion.claimant.id)).filter((offer) => !addedIds.has(offer.claimId));
      return [...here, ...repeated];
    }),
  );
}

/** How much of a claim's quote must be found, in one stretch, in a longer statement that repeats it. */
const CONTAINED = 0.8;
/**
 * How alike the words and a claim's quote must be for the words to repeat it: stricter than the
 * similar-claims lookup's own threshold, which only asks an editor to look ("We will sign the
 * agreement by the end of next year" is not "Aliyev should focus on reaching an agreement by the end
 * of the year").
 */
const REPEATED = 0.8;
const MIN_CONTAINED_QUOTE = 20;
const CLAIMANT_RECENT = 500;
/** A statement of several sentences may repeat several claims. */
const MAX_REPEATED = 3;

/**
 * The claims of `claimantId` these words repeat, from other sources, best first: the best match of
 * the similar-claims lookup (the words are like the claim's), and, for a statement quoted at greater
 * length than its claims (each a sentence of it), the claimant's recent claims whose quote is found
 * within the words (pg_trgm word_similarity of the quote in them).
 */
async function repeatedClaims(prisma: PrismaClient, sourceId: number, words: string, claimantId: number): Promise<AppearanceOffer[]> {
  const similar = (await findSimilarClaims(prisma, { quote: words, claimantId }, { limit: 5 })).filter((claim) => claim.sameClaimant && claim.score >= REPEATED);
  const claims = await prisma.claim.findMany({
    where: { id: { in: similar.map((claim) => claim.id) }, OR: [{ sourceId: null }, { sourceId: { not: sourceId } }] },
    select: { id: true, headline: true, statedAt: true },
  });
  const best = similar.find((claim) => claims.some((row) => row.id === claim.id));
  const row = best && claims.find((claim) => claim.id === best.id);
  const offers: AppearanceOffer[] =
    best && row ? [{ claimId: best.id, quote: best.quote, headline: row.headline, statedAt: row.statedAt, visibility: best.visibility, score: best.score, added: false }] : [];
  const within = await prisma.$queryRaw<(Omit<AppearanceOffer, "added" | "claimId"> & { id: number })[]>`
    SELECT c."id", c."quote", c."headline", c."statedAt", c."visibility"::text AS "visibility",
           word_similarity(lower(public.immutable_unaccent(c."quote")), lower(public.immutable_unaccent(${words}))) AS "score"
      FROM (SELECT * FROM "Claim" AS c WHERE c."claimantId" = ${claimantId} ORDER BY c."statedAt" DESC LIMIT ${CLAIMANT_RECENT}) AS c
     WHERE c."sourceId" IS DISTINCT FROM ${sourceId} AND length(c."quote") >= ${MIN_CONTAINED_QUOTE}
       AND word_similarity(lower(public.immutable_unaccent(c."quote")), lower(public.immutable_unaccent(${words}))) >= ${CONTAINED}
     ORDER BY "score" DESC, c."id" DESC
     LIMIT ${MAX_REPEATED}`;
  for (const { id, ...claim } of within) {
    if (!offers.some((offer) => offer.claimId === id)) offers.push({ claimId: id, ...claim, score: Number(claim.score), added: false });
  }
  return offers.slice(0, MAX_REPEATED);
}

/** "Add as an appearance" on a suggestion: the suggestion (span and words) and the claim it repeats. */
export const addAppearanceSchema = suggestionRefSchema.safeExtend({ claimId: idSchema("claim") });
export type AddAppearanceInput = z.input<typeof addAppearanceSchema>;

const alreadyAdded = (claimId: number, since: Date) =>
  new DomainError(`This source is already an appearance of claim #${claimId} (added ${dateToIso(since)}): nothing was changed.`);

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/**
 * Adds the source as another appearance of the claim, with the suggestion's words and anchor and
 * the day they were said (the text's date for them, else the article's), and records it in the
 * claim's history (which also drops the claim's and the source's cached public pages). Refused
 * unless the page would offer exactly this: the words still in the text, the claim's claimant as
 * their speaker and words similar enough — the server does not take the form's word for it.
 */
export async function addAppearance(prisma: PrismaClient, actor: Actor, input: AddAppearanceInput) {
  assertEditor(actor);
  const { claimId, sourceId, start, end, text } = addAppearanceSchema.parse(input);
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { id: true, claimantId: true, sourceId: true } });
  if (!claim) throw new DomainError("That claim does not exist.");
  if (claim.sourceId === sourceId) throw new DomainError(`This source is claim #${claimId}'s own source, its first appearance.`);
  const existing = await prisma.claimAppearance.findUnique({ where: { claimId_sourceId: { claimId, sourceId } }, select: { createdAt: true } });
  if (existing) throw alreadyAdded(claimId, existing.createdAt);

  const suggestions = await loadSuggestions(prisma, sourceId);
  if (!suggestions) throw new DomainError("That source does not exist.");
  const source = await prisma.source.findUniqueOrThrow({ where: { id: sourceId }, select: { body: true, title: true, publishedAt: true } });
  if (source.body.slice(start, end) !== text) {
    throw new DomainError("The source's text has changed since the page was loaded: reload the page and try again.");
  }
  const suggestion = suggestions.find((candidate) => candidate.start === start && candidate.end === end);
  if (!suggestion) throw new DomainError("These words are no longer a suggestion of this source: reload the page and try again.");
  if (suggestion.claimant?.id !== claim.claimantId) {
    throw new DomainError(`These words are not attributed to claim #${claimId}'s claimant, so they are not an appearance of it.`);
  }
  const offers = await repeatedClaims(prisma, sourceId, text, claim.claimantId);
  if (!offers.some((offer) => offer.claimId === claimId)) throw new DomainError(`These words do not repeat claim #${claimId} closely enough to be an appearance of it.`);

  const anchor = anchorAt(source.body, start, end);
  const statedAt = suggestion.statedAt ?? (source.publishedAt ? dateToIso(source.publishedAt) : dateToIso(new Date()));
  try {
    return await prisma.$transaction(async (tx) => {
      const appearance = await tx.claimAppearance.create({
        data: {
          claimId,
          sourceId,
          quote: anchor.exact,
          anchorPrefix: anchor.prefix,
          anchorSuffix: anchor.suffix,
          anchorStart: start,
          anchorEnd: end,
          statedAt: new Date(`${statedAt}T00:00:00Z`),
          createdById: actor.id,
        },
      });
      await recordEvent(tx, claimId, actor, { type: "APPEARANCE_ADDED", diff: { appearance: { from: null, to: sourceId } } });
      return appearance;
    });
  } catch (error) {
    // Two editors clicked at once: the unique key keeps one appearance.
    if (isUniqueViolation(error)) throw alreadyAdded(claimId, new Date());
    throw error;
  }
}
