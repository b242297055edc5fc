-- Hand-written: what schema.prisma cannot express for reader search (lib/claim-search.ts).

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- unaccent() is only STABLE (it finds its dictionary through search_path), so it cannot be used
-- where an IMMUTABLE function is required; this wrapper names the dictionary explicitly.
-- unaccent.rules has no rule for the Azerbaijani schwa: "Əliyev" is folded to "Aliyev", its usual
-- English spelling.
CREATE FUNCTION "immutable_unaccent"(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT public.unaccent('public.unaccent'::regdictionary, translate(value, 'Əə', 'Aa'))
$$;

-- The text a claim is found by, weighted for ranking: the quote and the claimant's name first,
-- then the editor's summary, then the source title. The 'simple' configuration does not stem:
-- names in many languages must stay as written; queries match word prefixes instead.
CREATE FUNCTION "claim_search_vector"(quote text, summary text, claimant text, source text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple'::regconfig, coalesce(public.immutable_unaccent(quote), '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(public.immutable_unaccent(claimant), '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(public.immutable_unaccent(summary), '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(public.immutable_unaccent(source), '')), 'C')
$$;

-- Claim."searchVector" is derived data: recomputed on every write of the columns it depends on
-- (a direct write of the vector itself included), whoever the client is.
CREATE FUNCTION "claim_search_vector_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW."searchVector" := "claim_search_vector"(
        NEW."quote",
        NEW."summary",
        (SELECT "name" FROM "Claimant" WHERE "id" = NEW."claimantId"),
        (SELECT "title" FROM "Source" WHERE "id" = NEW."sourceId"));
    RETURN NEW;
END;
$$;

-- CreateTrigger
CREATE TRIGGER "Claim_search_vector"
    BEFORE INSERT OR UPDATE OF "quote", "summary", "claimantId", "sourceId", "searchVector" ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "claim_search_vector_refresh"();

-- A renamed claimant or retitled source changes the vectors of its claims (through the trigger above).
CREATE FUNCTION "claim_search_vector_cascade"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'Claimant' THEN
        UPDATE "Claim" SET "searchVector" = NULL WHERE "claimantId" = NEW."id";
    ELSE
        UPDATE "Claim" SET "searchVector" = NULL WHERE "sourceId" = NEW."id";
    END IF;
    RETURN NULL;
END;
$$;

-- CreateTrigger
CREATE TRIGGER "Claimant_search_vector"
    AFTER UPDATE OF "name" ON "Claimant"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
    EXECUTE FUNCTION "claim_search_vector_cascade"();

-- CreateTrigger
CREATE TRIGGER "Source_search_vector"
    AFTER UPDATE OF "title" ON "Source"
    FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title")
    EXECUTE FUNCTION "claim_search_vector_cascade"();

-- Claim."outcomeCount" follows the ClaimOutcome rows, so "most outcomes" can be a keyset sort on an index.
CREATE FUNCTION "claim_outcome_count"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE "Claim" SET "outcomeCount" = 0 WHERE "outcomeCount" <> 0;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE "Claim" SET "outcomeCount" = "outcomeCount" - 1 WHERE "id" = OLD."claimId";
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE "Claim" SET "outcomeCount" = "outcomeCount" + 1 WHERE "id" = NEW."claimId";
    END IF;
    RETURN NULL;
END;
$$;

-- CreateTrigger
CREATE TRIGGER "ClaimOutcome_count_row"
    AFTER INSERT OR DELETE OR UPDATE OF "claimId" ON "ClaimOutcome"
    FOR EACH ROW EXECUTE FUNCTION "claim_outcome_count"();

-- CreateTrigger
CREATE TRIGGER "ClaimOutcome_count_truncate"
    AFTER TRUNCATE ON "ClaimOutcome"
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_outcome_count"();

-- Backfill existing rows.
UPDATE "Claim" AS c
   SET "searchVector" = NULL,
       "outcomeCount" = (SELECT count(*) FROM "ClaimOutcome" AS co WHERE co."claimId" = c."id");
