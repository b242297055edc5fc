import { isIP } from "node:net";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { requiredText } from "@/lib/fields.ts";

/**
 * Brute-force limit for sign-in, kept in PostgreSQL (SignInThrottle) so restarts don't reset it.
 * Each email and each client IP may fail a few times; after that every further failure doubles
 * the wait, up to an hour. Failures older than the window are forgotten.
 *
 * A known device of the email's user (lib/accounts/known-devices.ts: a browser that signed in as
 * that user before) is not held to the email's count, which a stranger can run up: its failures
 * count toward a limit of its own (`device:<user id>:<device id>`, as many free failures as an
 * email) and the IP's as always, so a stranger cannot lock the owner out of their own device, and
 * a stolen device cookie still gets no more guesses than an email does.
 */
export const THROTTLE = {
  freeFailures: { email: 5, device: 5, ip: 20 },
  windowMs: 15 * 60_000,
  firstBlockMs: 30_000,
  maxBlockMs: 60 * 60_000,
} as const;

export interface ThrottleSubject {
  email: string;
  /** The client's address (lib/accounts/sign-in.ts signInClientIp); null checks or counts the email alone. */
  ip: string | null;
  /** A verified known device of the email's user: counted in place of the email. */
  device?: { userId: number; deviceId: string } | null;
}

type Keyed = { key: string; freeFailures: number };

/** The eight 16-bit groups of an IPv6 address (any textual form, an embedded IPv4 tail too), or null. */
function ipv6Groups(ip: string): number[] | null {
  if (isIP(ip) !== 6) return null;
  let text = ip.toLowerCase().replace(/%.*$/, "");
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The per-IP limit's key: an IPv4 address as it is; an IPv6 address by its /64 network, since one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address for every attempt.
 */
export function ipThrottleKey(ip: string): string {
  const groups = ipv6Groups(ip);
  return groups ? `ip:${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64` : `ip:${ip}`;
}

export function deviceThrottleKey(device: { userId: number; deviceId: string }): string {
  return `device:${device.userId}:${device.deviceId}`;
}

function keysOf({ email, ip, device }: ThrottleSubject): Keyed[] {
  const keys: Keyed[] = [
    device
      ? { key: deviceThrottleKey(device), freeFailures: THROTTLE.freeFailures.device }
      : { key: `email:${email.trim().toLowerCase()}`, freeFailures: THROTTLE.freeFailures.email },
  ];
  if (ip) keys.push({ key: ipThrottleKey(ip), freeFailures: THROTTLE.freeFailures.ip });
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

/** Counts a failed attempt for the email (or the known device) and the IP (atomically, safe under concurrent attempts). */
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

/**
 * A successful sign-in clears the email's failures (not the IP's: one good account must not unlock
 * an IP). On a known device it clears that device's failures only: the email's count is a
 * stranger's doing, and it keeps slowing the stranger down until it runs out.
 */
export async function recordSuccess(prisma: PrismaClient, email: string, device?: ThrottleSubject["device"]): Promise<void> {
  const key = device ? deviceThrottleKey(device) : `email:${email.trim().toLowerCase()}`;
  await prisma.signInThrottle.deleteMany({ where: { key } });
}

export interface ThrottleRow {
  key: string;
  kind: "email" | "address" | "device";
  /** The email, the address (or IPv6 /64), or for a device the id of its user. */
  subject: string;
  failures: number;
  lastFailureAt: Date;
  /** Null, or a past time, when not blocked now (failures still count within the window). */
  blockedUntil: Date | null;
}

/** The limits that matter now, for the admins: blocked, or with failures inside the window; blocked first. */
export async function listThrottles(prisma: PrismaClient, now = new Date(), take = 200): Promise<ThrottleRow[]> {
  const rows = await prisma.signInThrottle.findMany({
    where: { OR: [{ blockedUntil: { gt: now } }, { lastFailureAt: { gt: new Date(now.getTime() - THROTTLE.windowMs) } }] },
    orderBy: [{ blockedUntil: { sort: "desc", nulls: "last" } }, { lastFailureAt: "desc" }],
    take,
  });
  return rows.map((row) => {
    const [prefix, ...rest] = row.key.split(":");
    const value = rest.join(":");
    const kind = prefix === "ip" ? "address" : prefix === "device" ? "device" : "email";
    return { key: row.key, kind, subject: kind === "device" ? value.split(":")[0]! : value, failures: row.failures, lastFailureAt: row.lastFailureAt, blockedUntil: row.blockedUntil };
  });
}

/** The admin form's input: the limit's key as listed by listThrottles. */
export const clearThrottleSchema = z.object({ key: requiredText("the limit to clear", 400) });

/** Forgets one limit's failures and block (an admin's "Clear"). Returns whether there was one. */
export async function clearThrottle(prisma: PrismaClient, key: string): Promise<boolean> {
  const { count } = await prisma.signInThrottle.deleteMany({ where: { key } });
  return count > 0;
}
