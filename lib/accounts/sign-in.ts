import type { PrismaClient } from "@/generated/prisma/client.ts";
import { dummyPasswordHash, verifyPassword } from "@/lib/accounts/passwords.ts";
import { recordFailure, recordSuccess, secondsUntilAllowed } from "@/lib/accounts/sign-in-throttle.ts";

export const WRONG_CREDENTIALS = "Wrong email or password.";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string } }
  | { ok: false; message: string };

/**
 * Checks an email + password. Unknown email, wrong password, a disabled account and an account
 * without a password all give the same message and take the same time (no account enumeration).
 */
export async function authenticate(
  prisma: PrismaClient,
  input: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const wait = await secondsUntilAllowed(prisma, { email, ip: input.ip }, now);
  if (wait > 0) {
    return { ok: false, message: `Too many failed sign-in attempts. Try again in ${formatWait(wait)}.` };
  }

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.passwordHash || !passwordMatches || user.disabledAt) {
    await recordFailure(prisma, { email, ip: input.ip }, now);
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  await recordSuccess(prisma, email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
