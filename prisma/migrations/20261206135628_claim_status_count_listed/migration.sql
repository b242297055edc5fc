-- Hand-written: ClaimStatusCount counts the claims readers find in lists, so a withdrawn claim
-- (still published: its page shows the withdrawal notice) leaves the index's counts per status as
-- it leaves the index (listedClaimCondition in lib/public/published-claims.ts). Only rows with no
-- "withdrawnAt" are counted; withdrawing a claim is an UPDATE whose old row counts -1 and whose new
-- row is not counted. Otherwise the function is the one of migration claim_status_counts.
CREATE OR REPLACE FUNCTION "claim_status_count"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    delta record;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE "ClaimStatusCount" SET "count" = 0 WHERE "count" <> 0;
        RETURN NULL;
    END IF;
    -- plpgsql plans a query when it first runs it, so each branch names only the transition
    -- tables its own trigger defines.
    IF TG_OP = 'INSERT' THEN
        FOR delta IN
            SELECT "visibility", "status", count(*)::integer AS n FROM new_rows
             WHERE "withdrawnAt" IS NULL GROUP BY 1, 2 ORDER BY 1, 2
        LOOP
            INSERT INTO "ClaimStatusCount" AS t ("visibility", "status", "count") VALUES (delta."visibility", delta."status", delta.n)
                ON CONFLICT ("visibility", "status") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR delta IN
            SELECT "visibility", "status", count(*)::integer AS n FROM old_rows
             WHERE "withdrawnAt" IS NULL GROUP BY 1, 2 ORDER BY 1, 2
        LOOP
            UPDATE "ClaimStatusCount" SET "count" = "count" - delta.n
             WHERE "visibility" = delta."visibility" AND "status" = delta."status";
        END LOOP;
    ELSE
        FOR delta IN
            SELECT d."visibility", d."status", sum(d.n)::integer AS n
              FROM (SELECT "visibility", "status", 1 AS n FROM new_rows WHERE "withdrawnAt" IS NULL
                    UNION ALL
                    SELECT "visibility", "status", -1 FROM old_rows WHERE "withdrawnAt" IS NULL) AS d
             GROUP BY 1, 2
            HAVING sum(d.n) <> 0
             ORDER BY 1, 2
        LOOP
            INSERT INTO "ClaimStatusCount" AS t ("visibility", "status", "count") VALUES (delta."visibility", delta."status", delta.n)
                ON CONFLICT ("visibility", "status") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$;

-- No claim can have been withdrawn before this migration through the app, but recount anyway under
-- the same lock as the first backfill, so the table is exact whatever the data.
LOCK TABLE "Claim" IN SHARE ROW EXCLUSIVE MODE;
UPDATE "ClaimStatusCount" AS t
   SET "count" = (SELECT count(*)::integer FROM "Claim" AS c
                   WHERE c."visibility" = t."visibility" AND c."status" = t."status" AND c."withdrawnAt" IS NULL);
