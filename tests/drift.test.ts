import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseCatalog, readCatalog, readDatabaseCatalog } from "@/lib/platform/migrations/catalog.ts";
import { compareSchemaToDatabase, defaultConstraintName, getDmmf } from "@/lib/platform/migrations/drift.ts";
import { DEFAULT_MIGRATIONS_DIR, readSnapshot } from "@/lib/platform/migrations/files.ts";
import { diffSchemas, isEmptyScript } from "@/lib/platform/migrations/schema-engine.ts";
import { createEmptyDatabase, createMigratedDatabase, type TestDatabase } from "./support/database.ts";

/** Partial and expression indexes, which schema.prisma cannot express (hand-written migrations). */
const HAND_WRITTEN_INDEXES = ["Claim_open_dueAt_idx", "ClaimEvent_correction_at_idx", "Claim_listed_claimantId_idx"];

function withoutHandWrittenIndexes(catalog: DatabaseCatalog): DatabaseCatalog {
  const tables = Object.fromEntries(
    Object.entries(catalog.tables).map(([name, table]) => [
      name,
      { ...table, indexes: table.indexes.filter((index) => !HAND_WRITTEN_INDEXES.includes(index.name)) },
    ]),
  );
  return { ...catalog, tables };
}

const SCHEMA = await readFile(path.resolve(import.meta.dirname, "..", "prisma", "schema.prisma"), "utf8");

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The catalog as it would be after `sql`, which is rolled back afterwards. */
function catalogAfter(url: string, sql: string): Promise<DatabaseCatalog> {
  return withClient(url, async (client) => {
    await client.query("BEGIN");
    try {
      await client.query(sql);
      return await readCatalog(client);
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

describe("the migrated database matches schema.prisma", () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;
  beforeAll(async () => {
    [migrated, fromSchema] = await Promise.all([createMigratedDatabase(), createEmptyDatabase()]);
    // What Prisma's engine would create from schema.prisma directly, with no migration history.
    await withClient(fromSchema.url, async (client) => client.query(await diffSchemas(null, SCHEMA)));
  });
  afterAll(async () => {
    await Promise.all([migrated?.drop(), fromSchema?.drop()]);
  });

  it("has every model, field, key, index, relation and enum of the schema, and nothing else", async () => {
    expect(compareSchemaToDatabase(getDmmf(SCHEMA), withoutHandWrittenIndexes(await readDatabaseCatalog(migrated.url)))).toEqual([]);
  });

  it("has exactly the catalog Prisma's engine creates from schema.prisma, plus the hand-written objects", async () => {
    const [actual, expected] = await Promise.all([readDatabaseCatalog(migrated.url), readDatabaseCatalog(fromSchema.url)]);
    expect(actual.functions).toEqual([
      "claim_event_append_only()",
      "claim_outcome_count()",
      "claim_search_vector(quote text, summary text, claimant text, source text)",
      "claim_search_vector_cascade()",
      "claim_search_vector_refresh()",
      "claim_status_count()",
      "delete_draft_claim_events(draft_id integer)",
      "immutable_unaccent(value text)",
      "source_first_version()",
      "source_version_immutable()",
    ]);
    const triggers = Object.fromEntries(
      Object.entries(actual.tables)
        .filter(([, table]) => table.triggers.length > 0)
        .map(([name, table]) => [name, table.triggers.map((t) => t.name)]),
    );
    expect(triggers).toEqual({
      Claim: ["Claim_search_vector", "Claim_status_count_delete", "Claim_status_count_insert", "Claim_status_count_truncate", "Claim_status_count_update"],
      ClaimEvent: ["ClaimEvent_append_only_row", "ClaimEvent_append_only_truncate"],
      ClaimOutcome: ["ClaimOutcome_count_row", "ClaimOutcome_count_truncate"],
      Claimant: ["Claimant_search_vector"],
      Source: ["Source_first_version", "Source_search_vector"],
      SourceVersion: ["SourceVersion_immutable"],
    });
    const checks = Object.fromEntries(
      Object.entries(actual.tables)
        .filter(([, table]) => table.checks.length > 0)
        .map(([name, table]) => [name, table.checks.map((check) => check.name)]),
    );
    expect(checks).toEqual({
      Claim: ["Claim_published_has_headline"],
      ClaimLink: ["ClaimLink_not_self"],
      DismissedDuplicatePair: ["DismissedDuplicatePair_ordered"],
      User: ["User_email_lowercase"],
    });
    expect(actual.tables.User?.checks).toEqual([
      { name: "User_email_lowercase", definition: "CHECK (email = lower(email))" },
    ]);
    expect(
      Object.values(actual.tables)
        .flatMap((table) => table.indexes.map((index) => index.name))
        .filter((name) => HAND_WRITTEN_INDEXES.includes(name))
        .sort(),
    ).toEqual([...HAND_WRITTEN_INDEXES].sort());

    const handWrittenRemoved = (catalog: DatabaseCatalog) => {
      const { _prisma_migrations: _bookkeeping, ...tables } = catalog.tables;
      for (const table of Object.values(tables)) {
        table.triggers = [];
        table.checks = [];
      }
      return { ...withoutHandWrittenIndexes({ ...catalog, tables }), functions: [] };
    };
    expect(handWrittenRemoved(actual)).toEqual(handWrittenRemoved(expected));
    expect(Object.values(expected.tables).flatMap((t) => [...t.triggers, ...t.checks])).toEqual([]);
  });

  it("has no schema change waiting for a migration (prisma/migrations/schema.snapshot is current)", async () => {
    const snapshot = await readSnapshot(DEFAULT_MIGRATIONS_DIR);
    expect(snapshot, "run `npm run db:migration:new -- <name>`").not.toBeNull();
    const pending = await diffSchemas(snapshot, SCHEMA);
    expect(isEmptyScript(pending), `schema.prisma changed since the last migration:\n${pending}`).toBe(true);
  });

  it("reports a field that the database lacks", async () => {
    const schema = SCHEMA.replace(/(model Note \{\n)/, "$1  pinned Boolean @default(false)\n");
    expect(schema).not.toBe(SCHEMA);
    expect(compareSchemaToDatabase(getDmmf(schema), withoutHandWrittenIndexes(await readDatabaseCatalog(migrated.url)))).toEqual([
      "column Note.pinned: missing in the database",
    ]);
  });

  it("reports a model that the database lacks", async () => {
    const schema = `${SCHEMA}\nmodel Tag {\n  id Int @id\n}\n`;
    expect(compareSchemaToDatabase(getDmmf(schema), withoutHandWrittenIndexes(await readDatabaseCatalog(migrated.url)))).toEqual([
      "table Tag: missing in the database",
    ]);
  });

  const drift: [string, string, string[]][] = [
    ["an extra column", `ALTER TABLE "Note" ADD COLUMN "extra" TEXT`, ["column Note.extra: in the database but not in the schema"]],
    ["an extra table", `CREATE TABLE "Stray" ("id" INTEGER)`, ["table Stray: in the database but not in the schema"]],
    ["a dropped table", `DROP TABLE "SignInThrottle"`, ["table SignInThrottle: missing in the database"]],
    [
      "a changed type",
      `ALTER TABLE "Claim" ALTER COLUMN "statedAt" TYPE TIMESTAMP(3)`,
      ["column Claim.statedAt: type is timestamp(3) without time zone, the schema says date"],
    ],
    [
      "a changed nullability",
      `ALTER TABLE "Source" ALTER COLUMN "title" DROP NOT NULL`,
      ["column Source.title: nullable in the database, the schema says required"],
    ],
    [
      "a changed default",
      `ALTER TABLE "Claim" ALTER COLUMN "version" SET DEFAULT 2`,
      ["column Claim.version: default is 2, the schema says 1"],
    ],
    [
      "a dropped enum default",
      `ALTER TABLE "Claim" ALTER COLUMN "status" DROP DEFAULT`,
      ['column Claim.status: default is none, the schema says "PENDING"'],
    ],
    [
      "a dropped autoincrement",
      `ALTER TABLE "Note" ALTER COLUMN "id" DROP DEFAULT`,
      ["column Note.id: default is none, the schema says autoincrement()"],
    ],
    [
      "a dropped Unsupported column",
      `ALTER TABLE "Claim" DROP COLUMN "searchVector" CASCADE`,
      ["column Claim.searchVector: missing in the database", "index Claim.Claim_searchVector_idx: missing in the database"],
    ],
    [
      "an Unsupported column of another type",
      `DROP TRIGGER "Claim_search_vector" ON "Claim"; DROP INDEX "Claim_searchVector_idx";
       ALTER TABLE "Claim" ALTER COLUMN "searchVector" TYPE text`,
      [
        "column Claim.searchVector: type is text, the schema says tsvector",
        "index Claim.Claim_searchVector_idx: missing in the database",
      ],
    ],
    ["an extra enum value", `ALTER TYPE "Role" ADD VALUE 'READER'`, ["enum Role: values not in the schema: READER"]],
    ["a missing index", `DROP INDEX "Claim_status_idx"`, ["index Claim.Claim_status_idx: missing in the database"]],
    [
      "an index in the wrong order",
      `DROP INDEX "Claim_visibility_statedAt_id_idx";
       CREATE INDEX "Claim_visibility_statedAt_id_idx" ON "Claim"("visibility", "statedAt", "id" DESC)`,
      [
        "index Claim.Claim_visibility_statedAt_id_idx: on (visibility, statedAt, id DESC), the schema says (visibility, statedAt DESC, id DESC)",
      ],
    ],
    [
      "a lost unique constraint",
      `DROP INDEX "User_email_key"; CREATE INDEX "User_email_key" ON "User"("email")`,
      ["index User.User_email_key: not unique in the database"],
    ],
    [
      "a missing foreign key",
      `ALTER TABLE "Note" DROP CONSTRAINT "Note_claimId_fkey"`,
      ["foreign key Note(claimId) → Claim(id): missing in the database"],
    ],
    [
      "a foreign key with another action",
      `ALTER TABLE "Claim" DROP CONSTRAINT "Claim_claimantId_fkey";
       ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId")
         REFERENCES "Claimant"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
      ["foreign key Claim_claimantId_fkey: ON DELETE Cascade, the schema says Restrict"],
    ],
    [
      "a renamed primary key",
      `ALTER TABLE "Note" RENAME CONSTRAINT "Note_pkey" TO "Note_id"`,
      ["primary key of Note: Note_id (id) in the database, the schema says Note_pkey (id)"],
    ],
  ];
  it.each(drift)("reports %s", async (_what, sql, expected) => {
    expect(compareSchemaToDatabase(getDmmf(SCHEMA), withoutHandWrittenIndexes(await catalogAfter(migrated.url, sql)))).toEqual(expected);
  });
});

/** A schema that exercises what the comparison maps: native types, defaults, names, index kinds. */
const KITCHEN_SINK = `
datasource db {
  provider = "postgresql"
}

enum Mood {
  HAPPY
  SAD   @map("sad")

  @@map("mood")
}

model Everything {
  id        Int      @id @default(autoincrement())
  big       BigInt   @default(autoincrement())
  small     Int      @default(autoincrement()) @db.SmallInt
  ts        DateTime @db.Timestamp
  tstz      DateTime @default(now()) @db.Timestamptz(6)
  time      DateTime @db.Time
  timetz    DateTime @db.Timetz(2)
  day       DateTime @default("2024-02-29T00:00:00Z") @db.Date
  fixed     DateTime @default("2020-01-01T12:30:00Z")
  money     Decimal  @default(1.5)
  exact     Decimal  @db.Decimal(10, 2)
  code      String   @db.VarChar(20)
  anyLength String   @db.VarChar
  initials  String   @db.Char(3)
  uuid      String   @default(uuid()) @db.Uuid
  doc       Json     @default("{\\"a\\": [1, 2]}")
  rawJson   Json?    @db.Json
  ratio     Float    @default(2.5)
  real      Float    @db.Real
  blob      Bytes?
  delta     Int      @default(-1) @db.SmallInt
  quote     String   @default("it's")
  blank     String   @default("")
  flag      Boolean  @default(true)
  moods     Mood[]   @default([HAPPY, SAD])
  mood      Mood     @default(SAD) @map("current_mood")
  numbers   Int[]
  words     String[] @default(["x", "y z"])
  counter   BigInt   @default(5)
  generated DateTime @default(dbgenerated("now()"))
  cuid      String   @default(cuid())
  ownerId   Int?
  owner     Owner?   @relation(fields: [ownerId], references: [id], onDelete: Cascade, onUpdate: NoAction, map: "everything_owner")

  @@unique([code, initials], map: "code_initials")
  @@index([code(ops: raw("text_pattern_ops"))])
  @@index([doc(ops: JsonbPathOps)], type: Gin)
  @@index([anyLength], type: Hash)
  @@index([exact(sort: Desc), id])
  @@map("everything")
}

model Owner {
  first      String
  second     Int
  id         Int          @unique
  everything Everything[]
  pets       Pet[]

  @@id([first, second], map: "owner_pk")
}

model Pet {
  id          Int    @id @default(autoincrement())
  ownerFirst  String
  ownerSecond Int
  owner       Owner  @relation(fields: [ownerFirst, ownerSecond], references: [first, second])
  nicknameGivenByTheNeighboursChildren String

  @@index([nicknameGivenByTheNeighboursChildren, ownerFirst])
}
`;

describe("compareSchemaToDatabase on a wide schema", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    await withClient(database.url, async (client) => client.query(await diffSchemas(null, KITCHEN_SINK)));
  });
  afterAll(() => database?.drop());

  it("finds no difference between a schema and the database Prisma's engine creates from it", async () => {
    expect(compareSchemaToDatabase(getDmmf(KITCHEN_SINK), await readDatabaseCatalog(database.url))).toEqual([]);
  });

  it("names constraints the way Prisma does, truncated to 63 bytes", async () => {
    const catalog = await readDatabaseCatalog(database.url);
    const name = defaultConstraintName("Pet", ["nicknameGivenByTheNeighboursChildren", "ownerFirst"], "_idx");
    expect(name).toBe("Pet_nicknameGivenByTheNeighboursChildren_ownerFirst_idx");
    const long = defaultConstraintName("Pet", ["nicknameGivenByTheNeighboursChildren", "ownerFirst", "ownerSecond"], "_fkey");
    expect(long).toBe("Pet_nicknameGivenByTheNeighboursChildren_ownerFirst_ownerS_fkey");
    expect(catalog.tables.Pet?.indexes.map((index) => index.name)).toEqual([name]);
    expect(catalog.tables.Pet?.foreignKeys.map((fk) => fk.name)).toEqual(["Pet_ownerFirst_ownerSecond_fkey"]);
  });

  it("reports changed defaults, list defaults and enum values under their database names", async () => {
    const catalog = await catalogAfter(
      database.url,
      `ALTER TABLE "everything" ALTER COLUMN "words" SET DEFAULT ARRAY['x']::text[];
       ALTER TABLE "everything" ALTER COLUMN "current_mood" SET DEFAULT 'HAPPY';
       ALTER TABLE "everything" ALTER COLUMN "fixed" SET DEFAULT '2020-01-01 12:30:01';
       ALTER TABLE "everything" ALTER COLUMN "doc" SET DEFAULT '{"a": [2, 1]}';
       ALTER TABLE "everything" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
       ALTER TYPE "mood" RENAME VALUE 'sad' TO 'SAD'`,
    );
    expect(compareSchemaToDatabase(getDmmf(KITCHEN_SINK), catalog)).toEqual([
      "enum mood: values missing in the database: sad",
      "enum mood: values not in the schema: SAD",
      'column everything.fixed: default is \'2020-01-01 12:30:01\'::timestamp without time zone, the schema says "2020-01-01T12:30:00+00:00"',
      "column everything.uuid: has default gen_random_uuid(), the schema says uuid() (client-side)",
      'column everything.doc: default is \'{"a": [2, 1]}\'::jsonb, the schema says "{\\"a\\": [1, 2]}"',
      "column everything.moods: default is ARRAY['HAPPY'::mood, 'SAD'::mood], the schema says [\"HAPPY\",\"sad\"]",
      "column everything.current_mood: default is 'HAPPY'::mood, the schema says \"sad\"",
      "column everything.words: default is ARRAY['x'::text], the schema says [\"x\",\"y z\"]",
    ]);
  });

  it("reports index methods and operator classes", async () => {
    const catalog = await catalogAfter(
      database.url,
      `DROP INDEX "everything_anyLength_idx"; CREATE INDEX "everything_anyLength_idx" ON "everything"("anyLength");
       DROP INDEX "everything_code_idx"; CREATE INDEX "everything_code_idx" ON "everything"("code")`,
    );
    expect(compareSchemaToDatabase(getDmmf(KITCHEN_SINK), catalog)).toEqual([
      "index everything.everything_code_idx: on (code), the schema says (code text_pattern_ops)",
      "index everything.everything_anyLength_idx: uses btree, the schema says hash",
    ]);
  });
});
