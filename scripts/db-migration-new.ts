// `npm run db:migration:new -- <name> [--empty]`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings a database from the last migration to the current schema.prisma,
// as `prisma migrate dev --create-only` would, but offline (lib/platform/migrations/schema-engine.ts).
//
// "The schema as of the last migration" is kept in prisma/migrations/schema.snapshot, which this
// script rewrites with every generated migration and which is committed with it. We do not ask
// git for the schema at the last migration's commit: that breaks for migrations not committed
// yet, for shallow CI clones and after rebases. Prisma ignores the file (it only reads
// sub-directories of prisma/migrations); it has no `.prisma` extension so that a multi-file
// schema folder would not pick it up. Two branches that both add migrations conflict on it,
// which is the right moment to regenerate the second migration. tests/drift.test.ts checks it
// is in sync with schema.prisma.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_MIGRATIONS_DIR,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  readMigrationsDirectory,
  readSnapshot,
  SNAPSHOT_NAME,
  snapshotContent,
} from "../lib/platform/migrations/files.ts";
import { diffSchemas, isEmptyScript } from "../lib/platform/migrations/schema-engine.ts";

const SCHEMA_FILE = fileURLToPath(new URL("../prisma/schema.prisma", import.meta.url));
const EMPTY_MIGRATION = "-- This is an empty migration.\n";

/** Like Prisma's CLI (slugify with "_" as separator, at most 200 characters). */
function migrationSlug(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** A timestamp after the latest existing one, so the new migration always sorts last. */
function nextTimestamp(existing: string[]): string {
  const now = utcTimestamp(new Date());
  const latest = existing.map((name) => name.slice(0, 14)).sort().at(-1);
  if (!latest || !/^\d{14}$/.test(latest) || now > latest) return now;
  const iso = latest.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1-$2-$3T$4:$5:$6Z");
  return utcTimestamp(new Date(Date.parse(iso) + 1000));
}

const USAGE = "Usage: npm run db:migration:new -- <name> [--empty] [--schema=<file>] [--migrations-dir=<dir>]";

async function main(argv: string[]): Promise<void> {
  const flags = new Map(
    argv.filter((arg) => arg.startsWith("--")).map((arg) => [arg.replace(/=.*$/s, ""), arg.replace(/^[^=]*=?/, "")]),
  );
  const words = argv.filter((arg) => !arg.startsWith("--"));
  const slug = migrationSlug(words.join(" "));
  const known = ["--empty", "--schema", "--migrations-dir"];
  if (!slug || [...flags.keys()].some((flag) => !known.includes(flag))) throw new Error(USAGE);
  const empty = flags.has("--empty");
  const dir = path.resolve(flags.get("--migrations-dir") || DEFAULT_MIGRATIONS_DIR);
  const schemaFile = path.resolve(flags.get("--schema") || SCHEMA_FILE);

  const { migrations } = await readMigrationsDirectory(dir);
  const snapshotFile = path.join(dir, SNAPSHOT_NAME);
  const snapshot = await readSnapshot(dir);
  if (snapshot === null && migrations.length > 0) {
    throw new Error(
      `${snapshotFile} is missing, so the schema as of the last migration is unknown. ` +
        "Restore it from git (it is written by this script and committed with each migration).",
    );
  }
  const schema = await readFile(schemaFile, "utf8");
  const changes = await diffSchemas(snapshot, schema);

  let sql: string;
  if (empty) {
    sql = EMPTY_MIGRATION;
    if (!isEmptyScript(changes)) {
      console.warn("Note: schema.prisma has changes that are not in a migration yet; they will go into the next generated one.");
    }
  } else if (isEmptyScript(changes)) {
    throw new Error(
      "schema.prisma has no changes since the last migration. " +
        "Use --empty to create an empty migration for hand-written SQL.",
    );
  } else {
    sql = changes;
  }

  const name = `${nextTimestamp(migrations.map((migration) => migration.name))}_${slug}`;
  const migrationDir = path.join(dir, name);
  await mkdir(migrationDir, { recursive: true });
  await writeFile(path.join(migrationDir, "migration.sql"), sql, "utf8");
  await writeFile(path.join(dir, LOCKFILE_NAME), LOCKFILE_CONTENT, "utf8");
  if (!empty) await writeFile(snapshotFile, snapshotContent(name, schema), "utf8");

  const relative = path.relative(process.cwd(), path.join(migrationDir, "migration.sql"));
  console.log(empty ? `Created ${relative}: write its SQL by hand.` : `Created ${relative}`);
  console.log("Review it, then apply it with `npm run db:migrate`.");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db:migration:new failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
