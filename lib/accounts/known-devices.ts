import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Known devices: a browser that signed in successfully before gets a long-lived cookie that says
 * so, so a stranger failing sign-in with someone's email (the per-email limit) cannot lock the
 * owner out of their own laptop. The cookie is
 *
 *     v1.<user id>.<device id>.<issued at, unix seconds>.<HMAC-SHA256>
 *
 * where the device id is 16 random bytes (base64url) and the HMAC covers the user id, device id
 * and issue time under a key derived from AUTH_SECRET (the secret that signs the session cookies).
 * Without the secret it cannot be made, and it is bound to one user: it never helps another email.
 * It is not a session: the password is still required; it only changes which limit a failure
 * counts toward (lib/accounts/sign-in-throttle.ts). Pure functions, no database.
 */
export const KNOWN_DEVICE = {
  /** Over https the `__Host-` prefix (Secure, Path=/, no Domain); over plain http the plain name. */
  cookieName: "claim-ledger-device",
  secureCookieName: "__Host-claim-ledger-device",
  maxAgeSeconds: 180 * 24 * 60 * 60,
} as const;

export interface KnownDevice {
  userId: number;
  /** Random, 22 base64url characters; with the user id, the device's throttle key. */
  deviceId: string;
  issuedAt: Date;
}

const FORMAT = /^v1\.([1-9]\d{0,9})\.([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;
/** A cookie issued a little in the future (clock skew between instances) is still accepted. */
const SKEW_SECONDS = 300;

function deviceKey(secret: string): Buffer {
  // A key of its own, so this MAC can never be confused with anything else signed with AUTH_SECRET.
  return createHmac("sha256", secret).update("claim-ledger known-device key v1").digest();
}

function mac(secret: string, userId: number, deviceId: string, issuedAt: number): string {
  return createHmac("sha256", deviceKey(secret)).update(`${userId}\n${deviceId}\n${issuedAt}`).digest("base64url");
}

/** A new device cookie value for the user (a fresh random device id unless one is given). */
export function signKnownDevice(
  secret: string | undefined,
  userId: number,
  now = new Date(),
  deviceId = randomBytes(16).toString("base64url"),
): string {
  if (!secret) throw new Error("AUTH_SECRET is not set: a known-device cookie cannot be signed.");
  if (!Number.isSafeInteger(userId) || userId < 1) throw new Error("A known device needs a user id.");
  const issuedAt = Math.floor(now.getTime() / 1000);
  return `v1.${userId}.${deviceId}.${issuedAt}.${mac(secret, userId, deviceId, issuedAt)}`;
}

/** The device a cookie value names, or null when it is malformed, tampered with, signed with another secret or expired. */
export function verifyKnownDevice(secret: string | undefined, value: string | undefined | null, now = new Date()): KnownDevice | null {
  if (!secret || !value) return null;
  const match = FORMAT.exec(value);
  if (!match) return null;
  const [, uid, deviceId, issued, given] = match as unknown as [string, string, string, string, string];
  const userId = Number(uid);
  const issuedAt = Number(issued);
  const expected = Buffer.from(mac(secret, userId, deviceId, issuedAt));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const age = Math.floor(now.getTime() / 1000) - issuedAt;
  if (age < -SKEW_SECONDS || age >= KNOWN_DEVICE.maxAgeSeconds) return null;
  return { userId, deviceId, issuedAt: new Date(issuedAt * 1000) };
}

/** The known device in a request's Cookie header (either cookie name), or null. */
export function knownDeviceFromCookieHeader(secret: string | undefined, cookieHeader: unknown, now = new Date()): KnownDevice | null {
  if (typeof cookieHeader !== "string" || !cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name !== KNOWN_DEVICE.cookieName && name !== KNOWN_DEVICE.secureCookieName) continue;
    const device = verifyKnownDevice(secret, part.slice(eq + 1).trim(), now);
    if (device) return device;
  }
  return null;
}

/** The cookie to set after a successful sign-in: HttpOnly, SameSite=Lax, Secure (and `__Host-`) over https, 180 days. */
export function knownDeviceCookie(value: string, { secure }: { secure: boolean }) {
  return {
    name: secure ? KNOWN_DEVICE.secureCookieName : KNOWN_DEVICE.cookieName,
    value,
    options: { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: KNOWN_DEVICE.maxAgeSeconds },
  };
}
