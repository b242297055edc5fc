import type { PrismaClient } from "@/generated/prisma/client.ts";
import type { KnownDevice } from "@/lib/accounts/known-devices.ts";
import { dummyPasswordHash, verifyPassword } from "@/lib/accounts/passwords.ts";
import { recordFailure, recordSuccess, secondsUntilAllowed } from "@/lib/accounts/sign-in-throttle.ts";
import { CLIENT_IP_HEADER } from "@/lib/platform/trusted-proxy.ts";

export const WRONG_CREDENTIALS = "Wrong email or password.";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string } }
  | { ok: false; message: string };

/**
 * The client's address for the per-IP sign-in limit: the one the server in front of Next.js
 * (lib/platform/http-server.ts) computed from the socket, and from X-Forwarded-For only as far as
 * TRUST_PROXY trusts proxies. It overwrites the header on every request, so a client cannot choose
 * it. Without it the app was not started through that server (`next start` directly): sign-in then
 * refuses rather than run without a per-IP limit or read an address anyone could send.
 */
export function signInClientIp(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_IP_HEADER];
  if (typeof value === "string" && value) return value;
  console.error(`[claim-ledger] sign-in refused: no ${CLIENT_IP_HEADER} header; start the app with npm start / npm run dev (scripts/server.ts)`);
  throw new Error("Sign-in is not available: the server is not set up correctly.");
}

/**
 * Checks an email + password. Unknown email, wrong password, a disabled account and an account
 * without a password all give the same message and take the same time (no account enumeration).
 *
 * `device` is the verified known-device cookie the request carried, if any
 * (lib/accounts/known-devices.ts). When it belongs to the email's user, the attempt is held to
 * that device's own limit instead of the email's (lib/accounts/sign-in-throttle.ts); a device of
 * another user changes nothing.
 */
export async function authenticate(
  prisma: PrismaClient,
  input: { email: string; password: string; ip: string; device?: KnownDevice | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const user = await prisma.user.findUnique({ where: { email } });
  const device = input.device && user && input.device.userId === user.id ? { userId: user.id, deviceId: input.device.deviceId } : null;
  const subject = { email, ip: input.ip, device };
  const wait = await secondsUntilAllowed(prisma, subject, now);
  if (wait > 0) {
    return { ok: false, message: `Too many failed sign-in attempts. Try again in ${formatWait(wait)}.` };
  }

  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.passwordHash || !passwordMatches || user.disabledAt) {
    await recordFailure(prisma, subject, now);
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  await recordSuccess(prisma, email, device);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/**
 * A sign-in that succeeded (any provider): stamps the user's last sign-in for the admin page and
 * returns the session version the new session begins at. `where` names the user by id (password)
 * or email (GitHub).
 */
export function recordSignIn(prisma: PrismaClient, where: { id: number } | { email: string }, now = new Date()): Promise<{ id: number; sessionVersion: number }> {
  return prisma.user.update({ where, data: { lastSignInAt: now }, select: { id: true, sessionVersion: true } });
}

export function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
