-- Hand-written: similar claims are found through the full-text index and only scored by trigram
-- similarity (lib/similar-claims.ts); the trigram index on claim_similarity_text was not used any more
-- and cost every write of a quote or summary.
DROP INDEX "Claim_similarity_text_trgm_idx";
