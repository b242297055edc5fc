-- The similar-claim lookup compares the typed quote with each claim's quote and the typed summary
-- with its summary (lib/similar-claims.ts); the quote-and-summary text this built is not used any more.
DROP FUNCTION "claim_similarity_text"(text, text);
