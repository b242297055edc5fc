import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/platform/postgres/embedded.ts";
import { makeTempDir } from "./temp-dir.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server that test databases are created on. */
    postgresAdminUrl: string;
  }
}

/**
 * One throwaway PostgreSQL server per test run; each test file creates its own databases on
 * it (tests/support/database.ts). TEST_POSTGRES_ADMIN_URL points the tests at an external
 * server instead — never at the development database, since tests create and drop databases.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_POSTGRES_ADMIN_URL;
  if (external) {
    project.provide("postgresAdminUrl", external);
    return;
  }
  const dataDir = path.join(await makeTempDir("claim-ledger-test"), "postgres");
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, fast: true });
  project.provide("postgresAdminUrl", server.url());
  return () => server.stop();
}
