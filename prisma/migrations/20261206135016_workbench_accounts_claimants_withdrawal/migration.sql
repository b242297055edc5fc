-- CreateEnum
CREATE TYPE "DeletedEntity" AS ENUM ('CLAIM', 'OUTCOME', 'SOURCE');

-- AlterEnum
ALTER TYPE "ClaimEventType" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Claimant" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "description" TEXT,
ADD COLUMN     "titleFrom" DATE,
ADD COLUMN     "titleUntil" DATE,
ADD COLUMN     "wikidataId" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ClaimantRedirect" (
    "slug" TEXT NOT NULL,
    "claimantId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimantRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "DeletionRecord" (
    "id" SERIAL NOT NULL,
    "entity" "DeletedEntity" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "reason" TEXT,
    "deletedById" INTEGER,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimantRedirect_claimantId_idx" ON "ClaimantRedirect"("claimantId");

-- CreateIndex
CREATE INDEX "DeletionRecord_entity_entityId_idx" ON "DeletionRecord"("entity", "entityId");

-- CreateIndex
CREATE INDEX "DeletionRecord_deletedAt_idx" ON "DeletionRecord"("deletedAt");

-- CreateIndex
CREATE INDEX "Claimant_aliases_idx" ON "Claimant" USING GIN ("aliases");

-- AddForeignKey
ALTER TABLE "ClaimantRedirect" ADD CONSTRAINT "ClaimantRedirect_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeletionRecord" ADD CONSTRAINT "DeletionRecord_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
