import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimStatus, Visibility } from "@/generated/prisma/enums.ts";
import { optionalId } from "@/lib/workbench/fields.ts";

/**
 * Claims like the one an editor is typing, so the same statement is not tracked twice.
 *
 * Candidates come from the trigram index on claim_similarity_text(quote, summary): accent-folded,
 * lower-cased quote and summary. `word_similarity(typed, text)` is how much of the typed quote (or
 * summary) is found in one stretch of a claim's text, 0–1; that is the score shown. The order adds
 * the full-text overlap (share of the typed words found in the claim's search vector) as a
 * tie-breaker and ranks the same claimant higher.
 */

export const SIMILARITY_THRESHOLD = 0.45;
/** Only the start of a long quote is compared: more trigrams cost time and barely change the ranking. */
const MAX_COMPARED = 300;
const MIN_TYPED = 12;

export const similarClaimsQuerySchema = z.object({
  quote: z.string().max(5000).default(""),
  summary: z.string().max(5000).default(""),
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

const typed = (text: string) => text.trim().slice(0, MAX_COMPARED);

/** The SQL of the lookup; `null` when too little is typed to compare. */
export function similarClaimsSql(query: SimilarClaimsQuery, { limit = 8, publishedOnly = false } = {}): Prisma.Sql | null {
  const input = similarClaimsQuerySchema.parse(query);
  const texts = [typed(input.quote), typed(input.summary)].filter((text) => text.length >= MIN_TYPED);
  if (texts.length === 0) return null;
  const folded = texts.map((text) => Prisma.sql`lower(public.immutable_unaccent(${text}))`);
  const target = Prisma.sql`public.claim_similarity_text(c."quote", c."summary")`;
  const conditions = [Prisma.sql`(${Prisma.join(folded.map((text) => Prisma.sql`${text} <% ${target}`), " OR ")})`];
  if (input.exclude !== null) conditions.push(Prisma.sql`c."id" <> ${input.exclude}`);
  if (publishedOnly) conditions.push(Prisma.sql`c."visibility" = 'PUBLISHED'`);
  const score = Prisma.sql`GREATEST(${Prisma.join(folded.map((text) => Prisma.sql`word_similarity(${text}, ${target})`), ", ")})`;
  const words = Prisma.sql`tsvector_to_array(to_tsvector('simple'::regconfig, public.immutable_unaccent(${texts.join(" ")})))`;
  const overlap = Prisma.sql`(SELECT count(*) FROM unnest(${words}) AS w(word) WHERE c."searchVector" @@ to_tsquery('simple'::regconfig, quote_literal(w.word)))::real / GREATEST(cardinality(${words}), 1)`;
  const sameClaimant = input.claimantId === null ? Prisma.sql`false` : Prisma.sql`c."claimantId" = ${input.claimantId}`;
  return Prisma.sql`
    SELECT c."id", c."quote", c."summary", c."status", c."visibility", cl."name" AS "claimantName",
           ${sameClaimant} AS "sameClaimant", ${score} AS "score"
      FROM "Claim" AS c
      JOIN "Claimant" AS cl ON cl."id" = c."claimantId"
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY ${score} + 0.1 * ${overlap} + CASE WHEN ${sameClaimant} THEN 0.15 ELSE 0 END DESC, c."id" DESC
     LIMIT ${limit}`;
}

/** Editors' lookup (drafts included); `publishedOnly` for anything a reader could see. */
export async function findSimilarClaims(prisma: PrismaClient, query: SimilarClaimsQuery, options: { limit?: number; publishedOnly?: boolean } = {}): Promise<SimilarClaim[]> {
  const sql = similarClaimsSql(query, options);
  if (!sql) return [];
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`,
    prisma.$queryRaw<(Omit<SimilarClaim, "score"> & { score: number })[]>(sql),
  ]);
  return rows.map((row) => ({ ...row, score: Number(row.score) }));
}
