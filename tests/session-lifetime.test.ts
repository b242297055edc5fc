import { encode, decode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IDLE_LIFETIME_SECONDS, MAX_LIFETIME_SECONDS, readSessionToken, reissuedSessionCookie, renewedSessionCookie, RENEW_AFTER_SECONDS } from "@/lib/accounts/session-lifetime.ts";
import { proxy } from "@/proxy.ts";

const SECRET = "a test secret of enough length for next-auth";
const NOW = Date.now();
const seconds = Math.floor(NOW / 1000);

/** A session cookie as next-auth would have issued it `age` seconds ago, for a session begun `since` seconds ago. */
async function sessionCookie(age: number, since: number): Promise<string> {
  vi.useFakeTimers({ now: NOW - age * 1000 });
  try {
    return await encode({ token: { uid: 7, sid: "s", sv: 0, signedInAt: seconds - since }, secret: SECRET, maxAge: IDLE_LIFETIME_SECONDS });
  } finally {
    vi.useRealTimers();
  }
}

const jar = (value: string) => ({ get: (name: string) => (name === "next-auth.session-token" ? { value } : undefined) });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("the session's lifetime", () => {
  it("renews a cookie used after a few minutes for another idle lifetime, keeping who and which session", async () => {
    const renewed = await renewedSessionCookie(jar(await sessionCookie(RENEW_AFTER_SECONDS + 1, 3600)), SECRET, NOW);
    expect(renewed).toMatchObject({ name: "next-auth.session-token", maxAge: IDLE_LIFETIME_SECONDS, secure: false });
    const token = await decode({ token: renewed!.value, secret: SECRET });
    expect(token).toMatchObject({ uid: 7, sid: "s", sv: 0, signedInAt: seconds - 3600 });
    expect(token!.exp).toBeGreaterThan(seconds + IDLE_LIFETIME_SECONDS - 60);
  });

  it("leaves a cookie renewed moments ago alone, and one that cannot be read", async () => {
    expect(await renewedSessionCookie(jar(await sessionCookie(10, 3600)), SECRET, NOW)).toBeNull();
    expect(await renewedSessionCookie(jar("not a token"), SECRET, NOW)).toBeNull();
    expect(await renewedSessionCookie(jar(await sessionCookie(RENEW_AFTER_SECONDS + 1, 3600)), "another secret of the same length ok", NOW)).toBeNull();
  });

  it("never renews past the maximum lifetime since sign-in, and shortens the last renewal to it", async () => {
    expect(await renewedSessionCookie(jar(await sessionCookie(600, MAX_LIFETIME_SECONDS + 1)), SECRET, NOW)).toBeNull();
    const last = await renewedSessionCookie(jar(await sessionCookie(600, MAX_LIFETIME_SECONDS - 1800)), SECRET, NOW);
    expect(last?.maxAge).toBe(1800);
  });

  it("re-issues the same session at a new session version (after a password change), however recently it was renewed", async () => {
    const current = await readSessionToken(jar(await sessionCookie(10, 3600)), SECRET);
    const reissued = await reissuedSessionCookie(current!, SECRET, { sv: 1 }, NOW);
    expect(reissued).toMatchObject({ name: "next-auth.session-token", maxAge: IDLE_LIFETIME_SECONDS });
    expect(await decode({ token: reissued!.value, secret: SECRET })).toMatchObject({ uid: 7, sid: "s", sv: 1, signedInAt: seconds - 3600 });
    const expired = await readSessionToken(jar(await sessionCookie(600, MAX_LIFETIME_SECONDS + 1)), SECRET);
    expect(await reissuedSessionCookie(expired!, SECRET, { sv: 1 }, NOW)).toBeNull();
  });

  it("is renewed by the proxy on a workbench visit, not on a public page", async () => {
    vi.stubEnv("AUTH_SECRET", SECRET);
    const cookie = `next-auth.session-token=${await sessionCookie(RENEW_AFTER_SECONDS + 60, 3600)}`;
    const workbench = await proxy(new NextRequest("http://localhost:3000/editor", { headers: { cookie } }));
    expect(workbench.cookies.get("next-auth.session-token")).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: IDLE_LIFETIME_SECONDS });
    const reader = await proxy(new NextRequest("http://localhost:3000/claims/1", { headers: { cookie } }));
    expect(reader.cookies.get("next-auth.session-token")).toBeUndefined();
  });
});
