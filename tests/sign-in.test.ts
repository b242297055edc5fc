import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { hashPassword } from "@/lib/accounts/passwords.ts";
import { authenticate, signInClientIp, WRONG_CREDENTIALS } from "@/lib/accounts/sign-in.ts";
import { ipThrottleKey, recordFailure, secondsUntilAllowed, THROTTLE } from "@/lib/accounts/sign-in-throttle.ts";
import { CLIENT_IP_HEADER, normaliseForwardedHeaders, type RawHeaders } from "@/lib/platform/trusted-proxy.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const { database, prisma } = useMigratedDatabase();
const PASSWORD = "a long enough password";
const start = new Date("2026-01-10T12:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await prisma.user.createMany({
    data: [
      { email: "ed@example.org", name: "Ed", role: "EDITOR", passwordHash },
      { email: "gone@example.org", name: "Gone", role: "EDITOR", passwordHash, disabledAt: start },
      { email: "new@example.org", name: "New", role: "EDITOR" },
    ],
  });
});
beforeEach(() => prisma.signInThrottle.deleteMany());

describe("authenticate", () => {
  it("signs in with the right password, whatever the email's case and spaces", async () => {
    const result = await authenticate(prisma, { email: "  Ed@Example.ORG ", password: PASSWORD, ip: "10.0.0.1" }, start);
    expect(result).toMatchObject({ ok: true, user: { email: "ed@example.org", name: "Ed" } });
  });

  it.each([
    ["a wrong password", "ed@example.org", "wrong password!"],
    ["an unknown email", "nobody@example.org", PASSWORD],
    ["a disabled account", "gone@example.org", PASSWORD],
    ["an account without a password", "new@example.org", ""],
  ])("gives one message for %s", async (_, email, password) => {
    const result = await authenticate(prisma, { email, password, ip: "10.0.0.1" }, start);
    expect(result).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it("blocks an email after five failures with a clear message, even with the right password", async () => {
    for (let i = 0; i < THROTTLE.freeFailures.email; i++) {
      await authenticate(prisma, { email: "ed@example.org", password: "wrong", ip: `10.0.1.${i}` }, at(i));
    }
    const blocked = await authenticate(prisma, { email: "ed@example.org", password: PASSWORD, ip: "10.0.2.1" }, at(6));
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.message).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/);
    // Other emails are not blocked by it.
    expect(await secondsUntilAllowed(prisma, { email: "other@example.org", ip: "10.0.3.1" }, at(6))).toBe(0);
    // Once the block is over, the right password works and clears the email's failures.
    const later = at(6 + THROTTLE.firstBlockMs / 1000);
    expect((await authenticate(prisma, { email: "ed@example.org", password: PASSWORD, ip: "10.0.2.1" }, later)).ok).toBe(true);
    expect(await secondsUntilAllowed(prisma, { email: "ed@example.org", ip: null }, later)).toBe(0);
  });
});

describe("sign-in throttle", () => {
  const subject = { email: "target@example.org", ip: "192.0.2.7" };

  it("doubles the wait with each failure past the free ones, up to an hour", async () => {
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      await recordFailure(prisma, subject, at(i));
      waits.push(await secondsUntilAllowed(prisma, { ...subject, ip: null }, at(i)));
    }
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4, 8)).toEqual([30, 60, 120, 240]);
    expect(Math.max(...waits)).toBe(3600);
  });

  it("limits an IP across many emails", async () => {
    for (let i = 0; i < THROTTLE.freeFailures.ip; i++) {
      await recordFailure(prisma, { email: `user${i}@example.org`, ip: "198.51.100.9" }, at(i));
    }
    expect(await secondsUntilAllowed(prisma, { email: "fresh@example.org", ip: "198.51.100.9" }, at(21))).toBeGreaterThan(0);
    expect(await secondsUntilAllowed(prisma, { email: "fresh@example.org", ip: "198.51.100.10" }, at(21))).toBe(0);
  });

  it("forgets failures older than the window", async () => {
    for (let i = 0; i < THROTTLE.freeFailures.email - 1; i++) await recordFailure(prisma, subject, at(i));
    const afterWindow = at(THROTTLE.windowMs / 1000 + 10);
    await recordFailure(prisma, subject, afterWindow);
    expect(await secondsUntilAllowed(prisma, subject, afterWindow)).toBe(0);
    const [row] = await prisma.signInThrottle.findMany({ where: { key: "email:target@example.org" } });
    expect(row?.failures).toBe(1);
  });

  it("keeps its state in the database, so a new client (a restart) still sees the block", async () => {
    for (let i = 0; i < THROTTLE.freeFailures.email; i++) await recordFailure(prisma, subject, at(i));
    const restarted = createPrismaClient(database.url);
    try {
      expect(await secondsUntilAllowed(restarted, subject, at(5))).toBeGreaterThan(0);
    } finally {
      await restarted.$disconnect();
    }
  });

  it("counts concurrent failures exactly", async () => {
    await Promise.all(Array.from({ length: 10 }, () => recordFailure(prisma, { email: "race@example.org", ip: null }, at(1))));
    const row = await prisma.signInThrottle.findUnique({ where: { key: "email:race@example.org" } });
    expect(row?.failures).toBe(10);
  });
});

/*
 * The per-IP limit as the app applies it: the request's headers go through the server's
 * normalisation (lib/platform/trusted-proxy.ts, what scripts/server.ts does before Next.js),
 * the client IP is read from the result as next-auth's authorize() does (signInClientIp), and
 * every attempt uses a fresh email, so only the per-IP limit can block the 21st.
 */
describe("the per-IP sign-in limit behind proxies (TRUST_PROXY)", () => {
  const ATTEMPTS = THROTTLE.freeFailures.ip + 1;
  const BLOCKED = /^Too many failed sign-in attempts/;

  async function lastAttempt(trustProxy: number, socket: string, headersOf: (i: number) => RawHeaders) {
    let result;
    for (let i = 0; i < ATTEMPTS; i++) {
      const { headers } = normaliseForwardedHeaders(headersOf(i), socket, trustProxy);
      result = await authenticate(prisma, { email: `probe${i}@example.org`, password: "wrong password!", ip: signInClientIp(headers) }, at(i));
    }
    return result!;
  }

  it.each([
    ["no proxy trusted, the client rotates X-Forwarded-For: the 21st failure is blocked", 0, "198.51.100.50", (i: number) => ({ "x-forwarded-for": `10.66.${i}.1` }), true],
    ["no proxy trusted, the client rotates X-Real-IP and Forwarded: blocked", 0, "198.51.100.50", (i: number) => ({ "x-real-ip": `10.66.${i}.1`, forwarded: `for=10.66.${i}.1` }), true],
    ["no proxy trusted, no forwarding header at all: blocked by the socket's address", 0, "198.51.100.50", () => ({}), true],
    ["one trusted proxy appending the client's address after a rotating client-sent one: blocked", 1, "10.0.0.1", (i: number) => ({ "x-forwarded-for": `10.66.${i}.1, 203.0.113.7` }), true],
    ["two trusted proxies, the client's entry two hops from the right: blocked", 2, "10.0.0.2", (i: number) => ({ "x-forwarded-for": `10.66.${i}.1, 203.0.113.7, 10.0.0.1` }), true],
    ["an IPv6 client rotating addresses within its /64: blocked", 1, "10.0.0.1", (i: number) => ({ "x-forwarded-for": `2001:db8:5:6::${(i + 1).toString(16)}` }), true],
    // Why the hop count must match the deployment: TRUST_PROXY=1 with nothing in front lets the
    // client's own entry stand for its address.
    ["a proxy trusted but none in front (misconfigured): the client's own entry is believed, not blocked", 1, "198.51.100.50", (i: number) => ({ "x-forwarded-for": `10.66.${i}.1` }), false],
  ] as const)("%s (TRUST_PROXY=%i)", async (_, trust, socket, headersOf, blocked) => {
    const result = await lastAttempt(trust, socket, headersOf);
    expect(result.ok).toBe(false);
    expect(!result.ok && BLOCKED.test(result.message)).toBe(blocked);
  });

  it("refuses to sign in without the server's client-IP header (Next.js not started through scripts/server.ts)", () => {
    expect(() => signInClientIp({ "x-forwarded-for": "203.0.113.7" })).toThrow("Sign-in is not available");
    expect(() => signInClientIp(undefined)).toThrow("Sign-in is not available");
    expect(signInClientIp({ [CLIENT_IP_HEADER]: "203.0.113.7" })).toBe("203.0.113.7");
  });

  it("keys IPv4 by address and IPv6 by its /64 network", () => {
    expect(ipThrottleKey("203.0.113.7")).toBe("ip:203.0.113.7");
    expect(ipThrottleKey("2001:db8:5:6::1")).toBe("ip:2001:db8:5:6::/64");
    expect(ipThrottleKey("2001:DB8:5:6:ffff:1:2:3")).toBe("ip:2001:db8:5:6::/64");
    expect(ipThrottleKey("2001:0db8:0005:0007::1")).toBe("ip:2001:db8:5:7::/64");
  });
});
