/**
 * `npm run db:seed`: writes the demo data (prisma/demo-data.ts) into the database at DATABASE_URL.
 * Safe to run again: rows that already exist are left as they are.
 */
import { createPrismaClient } from "@/lib/platform/db.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:seed: DATABASE_URL is not set (e.g. DATABASE_URL=postgresql://user@localhost:5432/claim_ledger).");
  process.exit(1);
}

const prisma = createPrismaClient(url);
try {
  const { created, counts } = await seedDemoData(prisma);
  const summary = Object.entries(counts)
    .map(([table, n]) => `${n} ${table}`)
    .join(", ");
  console.log(created ? `Demo data seeded: ${summary}.` : "Demo data already present: nothing created.");
} catch (error) {
  console.error(`db:seed failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
