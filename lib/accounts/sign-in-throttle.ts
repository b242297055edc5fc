import type { PrismaClient } from "@/generated/prisma/client.ts";

/**
 * Brute-force limit for sign-in, kept in PostgreSQL (SignInThrottle) so restarts don't reset it.
 * Each email and each client IP may fail a few times; after that every further failure doubles
 * the wait, up to an hour. Failures older than the window are forgotten.
 */
export const THROTTLE = {
  freeFailures: { email: 5, ip: 20 },
  windowMs: 15 * 60_000,
  firstBlockMs: 30_000,
  maxBlockMs: 60 * 60_000,
} as const;

export interface ThrottleSubject {
  email: string;
  ip: string | null;
}

type Keyed = { key: string; freeFailures: number };

function keysOf({ email, ip }: ThrottleSubject): Keyed[] {
  const keys: Keyed[] = [{ key: `email:${email.trim().toLowerCase()}`, freeFailures: THROTTLE.freeFailures.email }];
  if (ip) keys.push({ key: `ip:${ip}`, freeFailures: THROTTLE.freeFailures.ip });
  return keys;
}

/** Seconds until a new attempt is allowed, or 0 when it is allowed now. */
export async function secondsUntilAllowed(prisma: PrismaClient, subject: ThrottleSubject, now = new Date()): Promise<number> {
  const rows = await prisma.signInThrottle.findMany({
    where: { key: { in: keysOf(subject).map((k) => k.key) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil!.getTime()));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts a failed attempt for the email and the IP (atomically, safe under concurrent attempts). */
export async function recordFailure(prisma: PrismaClient, subject: ThrottleSubject, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  for (const { key, freeFailures } of keysOf(subject)) {
    await prisma.$executeRaw`
      INSERT INTO "SignInThrottle" (key, failures, "lastFailureAt", "blockedUntil")
      VALUES (${key}, 1, ${now}, NULL)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "SignInThrottle"."lastFailureAt" < ${windowStart} THEN 1 ELSE "SignInThrottle".failures + 1 END,
        "lastFailureAt" = ${now}`;
    // Block once past the free failures: 30 s, 60 s, 120 s, … up to an hour.
    await prisma.$executeRaw`
      UPDATE "SignInThrottle" SET "blockedUntil" = ${now}::timestamp + make_interval(secs =>
        LEAST(${THROTTLE.maxBlockMs / 1000}::float8, ${THROTTLE.firstBlockMs / 1000}::float8 * power(2, failures - ${freeFailures})))
      WHERE key = ${key} AND failures >= ${freeFailures}`;
  }
}

/** A successful sign-in clears the email's failures (not the IP's: one good account must not unlock an IP). */
export async function recordSuccess(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
