import type { PrismaClient } from "@/generated/prisma/client.ts";
import { hashPassword } from "@/lib/accounts/passwords.ts";
import { demoUsers } from "@/prisma/seed-data.ts";

/**
 * Sign-in credentials for the demo users of the seed. Only switched on by `npm run dev` (or
 * `--demo-accounts`); in production mode the demo users have no password and cannot sign in.
 */
export const DEMO_ACCOUNTS = [
  { ...demoUsers.admin, password: "demo-admin-password" },
  { ...demoUsers.editor, password: "demo-editor-password" },
] as const;

/** Gives the demo users their demo passwords unless someone already set one. */
export async function enableDemoAccounts(prisma: PrismaClient): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const user = await prisma.user.findUnique({ where: { email: account.email } });
    if (user && !user.passwordHash) {
      await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(account.password) } });
    }
  }
}
