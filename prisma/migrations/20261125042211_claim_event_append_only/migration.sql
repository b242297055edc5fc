-- Hand-written: what schema.prisma cannot express.

-- ClaimEvent is the append-only history of a claim: the database itself rejects every UPDATE,
-- DELETE and TRUNCATE, whoever the client is. (A superuser can still bypass triggers, e.g. with
-- session_replication_role = replica; the application role must not be one.)
CREATE FUNCTION "claim_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ClaimEvent is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = 'Record a correction as a new ClaimEvent instead.';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "ClaimEvent_append_only_row"
    BEFORE UPDATE OR DELETE ON "ClaimEvent"
    FOR EACH ROW EXECUTE FUNCTION "claim_event_append_only"();

-- CreateTrigger
CREATE TRIGGER "ClaimEvent_append_only_truncate"
    BEFORE TRUNCATE ON "ClaimEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_event_append_only"();

-- AddCheckConstraint: emails are stored lower-case, so the unique index is case-insensitive in effect.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
