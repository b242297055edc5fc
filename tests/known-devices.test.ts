import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/accounts/passwords.ts";
import {
  KNOWN_DEVICE,
  knownDeviceCookie,
  knownDeviceFromCookieHeader,
  signKnownDevice,
  verifyKnownDevice,
  type KnownDevice,
} from "@/lib/accounts/known-devices.ts";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/accounts/sign-in.ts";
import { clearThrottle, deviceThrottleKey, listThrottles, THROTTLE } from "@/lib/accounts/sign-in-throttle.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const SECRET = "test secret for known devices, at least 32 characters";
const start = new Date("2026-01-10T12:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const DAY = 24 * 60 * 60;

describe("known-device cookies (pure)", () => {
  it("signs and verifies a cookie bound to one user, with a random device id", () => {
    const value = signKnownDevice(SECRET, 42, start);
    expect(value).toMatch(/^v1\.42\.[A-Za-z0-9_-]{22}\.\d+\.[A-Za-z0-9_-]{43}$/);
    const device = verifyKnownDevice(SECRET, value, at(60));
    expect(device).toMatchObject({ userId: 42, issuedAt: start });
    expect(signKnownDevice(SECRET, 42, start)).not.toBe(value);
    expect(verifyKnownDevice(SECRET, signKnownDevice(SECRET, 42, start, device!.deviceId), start)?.deviceId).toBe(device!.deviceId);
  });

  it("refuses a tampered cookie: another user id, device id, issue time or MAC", () => {
    const value = signKnownDevice(SECRET, 42, start);
    const [v, uid, deviceId, issued, mac] = value.split(".") as [string, string, string, string, string];
    const flip = (text: string) => (text[0] === "A" ? "B" : "A") + text.slice(1);
    expect(verifyKnownDevice(SECRET, [v, "43", deviceId, issued, mac].join("."), start)).toBeNull();
    expect(verifyKnownDevice(SECRET, [v, uid, flip(deviceId), issued, mac].join("."), start)).toBeNull();
    expect(verifyKnownDevice(SECRET, [v, uid, deviceId, String(Number(issued) + 1), mac].join("."), start)).toBeNull();
    expect(verifyKnownDevice(SECRET, [v, uid, deviceId, issued, flip(mac)].join("."), start)).toBeNull();
    expect(verifyKnownDevice(SECRET, `${value}x`, start)).toBeNull();
    expect(verifyKnownDevice(SECRET, "", start)).toBeNull();
    expect(verifyKnownDevice(SECRET, "v1.42.x.1.y", start)).toBeNull();
  });

  it("refuses a cookie signed with another secret, or without a secret", () => {
    const value = signKnownDevice(SECRET, 42, start);
    expect(verifyKnownDevice("another secret", value, start)).toBeNull();
    expect(verifyKnownDevice(undefined, value, start)).toBeNull();
    expect(() => signKnownDevice(undefined, 42, start)).toThrow(/AUTH_SECRET/);
    expect(() => signKnownDevice("", 42, start)).toThrow(/AUTH_SECRET/);
  });

  it("expires after 180 days, whatever the browser keeps", () => {
    const value = signKnownDevice(SECRET, 42, start);
    expect(verifyKnownDevice(SECRET, value, at(KNOWN_DEVICE.maxAgeSeconds - 1))).not.toBeNull();
    expect(verifyKnownDevice(SECRET, value, at(KNOWN_DEVICE.maxAgeSeconds))).toBeNull();
    expect(verifyKnownDevice(SECRET, value, at(-DAY))).toBeNull();
  });

  it("reads either cookie name from a Cookie header and ignores other cookies", () => {
    const value = signKnownDevice(SECRET, 7, start);
    expect(knownDeviceFromCookieHeader(SECRET, `a=b; ${KNOWN_DEVICE.cookieName}=${value}; c=d`, start)?.userId).toBe(7);
    expect(knownDeviceFromCookieHeader(SECRET, `${KNOWN_DEVICE.secureCookieName}=${value}`, start)?.userId).toBe(7);
    expect(knownDeviceFromCookieHeader(SECRET, `other=${value}`, start)).toBeNull();
    expect(knownDeviceFromCookieHeader(SECRET, undefined, start)).toBeNull();
  });

  it("is set HttpOnly, SameSite=Lax, for 180 days, Secure with __Host- over https", () => {
    expect(knownDeviceCookie("v", { secure: true })).toEqual({
      name: "__Host-claim-ledger-device",
      value: "v",
      options: { httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 180 * DAY },
    });
    expect(knownDeviceCookie("v", { secure: false })).toMatchObject({ name: "claim-ledger-device", options: { secure: false, httpOnly: true } });
  });
});

describe("sign-in with a known device (real authenticate, real database)", () => {
  const { prisma } = useMigratedDatabase();
  const PASSWORD = "a long enough password";
  let owner: KnownDevice;
  let alice: { id: number };
  let bob: { id: number };

  beforeAll(async () => {
    const passwordHash = await hashPassword(PASSWORD);
    alice = await prisma.user.create({ data: { email: "alice@example.org", name: "Alice", role: "EDITOR", passwordHash } });
    bob = await prisma.user.create({ data: { email: "bob@example.org", name: "Bob", role: "EDITOR", passwordHash } });
  });
  beforeEach(async () => {
    await prisma.signInThrottle.deleteMany();
    owner = verifyKnownDevice(SECRET, signKnownDevice(SECRET, alice.id, start), start)!;
  });

  async function strangerFails(email: string, times: number = THROTTLE.freeFailures.email) {
    for (let i = 0; i < times; i++) {
      const result = await authenticate(prisma, { email, password: "guess", ip: `203.0.113.${i + 1}` }, at(i));
      expect(result).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    }
  }

  it("five failures from a stranger lock the email for strangers, but the owner's known device still signs in", async () => {
    await strangerFails("alice@example.org");
    const stranger = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "203.0.113.99" }, at(10));
    expect(!stranger.ok && stranger.message).toMatch(/^Too many failed sign-in attempts/);

    const ownerAttempt = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "198.51.100.1", device: owner }, at(11));
    expect(ownerAttempt).toMatchObject({ ok: true, user: { id: alice.id } });
    // The owner's success does not reset the stranger's count: strangers stay locked out.
    const again = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "203.0.113.98" }, at(12));
    expect(again.ok).toBe(false);
  });

  it("a known device of user A does not help against user B's email", async () => {
    // A failure with Alice's device on Bob's email counts toward Bob's email, as a stranger's does.
    await authenticate(prisma, { email: "bob@example.org", password: "guess", ip: "198.51.100.1", device: owner }, start);
    expect((await prisma.signInThrottle.findUnique({ where: { key: "email:bob@example.org" } }))?.failures).toBe(1);
    expect(await prisma.signInThrottle.findUnique({ where: { key: deviceThrottleKey(owner) } })).toBeNull();

    await strangerFails("bob@example.org", THROTTLE.freeFailures.email - 1);
    const withAlicesDevice = await authenticate(prisma, { email: "bob@example.org", password: PASSWORD, ip: "198.51.100.1", device: owner }, at(10));
    expect(!withAlicesDevice.ok && withAlicesDevice.message).toMatch(/^Too many failed sign-in attempts/);
  });

  it("a known device's own failures count toward a limit of its own, not the email's", async () => {
    for (let i = 0; i < THROTTLE.freeFailures.device; i++) {
      await authenticate(prisma, { email: "alice@example.org", password: "typo", ip: "198.51.100.1", device: owner }, at(i));
    }
    const blocked = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "198.51.100.1", device: owner }, at(6));
    expect(!blocked.ok && blocked.message).toMatch(/^Too many failed sign-in attempts/);
    // The email was not counted: the user's other browsers (and a new known device) are unaffected.
    expect(await prisma.signInThrottle.findUnique({ where: { key: "email:alice@example.org" } })).toBeNull();
    const other = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "198.51.100.2" }, at(7));
    expect(other.ok).toBe(true);
    // Once its block is over, the right password clears the device's failures.
    const later = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "198.51.100.1", device: owner }, at(6 + THROTTLE.firstBlockMs / 1000));
    expect(later.ok).toBe(true);
    expect(await prisma.signInThrottle.findUnique({ where: { key: deviceThrottleKey(owner) } })).toBeNull();
  });

  it("the per-IP limit still applies to a known device", async () => {
    for (let i = 0; i < THROTTLE.freeFailures.ip; i++) {
      await authenticate(prisma, { email: `probe${i}@example.org`, password: "guess", ip: "192.0.2.50" }, at(i));
    }
    const result = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "192.0.2.50", device: owner }, at(21));
    expect(!result.ok && result.message).toMatch(/^Too many failed sign-in attempts/);
  });

  it("admins see the limits and can clear one", async () => {
    await strangerFails("alice@example.org");
    const rows = await listThrottles(prisma, at(5));
    const email = rows.find((row) => row.key === "email:alice@example.org");
    expect(email).toMatchObject({ kind: "email", subject: "alice@example.org", failures: 5 });
    expect(email!.blockedUntil!.getTime()).toBeGreaterThan(at(5).getTime());
    expect(rows.filter((row) => row.kind === "address")).toHaveLength(5);

    expect(await clearThrottle(prisma, "email:alice@example.org")).toBe(true);
    expect(await clearThrottle(prisma, "email:alice@example.org")).toBe(false);
    const result = await authenticate(prisma, { email: "alice@example.org", password: PASSWORD, ip: "203.0.113.99" }, at(6));
    expect(result.ok).toBe(true);
    // Failures older than the window are not listed.
    expect(await listThrottles(prisma, at(THROTTLE.windowMs / 1000 + 60))).toEqual([]);
  });
});
