-- CreateEnum
CREATE TYPE "ReviewedChange" AS ENUM ('PUBLISH', 'STATUS', 'WITHDRAW');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('PENDING', 'APPROVED', 'RETURNED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ClaimEventType" ADD VALUE 'ASSIGNED';
ALTER TYPE "ClaimEventType" ADD VALUE 'UNASSIGNED';
ALTER TYPE "ClaimEventType" ADD VALUE 'REVIEW_REQUESTED';
ALTER TYPE "ClaimEventType" ADD VALUE 'REVIEW_RETURNED';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assigneeId" INTEGER;

-- AlterTable
ALTER TABLE "ClaimEvent" ADD COLUMN     "proposedById" INTEGER;

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "kind" "ReviewedChange" NOT NULL,
    "change" JSONB NOT NULL,
    "authorId" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" "ReviewState" NOT NULL DEFAULT 'PENDING',
    "reviewerId" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "comment" TEXT,

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewRequest_claimId_state_idx" ON "ReviewRequest"("claimId", "state");

-- CreateIndex
CREATE INDEX "ReviewRequest_state_requestedAt_idx" ON "ReviewRequest"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvent" ADD CONSTRAINT "ClaimEvent_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
