-- CreateEnum
CREATE TYPE "ClaimantKind" AS ENUM ('PERSON', 'ORGANISATION');

-- AlterTable
ALTER TABLE "Claimant" ADD COLUMN     "kind" "ClaimantKind" NOT NULL DEFAULT 'PERSON';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "outcomeCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Claim_visibility_outcomeCount_id_idx" ON "Claim"("visibility", "outcomeCount" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_tags_idx" ON "Claim" USING GIN ("tags");
