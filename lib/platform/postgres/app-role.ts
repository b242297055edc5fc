import pg from "pg";

/** The role the application connects as: never the owner of the schema, never a superuser. */
export const APP_ROLE = "claim_ledger_app";

/**
 * Creates or updates the application's login role on the database behind `ownerUrl` (a superuser or
 * the schema's owner, who runs the migrations) and returns the URL the application uses instead.
 *
 * The role may read and write the tables, but not alter history: no UPDATE, DELETE or TRUNCATE on
 * "ClaimEvent" (the append-only trigger is a second wall), no TRUNCATE anywhere, no DDL, no access
 * to Prisma's migration bookkeeping. Not being a superuser, it cannot `SET session_replication_role`
 * to switch triggers off. Run again after each migration: new tables get the same grants.
 */
export async function ensureAppRole(ownerUrl: string, { role = APP_ROLE, password }: { role?: string; password: string }): Promise<string> {
  const client = new pg.Client(ownerUrl);
  await client.connect();
  try {
    const name = client.escapeIdentifier(role);
    const secret = client.escapeLiteral(password);
    const database = client.escapeIdentifier((await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db);
    await client.query("BEGIN");
    // Roles are shared by the whole server: two databases on it may race to create the same one.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('claim-ledger-app-role'))");
    const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount === 1;
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${secret}`;
    await client.query(`${exists ? "ALTER" : "CREATE"} ROLE ${name} WITH ${attributes}`);
    await client.query(`REVOKE ALL ON DATABASE ${database} FROM ${name}`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${name}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${name}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${name}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${name}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`);
    await client.query(`REVOKE UPDATE, DELETE ON "ClaimEvent" FROM ${name}`);
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${name}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${name}`);
    // The job queue's tables (migration job_queue): rows only; its queues and schema are the owner's.
    await client.query(`GRANT USAGE ON SCHEMA pgboss TO ${name}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${name}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
