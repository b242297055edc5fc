-- CreateEnum
CREATE TYPE "ClaimLinkKind" AS ENUM ('DUPLICATE_OF', 'RELATED');

-- CreateEnum
CREATE TYPE "ClaimLinkRole" AS ENUM ('DUPLICATE_OF', 'DUPLICATED_BY', 'RELATED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ClaimEventType" ADD VALUE 'CLAIM_LINKED';
ALTER TYPE "ClaimEventType" ADD VALUE 'CLAIM_UNLINKED';

-- DropIndex
DROP INDEX "Claim_claimantId_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "dueAt" DATE,
ADD COLUMN     "dueNote" TEXT;

-- AlterTable
ALTER TABLE "ClaimEvent" ADD COLUMN     "linkRole" "ClaimLinkRole",
ADD COLUMN     "linkedClaimId" INTEGER;

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" SERIAL NOT NULL,
    "fromClaimId" INTEGER NOT NULL,
    "toClaimId" INTEGER NOT NULL,
    "kind" "ClaimLinkKind" NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DismissedDuplicatePair" (
    "claimId" INTEGER NOT NULL,
    "otherClaimId" INTEGER NOT NULL,
    "dismissedById" INTEGER,
    "dismissedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DismissedDuplicatePair_pkey" PRIMARY KEY ("claimId","otherClaimId")
);

-- CreateIndex
CREATE INDEX "ClaimLink_toClaimId_idx" ON "ClaimLink"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_fromClaimId_toClaimId_key" ON "ClaimLink"("fromClaimId", "toClaimId");

-- CreateIndex
CREATE INDEX "Claim_claimantId_statedAt_idx" ON "Claim"("claimantId", "statedAt");

-- AddForeignKey
ALTER TABLE "ClaimEvent" ADD CONSTRAINT "ClaimEvent_linkedClaimId_fkey" FOREIGN KEY ("linkedClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DismissedDuplicatePair" ADD CONSTRAINT "DismissedDuplicatePair_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DismissedDuplicatePair" ADD CONSTRAINT "DismissedDuplicatePair_otherClaimId_fkey" FOREIGN KEY ("otherClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DismissedDuplicatePair" ADD CONSTRAINT "DismissedDuplicatePair_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
