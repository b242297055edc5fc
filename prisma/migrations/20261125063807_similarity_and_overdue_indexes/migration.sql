-- Hand-written: what schema.prisma cannot express for due dates, similar claims and claim links.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- The text similar claims are compared on (lib/similar-claims.ts): quote and summary, accent-folded
-- as in reader search and lower-cased, so "Əliyev", "Aliyev" and "ALIYEV" share their trigrams.
CREATE FUNCTION "claim_similarity_text"(quote text, summary text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(public.immutable_unaccent(coalesce(quote, '') || ' ' || coalesce(summary, '')))
$$;

-- CreateIndex
CREATE INDEX "Claim_similarity_text_trgm_idx" ON "Claim" USING gin ("claim_similarity_text"("quote", "summary") gin_trgm_ops);

-- The overdue queue (lib/due-dates.ts): claims with a due date and no verdict, oldest due first.
-- The status list is lib/status.ts VERDICTS; should it change, queries stay correct, only slower.
-- CreateIndex
CREATE INDEX "Claim_open_dueAt_idx" ON "Claim" ("dueAt", "id")
    WHERE "dueAt" IS NOT NULL AND "status" NOT IN ('FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED');

-- AddCheck
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_not_self" CHECK ("fromClaimId" <> "toClaimId");

-- A pair is stored once, smaller id first.
-- AddCheck
ALTER TABLE "DismissedDuplicatePair" ADD CONSTRAINT "DismissedDuplicatePair_ordered" CHECK ("claimId" < "otherClaimId");
