-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "sourceVersionId" INTEGER;

-- CreateTable
CREATE TABLE "SourceVersion" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "SourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceVersion_sourceId_number_key" ON "SourceVersion"("sourceId", "number");

-- CreateIndex
CREATE INDEX "Claim_sourceVersionId_idx" ON "Claim"("sourceVersionId");

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: what schema.prisma cannot express.

-- Version 1 of every existing source is its text now, taken when the source was created.
INSERT INTO "SourceVersion" ("sourceId", "number", "body", "sha256", "createdAt", "createdById")
SELECT "id", 1, "body", encode(sha256(convert_to("body", 'UTF8')), 'hex'), "createdAt", "createdById"
FROM "Source";

-- Existing claims were taken from that text.
UPDATE "Claim" AS c SET "sourceVersionId" = v."id"
FROM "SourceVersion" AS v
WHERE v."sourceId" = c."sourceId" AND v."number" = 1;

-- Version 1 of a new source is written by the database, so every way of adding a source (the
-- workbench, the demo seed, imports, the benchmark's bulk SQL) has it. Later versions carry the
-- editor's reason and are written by lib/workbench/sources.ts.
CREATE FUNCTION "source_first_version"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "SourceVersion" ("sourceId", "number", "body", "sha256", "createdAt", "createdById")
    VALUES (NEW."id", 1, NEW."body", encode(sha256(convert_to(NEW."body", 'UTF8')), 'hex'), NEW."createdAt", NEW."createdById");
    RETURN NULL;
END;
$$;

-- CreateTrigger
CREATE TRIGGER "Source_first_version"
    AFTER INSERT ON "Source"
    FOR EACH ROW EXECUTE FUNCTION "source_first_version"();

-- A version's text never changes: a claim may point at it, and its hash has been published.
-- (Deleting is allowed: a source no claim uses can be deleted with its versions.)
CREATE FUNCTION "source_version_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'A SourceVersion''s text is immutable: save a new version instead'
        USING ERRCODE = 'restrict_violation';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "SourceVersion_immutable"
    BEFORE UPDATE OF "sourceId", "number", "body", "sha256" ON "SourceVersion"
    FOR EACH ROW EXECUTE FUNCTION "source_version_immutable"();
