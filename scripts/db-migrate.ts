// `npm run db:migrate`: applies prisma/migrations to MIGRATION_DATABASE_URL, else DATABASE_URL
// (offline `prisma migrate deploy`), from the environment or from .env files, read as Next.js reads
// them. Run it as the schema's owner: the application's own role may not change the schema.
import nextEnv from "@next/env";
import { applyMigrations } from "../lib/platform/migrations/runner.ts";

async function main(): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
  const connectionString = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: point it at the PostgreSQL database to migrate (in the environment or .env.local).");
  }
  const { applied, alreadyApplied } = await applyMigrations({ connectionString, log: (line) => console.log(line) });
  if (applied.length === 0) {
    console.log(`Database is up to date (${alreadyApplied.length} migrations already applied).`);
  } else {
    console.log(`Applied ${applied.length} migration(s); ${alreadyApplied.length} were already applied.`);
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
