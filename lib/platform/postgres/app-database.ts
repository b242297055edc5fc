import { ensureDatabase } from "@/lib/platform/postgres/ensure-database.ts";
import { runningEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedPostgresOptions, type EmbeddedPostgresServer } from "@/lib/platform/postgres/embedded.ts";

// Without DATABASE_URL the app's data lives on the embedded PostgreSQL. `npm run dev`, `npm start`
// (scripts/run.ts) and `npm run user:create` find it here, so they always use the same one.

/** The embedded server's data directory, relative to the project (where npm runs the scripts). */
export const DEFAULT_DATA_DIR = ".data/postgres";
/** The app's database on the embedded server. */
export const APP_DATABASE = "claim_ledger";

/** Starts the embedded server on `dataDir` and creates the app's database on it unless it exists. */
export async function startAppDatabase(options: EmbeddedPostgresOptions): Promise<{ server: EmbeddedPostgresServer; ownerUrl: string }> {
  const server = await startEmbeddedPostgres(options);
  try {
    await ensureDatabase(server.url(), APP_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, ownerUrl: server.url(APP_DATABASE) };
}

/** The superuser's URL of the app's database on the server `npm start` runs on `dataDir` now, or null. */
export function runningAppDatabaseUrl(dataDir: string): string | null {
  return runningEmbeddedPostgres(dataDir)?.url(APP_DATABASE) ?? null;
}
