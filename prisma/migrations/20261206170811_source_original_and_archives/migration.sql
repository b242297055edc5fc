-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveUrls" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "retrievedAt" DATE;

-- CreateTable
CREATE TABLE "SourceOriginal" (
    "sourceId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceOriginal_pkey" PRIMARY KEY ("sourceId")
);

-- AddForeignKey
ALTER TABLE "SourceOriginal" ADD CONSTRAINT "SourceOriginal_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
