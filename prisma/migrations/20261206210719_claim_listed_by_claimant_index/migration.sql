-- A claimant's listed claims (published, not withdrawn), counted from the index alone: every change to
-- a public claim counts its claimant's to know how many of the claimant's pages of 50 to drop
-- (lib/public/page-invalidation.ts claimPagePaths), and reading ~200 claim rows for it took ~8 ms at
-- a million claims, most of a batch change's time. The condition is listedClaimCondition's.
CREATE INDEX "Claim_listed_claimantId_idx" ON "Claim" ("claimantId") WHERE "visibility" = 'PUBLISHED' AND "withdrawnAt" IS NULL;
ANALYZE "Claim";
