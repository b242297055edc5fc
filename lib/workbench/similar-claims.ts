import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimStatus, Visibility } from "@/generated/prisma/enums.ts";
import { optionalId, safeText } from "@/lib/fields.ts";

/**
 * Claims like the one an editor is typing, so the same statement is not tracked twice.
 *
 * Candidates come from the full-text index: claims whose search vector has at least two of the
 * typed text's three most distinctive words (rarest by PostgreSQL's statistics on the search vector,
 * then longest; words under five letters are left out); a repeat of a statement keeps them, and a
 * rewording may change one. (All three were required before: a word the typist added, "sides" in
 * "the sides have made tangible progress", is rare by the statistics because no claim has it, so it
 * was chosen and found nothing.) The same
 * claimant's candidates are looked for among their CLAIMANT_RECENT latest claims, through the
 * claimant index: cheaper than a second full-text scan, and a repeat is usually recent.
 *
 * Each candidate is scored with `word_similarity(typed, text)` over the accent-folded, lower-cased
 * text (pg_trgm), the typed quote against the claim's quote and the typed summary against its
 * summary: how much of the typed text is found in one stretch of the claim's, 0–1 — the score
 * shown. The order adds the full-text overlap (share of the typed words found in the claim) and
 * ranks the same claimant higher.
 *
 * A trigram index alone does not scale here: typed sentences share common trigrams ("the", "and")
 * with nearly every claim, so a million rows would be rechecked. The word prefilter keeps the
 * lookup to index reads. Scoring costs a tenth of a millisecond per candidate, so at most
 * MAX_CANDIDATES are scored: that many of the same claimant's, and that many of anyone's.
 */

export const SIMILARITY_THRESHOLD = 0.45;
/** Only the start of a long quote is compared: more trigrams cost time and barely change the ranking. */
const MAX_COMPARED = 300;
const MIN_TYPED = 12;
/** Words shorter than this are too common to find candidates by. */
const MIN_WORD_LENGTH = 5;
const MAX_CANDIDATES = 100;
const CLAIMANT_RECENT = 2_000;

/** What the claim form sends while an editor types; a control character in the text is refused, never sent to SQL. */
export const similarClaimsQuerySchema = z.object({
  quote: safeText("the quote", 5000, { multiline: true }).default(""),
  summary: safeText("the summary", 5000, { multiline: true }).default(""),
  claimantId: optionalId("claimant").catch(null),
  /** The claim being edited, left out of its own results. */
  exclude: optionalId("claim").catch(null),
});
export type SimilarClaimsQuery = z.input<typeof similarClaimsQuerySchema>;

export interface SimilarClaim {
  id: number;
  quote: string;
  summary: string;
  status: ClaimStatus;
  visibility: Visibility;
  claimantName: string;
  sameClaimant: boolean;
  /** 0–1, the larger of the quote's and the summary's word similarity. */
  score: number;
}

/** The typed quote and summary that are long enough to compare, each with the column it is compared with. */
function comparedFields(input: z.output<typeof similarClaimsQuerySchema>) {
  return (["quote", "summary"] as const)
    .map((column) => ({ column, text: input[column].trimStart().slice(0, MAX_COMPARED) }))
    .filter(({ text }) => text.trim().length >= MIN_TYPED);
}

const typedWords = (input: z.output<typeof similarClaimsQuerySchema>, frequencies?: WordFrequencies) =>
  distinctiveWords(comparedFields(input).map(({ text }) => text), frequencies);

/**
 * A text ending in a letter or digit may end inside a word: the editor is still typing it, or the
 * cut at MAX_COMPARED split it. That fragment ("accord" of "according") is in no claim's search vector.
 */
const withoutUnfinishedWord = (text: string) => text.replace(/[\p{L}\p{N}]+$/u, "");

/** Share of claims holding each of the most common words (PostgreSQL's statistics on the search vector). */
export type WordFrequencies = Map<string, number>;

/** Statistics change only when PostgreSQL analyses the table: read them at most every few minutes, not per keystroke. */
const FREQUENCIES_TTL_MS = 5 * 60_000;
const cachedFrequencies = new WeakMap<PrismaClient, { at: number; frequencies: Promise<WordFrequencies> }>();

function cachedWordFrequencies(prisma: PrismaClient): Promise<WordFrequencies> {
  const cached = cachedFrequencies.get(prisma);
  if (cached && Date.now() - cached.at < FREQUENCIES_TTL_MS) return cached.frequencies;
  const frequencies = commonWordFrequencies(prisma);
  cachedFrequencies.set(prisma, { at: Date.now(), frequencies });
  frequencies.catch(() => cachedFrequencies.delete(prisma));
  return frequencies;
}

export async function commonWordFrequencies(prisma: PrismaClient): Promise<WordFrequencies> {
  const rows = await prisma.$queryRaw<{ words: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS words, most_common_elem_freqs AS freqs
      FROM pg_stats WHERE tablename = 'Claim' AND attname = 'searchVector'`;
  const { words, freqs } = rows[0] ?? { words: null, freqs: null };
  return new Map((words ?? []).map((word, i) => [word, freqs?.[i] ?? 0]));
}

const folded = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "");

/**
 * The typed text's three most distinctive distinct finished words (letters and digits): the rarest
 * by the statistics (a word not among the common ones counts as rare), then the longest.
 */
export function distinctiveWords(texts: string[], frequencies: WordFrequencies = new Map()): string[] {
  // Lower-cased "İ" is "i" and a combining dot: folding after lower-casing keeps such words whole.
  const words = folded(texts.map(withoutUnfinishedWord).join(" ").toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
  const frequency = (word: string) => frequencies.get(word) ?? 0;
  return [...new Set(words)]
    .filter((word) => word.length >= MIN_WORD_LENGTH)
    .sort((a, b) => frequency(a) - frequency(b) || b.length - a.length || a.localeCompare(b))
    .slice(0, 3);
}

/** Every pair of the words (the word alone, when there is one). */
function wordPairs(words: string[]): string[][] {
  if (words.length < 2) return [words];
  return words.flatMap((first, i) => words.slice(i + 1).map((second) => [first, second]));
}

/** "at least two of the words" as a tsquery over the accent-folded search vector: (a & b) | (a & c) | (b & c). */
function candidateQuery(words: string[]): Prisma.Sql {
  const lexeme = (word: string) => Prisma.sql`quote_literal(public.immutable_unaccent(${word}))`;
  const pairs = wordPairs(words).map((pair) => Prisma.sql`'(' || ${Prisma.join(pair.map(lexeme), " || ' & ' || ")} || ')'`);
  return Prisma.sql`to_tsquery('simple'::regconfig, ${Prisma.join(pairs, " || ' | ' || ")})`;
}

/** A typed text (a parameter) or a column, accent-folded and lower-cased. */
const foldedSql = (text: string | Prisma.Sql) => Prisma.sql`lower(public.immutable_unaccent(${text}))`;

/** The SQL of the lookup; `null` when too little is typed to compare. */
export function similarClaimsSql(
  query: SimilarClaimsQuery,
  { limit = 8, publishedOnly = false, frequencies = new Map() as WordFrequencies } = {},
): Prisma.Sql | null {
  const input = similarClaimsQuerySchema.parse(query);
  const fields = comparedFields(input);
  const words = typedWords(input, frequencies);
  if (words.length === 0) return null;
  const matches = Prisma.sql`c."searchVector" @@ ${candidateQuery(words)}`;
  const filters: Prisma.Sql[] = [];
  if (input.exclude !== null) filters.push(Prisma.sql`c."id" <> ${input.exclude}`);
  if (publishedOnly) filters.push(Prisma.sql`c."visibility" = 'PUBLISHED'`);
  const where = (first: Prisma.Sql) => Prisma.join([first, ...filters], " AND ");
  const anyone = Prisma.sql`(SELECT * FROM "Claim" AS c WHERE ${where(matches)} LIMIT ${MAX_CANDIDATES})`;
  // The LIMIT keeps the words out of the inner query, so PostgreSQL reads the claimant index, not the full-text one.
  const recentOfClaimant = (claimantId: number) => Prisma.sql`
    (SELECT * FROM (SELECT * FROM "Claim" AS c WHERE ${where(Prisma.sql`c."claimantId" = ${claimantId}`)}
                     ORDER BY c."statedAt" DESC LIMIT ${CLAIMANT_RECENT}) AS c
      WHERE ${matches} LIMIT ${MAX_CANDIDATES})`;
  const candidateRows = input.claimantId === null ? anyone : Prisma.sql`${recentOfClaimant(input.claimantId)} UNION ${anyone}`;
  const score = Prisma.sql`GREATEST(${Prisma.join(
    fields.map(({ column, text }) => Prisma.sql`word_similarity(${foldedSql(text)}, ${foldedSql(Prisma.raw(`c."${column}"`))})`),
    ", ",
  )})`;
  const typedLexemes = Prisma.sql`tsvector_to_array(to_tsvector('simple'::regconfig, public.immutable_unaccent(${fields.map(({ text }) => text).join(" ")})))`;
  const overlap = Prisma.sql`(SELECT count(*) FROM unnest(${typedLexemes}) AS w(word) WHERE c."searchVector" @@ to_tsquery('simple'::regconfig, quote_literal(w.word)))::real / GREATEST(cardinality(${typedLexemes}), 1)`;
  const sameClaimant = input.claimantId === null ? Prisma.sql`false` : Prisma.sql`c."claimantId" = ${input.claimantId}`;
  return Prisma.sql`
    SELECT scored.* FROM (
      SELECT c."id", c."quote", c."summary", c."status", c."visibility", cl."name" AS "claimantName",
             ${sameClaimant} AS "sameClaimant", ${score} AS "score",
             ${overlap} AS "overlap"
        FROM (${candidateRows}) AS c
        JOIN "Claimant" AS cl ON cl."id" = c."claimantId"
    ) AS scored
     WHERE scored."score" >= ${SIMILARITY_THRESHOLD}
     ORDER BY scored."score" + 0.1 * scored."overlap" + CASE WHEN scored."sameClaimant" THEN 0.15 ELSE 0 END DESC, scored."id" DESC
     LIMIT ${limit}`;
}

/** Editors' lookup (drafts included); `publishedOnly` for anything a reader could see. */
export async function findSimilarClaims(
  prisma: PrismaClient,
  query: SimilarClaimsQuery,
  options: { limit?: number; publishedOnly?: boolean } = {},
): Promise<SimilarClaim[]> {
  // Nothing to compare yet (the form asks from its first keystroke): no statistics read either.
  if (typedWords(similarClaimsQuerySchema.parse(query)).length === 0) return [];
  const sql = similarClaimsSql(query, { ...options, frequencies: await cachedWordFrequencies(prisma) });
  if (!sql) return [];
  const rows = await prisma.$queryRaw<(SimilarClaim & { overlap: number })[]>(sql);
  return rows.map(({ overlap: _overlap, ...row }) => ({ ...row, score: Number(row.score) }));
}
