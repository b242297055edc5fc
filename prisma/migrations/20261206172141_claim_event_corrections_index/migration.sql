-- The corrections log (/corrections, /feed/corrections.xml, lib/public/corrections.ts) reads the few
-- history events that carry a correction note, newest first. Without this index PostgreSQL scanned
-- every event to find them (2.7 million at a million claims: 2-4 s per render, after every public change).
-- Partial: schema.prisma cannot express it (tests/drift.test.ts lists it as hand-written).
CREATE INDEX "ClaimEvent_correction_at_idx" ON "ClaimEvent" ("at" DESC, "id" DESC) WHERE "correction" IS NOT NULL;

-- The column is new: without statistics PostgreSQL takes "correction IS NOT NULL" to keep many rows
-- and joins every published claim instead of reading the index (0.8 s instead of milliseconds).
ANALYZE "ClaimEvent";
