// `npm run db:app-role`: creates or updates the application's least-privilege role on an external
// server (lib/platform/postgres/app-role.ts). Run as the schema's owner after each migration:
//   MIGRATION_DATABASE_URL=postgresql://owner:…@host/db APP_DATABASE_PASSWORD=… npm run db:app-role
// then run the app with DATABASE_URL set to the printed URL (with the password filled in).
import nextEnv from "@next/env";
import { APP_ROLE, ensureAppRole } from "../lib/platform/postgres/app-role.ts";

async function main(): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
  const ownerUrl = process.env.MIGRATION_DATABASE_URL;
  const password = process.env.APP_DATABASE_PASSWORD;
  if (!ownerUrl || !password) throw new Error("set MIGRATION_DATABASE_URL (the schema owner) and APP_DATABASE_PASSWORD (the new role's password)");
  const appUrl = new URL(await ensureAppRole(ownerUrl, { password }));
  appUrl.password = "…";
  console.log(`Role ${APP_ROLE} is ready. Run the app with DATABASE_URL=${appUrl} (your APP_DATABASE_PASSWORD in place of …).`);
}

main().catch((error: unknown) => {
  console.error(`db:app-role failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
