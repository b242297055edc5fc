-- AlterTable
ALTER TABLE "ClaimEvent" ADD COLUMN     "correction" TEXT;

-- CreateTable
CREATE TABLE "SitePage" (
    "key" TEXT NOT NULL,
    "markdown" TEXT NOT NULL,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("key")
);

-- AddForeignKey
ALTER TABLE "SitePage" ADD CONSTRAINT "SitePage_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
