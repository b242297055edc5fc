import { randomUUID } from "node:crypto";
import pg from "pg";
import {
  assertPostgresLockfile,
  DEFAULT_MIGRATIONS_DIR,
  readMigrationsDirectory,
  scriptMatchesChecksum,
} from "./files.ts";

/**
 * Applies prisma/migrations to a PostgreSQL database the way `prisma migrate deploy` does
 * (same `_prisma_migrations` table, rows and checksums, so the two stay interchangeable),
 * without Prisma's native schema engine, which cannot be downloaded here. Stricter than
 * deploy: it refuses edited, unknown or failed migrations instead of carrying on.
 */

export interface ApplyMigrationsOptions {
  connectionString: string;
  migrationsDir?: string;
  log?: (line: string) => void;
  /** How long to wait for another runner's lock before giving up. */
  lockTimeoutMs?: number;
}

export interface ApplyMigrationsResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Prisma's advisory lock key (schema engine, `SELECT pg_advisory_lock(72707369)`). */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** Verbatim from Prisma 7.10.1's schema engine (PostgreSQL migration persistence). */
export const PRISMA_MIGRATIONS_TABLE_DDL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  logs: string | null;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function applyMigrations(options: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const dir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const log = options.log ?? (() => {});
  const { lockfile, migrations: local } = await readMigrationsDirectory(dir);
  assertPostgresLockfile(lockfile, dir);

  const client = new pg.Client({ connectionString: options.connectionString });
  // A dropped connection also fails the pending query, which is what gets reported.
  client.on("error", () => {});
  await client.connect();
  try {
    await acquireLock(client, options.lockTimeoutMs ?? 60_000);
    const exists = await client.query<{ found: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found",
    );
    if (!exists.rows[0]?.found) {
      await client.query(PRISMA_MIGRATIONS_TABLE_DDL);
      log("Created the _prisma_migrations table");
    }
    const rows = (
      await client.query<MigrationRow>(
        `SELECT id, checksum, migration_name, logs, started_at, finished_at, rolled_back_at
           FROM _prisma_migrations ORDER BY started_at, migration_name`,
      )
    ).rows;

    const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed.length > 0) {
      const details = failed.map(
        (row) =>
          `  ${row.migration_name} (started ${row.started_at.toISOString()})${row.logs?.trim() ? `: ${row.logs.trim()}` : ""}`,
      );
      throw new Error(
        `The database has failed migrations:\n${details.join("\n")}\n` +
          "Repair the database by hand, then mark each one rolled back " +
          "(UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = '…', or " +
          "`prisma migrate resolve --rolled-back <name>`) and run the migrations again.",
      );
    }

    // Like Prisma, a rolled-back row does not count as applied.
    const appliedRows = rows.filter((row) => row.rolled_back_at === null);
    const localByName = new Map(local.map((migration) => [migration.name, migration]));
    const unknown = appliedRows.filter((row) => !localByName.has(row.migration_name)).map((row) => row.migration_name);
    if (unknown.length > 0) {
      throw new Error(
        `The database has applied migrations that are missing from ${dir}: ${unknown.join(", ")}. ` +
          "Is this checkout older than the database, or was a migration renamed or deleted?",
      );
    }
    for (const row of appliedRows) {
      const migration = localByName.get(row.migration_name);
      if (migration && !scriptMatchesChecksum(migration.sql, row.checksum)) {
        throw new Error(
          `Migration ${row.migration_name} was modified after it was applied to this database ` +
            `(checksum ${row.checksum} in _prisma_migrations, ${migration.checksum} on disk). ` +
            "Restore the applied file and put the change in a new migration.",
        );
      }
    }

    const appliedNames = new Set(appliedRows.map((row) => row.migration_name));
    const result: ApplyMigrationsResult = { applied: [], alreadyApplied: [] };
    for (const migration of local) {
      if (appliedNames.has(migration.name)) {
        result.alreadyApplied.push(migration.name);
        continue;
      }
      log(`Applying ${migration.name}`);
      // Bookkeeping and script share one transaction: a failure leaves neither a row nor a
      // half-applied script behind (PostgreSQL DDL is transactional).
      await client.query("BEGIN");
      try {
        const id = randomUUID();
        await client.query(
          "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())",
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          `UPDATE _prisma_migrations
              SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1
            WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${describe(error)}`, { cause: error });
      }
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    // Closing the session also releases the advisory lock.
    await client.end().catch(() => {});
  }
}

async function acquireLock(client: pg.Client, timeoutMs: number): Promise<void> {
  await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === "55P03") {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})): ` +
          "another migration run holds it.",
      );
    }
    throw error;
  } finally {
    await client.query("RESET lock_timeout");
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { position, where } = error as Error & { position?: string; where?: string };
  return [error.message, position && `at character ${position}`, where].filter(Boolean).join(" ");
}
