-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "headline" TEXT;

-- Claims published before headlines existed get their summary as a headline (clipped to the form's
-- 200 characters), so that every published claim has one; editors can reword it.
UPDATE "Claim"
SET "headline" = CASE WHEN length("summary") <= 200 THEN "summary" ELSE left("summary", 199) || '…' END
WHERE "visibility" = 'PUBLISHED' AND "headline" IS NULL;

-- The rule of lib/workbench/claim-schemas.ts (headlineIssue) kept by the database too, so that no
-- way of writing a claim (a script, raw SQL) can publish one without a headline.
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_published_has_headline"
    CHECK ("visibility" <> 'PUBLISHED' OR coalesce(btrim("headline"), '') <> '');
