-- Hand-written: the one exception to ClaimEvent's append-only rule. A draft that readers never saw
-- can be deleted together with its history (lib/workbench/claim-deletion.ts keeps a snapshot of
-- both in "DeletionRecord"). Everything else stays refused: UPDATE, TRUNCATE, and DELETE of the
-- events of any claim that is published, withdrawn, or was ever published (a PUBLISHED event),
-- or that the transaction did not name as the draft it is deleting.

CREATE OR REPLACE FUNCTION "claim_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- A row-level BEFORE trigger sees the rows the same statement deleted before this one, but
    -- never the row being deleted: a PUBLISHED event refuses its own deletion, and with it the
    -- whole statement.
    IF TG_OP = 'DELETE'
       AND OLD."claimId"::text = current_setting('claim_ledger.deleting_draft', true)
       AND EXISTS (SELECT 1 FROM "Claim" AS c
                    WHERE c."id" = OLD."claimId" AND c."visibility" = 'DRAFT'
                      AND c."publishedAt" IS NULL AND c."withdrawnAt" IS NULL)
       AND NOT EXISTS (SELECT 1 FROM "ClaimEvent" AS e
                        WHERE e."claimId" = OLD."claimId" AND e."type" IN ('PUBLISHED', 'UNPUBLISHED', 'WITHDRAWN'))
    THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'ClaimEvent is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = 'Record a correction as a new ClaimEvent instead.';
END;
$$;

-- Deletes the history of a never-published draft, naming it for the trigger above in a setting
-- local to the transaction and cleared again before returning. SECURITY DEFINER: the application's
-- role has no DELETE on "ClaimEvent" (lib/platform/postgres/app-role.ts) and gets exactly this.
CREATE FUNCTION "delete_draft_claim_events"(draft_id integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    deleted integer;
BEGIN
    PERFORM set_config('claim_ledger.deleting_draft', draft_id::text, true);
    DELETE FROM "ClaimEvent" WHERE "claimId" = draft_id;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    PERFORM set_config('claim_ledger.deleting_draft', '', true);
    RETURN deleted;
END;
$$;

REVOKE ALL ON FUNCTION "delete_draft_claim_events"(integer) FROM PUBLIC;
