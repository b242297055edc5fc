-- CreateTable
CREATE TABLE "ClaimStatusCount" (
    "visibility" "Visibility" NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimStatusCount_pkey" PRIMARY KEY ("visibility","status")
);

-- Hand-written: ClaimStatusCount follows the Claim rows (lib/claim-search.ts reads it for the index's
-- unfiltered counts per status instead of counting a million claims on every page load).
--
-- Statement triggers with transition tables: one grouped delta per statement, so a bulk insert or
-- import adds once per (visibility, status), and an UPDATE that changes neither column writes
-- nothing. The deltas of a statement are applied in key order, so two single-statement
-- transactions moving claims in opposite directions (PENDING → FULFILLED and FULFILLED → PENDING)
-- cannot deadlock. The counter rows' locks serialize concurrent writers until they commit, which
-- keeps the counts exact; a rolled-back write rolls its delta back with it.
CREATE FUNCTION "claim_status_count"() RETURNS trigger
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
            SELECT "visibility", "status", count(*)::integer AS n FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
        LOOP
            INSERT INTO "ClaimStatusCount" AS t ("visibility", "status", "count") VALUES (delta."visibility", delta."status", delta.n)
                ON CONFLICT ("visibility", "status") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR delta IN
            SELECT "visibility", "status", count(*)::integer AS n FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
        LOOP
            UPDATE "ClaimStatusCount" SET "count" = "count" - delta.n
             WHERE "visibility" = delta."visibility" AND "status" = delta."status";
        END LOOP;
    ELSE
        FOR delta IN
            SELECT d."visibility", d."status", sum(d.n)::integer AS n
              FROM (SELECT "visibility", "status", 1 AS n FROM new_rows
                    UNION ALL
                    SELECT "visibility", "status", -1 FROM old_rows) AS d
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

-- CreateTrigger
CREATE TRIGGER "Claim_status_count_insert"
    AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_status_count"();

-- A transition-table trigger cannot be limited to UPDATE OF "status", "visibility": every UPDATE
-- runs it, and the grouped delta of an update that changes neither is empty.
-- CreateTrigger
CREATE TRIGGER "Claim_status_count_update"
    AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_status_count"();

-- CreateTrigger
CREATE TRIGGER "Claim_status_count_delete"
    AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_status_count"();

-- CreateTrigger
CREATE TRIGGER "Claim_status_count_truncate"
    AFTER TRUNCATE ON "Claim"
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_status_count"();

-- Every visibility × status has its row (a status added later gets one on its first claim), then
-- the backfill. The table lock keeps claims from changing between the count and the triggers.
LOCK TABLE "Claim" IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO "ClaimStatusCount" ("visibility", "status", "count")
SELECT v, s, coalesce(c.n, 0)
  FROM unnest(enum_range(NULL::"Visibility")) AS v
 CROSS JOIN unnest(enum_range(NULL::"ClaimStatus")) AS s
  LEFT JOIN (SELECT "visibility", "status", count(*)::integer AS n FROM "Claim" GROUP BY 1, 2) AS c
         ON c."visibility" = v AND c."status" = s;
