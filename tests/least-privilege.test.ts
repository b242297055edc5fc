import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { ensureAppRole } from "@/lib/platform/postgres/app-role.ts";
import { deleteDraftClaim } from "@/lib/workbench/claim-deletion.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

const { database } = useMigratedDatabase();
// Roles belong to the whole server, which other test files share: a name of this file's own.
const role = `claim_ledger_app_${randomBytes(4).toString("hex")}`;
let appUrl: string;
let app: PrismaClient;

async function asOwner<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client(database.url);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Runs statements in one session as the application's role; the SQLSTATE of the first that fails, or "ok". */
async function asApp(...statements: string[]): Promise<string> {
  const client = new pg.Client(appUrl);
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  appUrl = await ensureAppRole(database.url, { role, password: randomBytes(12).toString("hex") });
  app = createPrismaClient(appUrl);
});
afterAll(async () => {
  await app?.$disconnect();
  await asOwner(`DROP OWNED BY ${role}`);
  await asOwner(`DROP ROLE ${role}`);
});

const PERMISSION_DENIED = "42501";
/** The append-only trigger's refusal. */
const RESTRICT_VIOLATION = "23001";

describe("the application's database role", () => {
  it("is a plain login role, not a superuser, and does all the application's work: the whole demo seed", async () => {
    const [attributes] = await asOwner<{ rolsuper: boolean; rolcreaterole: boolean; rolbypassrls: boolean }>(
      `SELECT rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = '${role}'`,
    );
    expect(attributes).toEqual({ rolsuper: false, rolcreaterole: false, rolbypassrls: false });
    const result = await seedDemoData(app);
    expect(result.counts.claims).toBeGreaterThan(0);
    expect(await app.claimEvent.count()).toBeGreaterThan(result.counts.claims);
    // Deleting where the workbench deletes (a revoked session's cleanup, an unlinked outcome) works.
    await expect(app.revokedSession.deleteMany({})).resolves.toBeDefined();
  });

  it("cannot alter history: no UPDATE, DELETE or TRUNCATE on ClaimEvent, even after trying to switch triggers off", async () => {
    const before = await asOwner<{ n: string }>(`SELECT count(*) AS n FROM "ClaimEvent"`);
    expect(await asApp(`SET session_replication_role = replica`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`DELETE FROM "ClaimEvent"`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`UPDATE "ClaimEvent" SET "rationale" = 'rewritten'`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`TRUNCATE "ClaimEvent" CASCADE`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`ALTER TABLE "ClaimEvent" DISABLE TRIGGER ALL`)).toBe(PERMISSION_DENIED);
    expect(await asOwner<{ n: string }>(`SELECT count(*) AS n FROM "ClaimEvent"`)).toEqual(before);
  });

  it("deletes a draft readers never saw with its history, through delete_draft_claim_events() alone", async () => {
    const actor = await app.user.findFirstOrThrow({ where: { role: "EDITOR" } });
    const draft = await createTestClaim(app, actor);
    await deleteDraftClaim(app, actor, draft.id, draft.version);
    expect(await app.claim.count({ where: { id: draft.id } })).toBe(0);
    expect(await app.claimEvent.count({ where: { claimId: draft.id } })).toBe(0);
    expect(await app.deletionRecord.count({ where: { entity: "CLAIM", entityId: draft.id } })).toBe(1);
    const published = await app.claim.findFirstOrThrow({ where: { visibility: "PUBLISHED" } });
    expect(await asApp(`SELECT delete_draft_claim_events(${published.id})`)).toBe(RESTRICT_VIOLATION);
    expect(await asApp(`SELECT set_config('claim_ledger.deleting_draft', '${published.id}', false)`, `DELETE FROM "ClaimEvent" WHERE "claimId" = ${published.id}`)).toBe(
      PERMISSION_DENIED,
    );
  });

  it("cannot truncate tables, change the schema, or read the migration bookkeeping", async () => {
    expect(await asApp(`TRUNCATE "Claim" CASCADE`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`CREATE TABLE "Intruder" (id int)`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`DROP TABLE "Note"`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`SELECT * FROM "_prisma_migrations"`)).toBe(PERMISSION_DENIED);
    expect(await asApp(`SELECT count(*) FROM "Claim"`)).toBe("ok");
  });

  it("can be set up again (after a migration) with a new password", async () => {
    const next = await ensureAppRole(database.url, { role, password: randomBytes(12).toString("hex") });
    expect(next).not.toBe(appUrl);
    appUrl = next;
    expect(await asApp(`SELECT count(*) FROM "Claim"`)).toBe("ok");
  });
});
