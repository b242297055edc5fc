-- Hand-written: a claim is found by its claimant's aliases as by its name ("Cavusoglu" finds the
-- claims of Mevlüt Çavuşoğlu, alias "Turkish FM Cavusoglu"; lib/public/search.ts).

-- The claimant's text in a claim's vector: the name, then each alias, at the name's weight.
CREATE OR REPLACE FUNCTION "claim_search_vector_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW."searchVector" := "claim_search_vector"(
        NEW."quote",
        NEW."summary",
        (SELECT concat_ws(' ', "name", array_to_string("aliases", ' ')) FROM "Claimant" WHERE "id" = NEW."claimantId"),
        (SELECT "title" FROM "Source" WHERE "id" = NEW."sourceId"));
    RETURN NEW;
END;
$$;

-- A change of a claimant's aliases refreshes the vectors of its claims, as a new name does.
DROP TRIGGER "Claimant_search_vector" ON "Claimant";

-- CreateTrigger
CREATE TRIGGER "Claimant_search_vector"
    AFTER UPDATE OF "name", "aliases" ON "Claimant"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."aliases" IS DISTINCT FROM NEW."aliases")
    EXECUTE FUNCTION "claim_search_vector_cascade"();

-- Backfill the claims of claimants that already have aliases.
UPDATE "Claim" SET "searchVector" = NULL
 WHERE "claimantId" IN (SELECT "id" FROM "Claimant" WHERE cardinality("aliases") > 0);
