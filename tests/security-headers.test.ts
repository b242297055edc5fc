import type { NextConfig } from "next";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  HSTS_VALUE,
  strictTransportSecurity,
} from "@/lib/platform/security-headers.ts";
import { config, proxy } from "@/proxy.ts";
import { parsePublicUrlEnv } from "@/lib/platform/env.ts";

/** The directives of a policy by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const get = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the Content-Security-Policy", () => {
  it("has each directive, the nonce only in script-src", () => {
    expect(contentSecurityPolicy({ nonce: "abc123+/==" })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123+/==' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    const policy = directives(contentSecurityPolicy({ nonce: createNonce() }));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("never lets inline scripts or eval run in production", () => {
    const scriptSrc = directives(contentSecurityPolicy({ nonce: "n0nce" })).get("script-src");
    expect(scriptSrc).toEqual(["'self'", "'nonce-n0nce'", "'strict-dynamic'"]);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  it("adds 'unsafe-eval' to script-src in development only", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n0nce", development: true }));
    expect(dev.get("script-src")).toEqual(["'self'", "'nonce-n0nce'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect([...dev].filter(([name, sources]) => name !== "script-src" && sources.includes("'unsafe-eval'"))).toEqual([]);
  });

  it("refuses a nonce that could break out of its source expression", () => {
    for (const nonce of ["", "a' 'unsafe-inline", "a; script-src *", "a b"]) {
      expect(() => contentSecurityPolicy({ nonce })).toThrow(/base64/);
    }
  });

  it("makes a fresh 128-bit base64 nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("HSTS", () => {
  it("is sent only when the configured public origin is https, SITE_URL first", () => {
    const origin = (env: Record<string, string>) => parsePublicUrlEnv(env).siteOrigin;
    expect(strictTransportSecurity(origin({ SITE_URL: "https://claims.example.org" }))).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity(origin({ NEXTAUTH_URL: "https://claims.example.org/" }))).toBe(HSTS_VALUE);
    expect(strictTransportSecurity(origin({ SITE_URL: "", NEXTAUTH_URL: "https://claims.example.org" }))).toBe(HSTS_VALUE);
    expect(strictTransportSecurity(origin({ NEXTAUTH_URL: "http://claims.example.org" }))).toBeUndefined();
    expect(strictTransportSecurity(origin({}))).toBeUndefined();
  });
});

describe("the proxy", () => {
  it("gives a page rendered per request its policy, and Next.js the same policy and nonce on the request", async () => {
    const response = await get("/signin");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = response.headers.get("x-middleware-request-x-nonce") ?? "";
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy).toBe(contentSecurityPolicy({ nonce }));
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).toEqual(
      expect.arrayContaining(["x-nonce", "content-security-policy"]),
    );
    expect((await get("/signin")).headers.get("x-middleware-request-x-nonce")).not.toBe(nonce);
  });

  it.each(["/", "/claims/1", "/claimants/antony-blinken", "/claimants/antony-blinken/page/2", "/claimants/page/2", "/sources", "/sources/1"])(
    "leaves the policy of the cached page %s to the page cache: no nonce on the request or the response",
    async (path) => {
      const response = await get(path);
      expect(response.headers.get("x-middleware-next")).toBe("1");
      expect(response.headers.get("content-security-policy")).toBeNull();
      expect(response.headers.get("x-middleware-request-x-nonce")).toBeNull();
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBeNull();
    },
  );

  it("sends a search on / to /search, rendered per request with a nonce, and a duplicate's own page to its cached route", async () => {
    const search = await get("/?q=tangible&status=PENDING");
    expect(search.headers.get("x-middleware-rewrite")).toBe("http://localhost:3000/search?q=tangible&status=PENDING");
    expect(search.headers.get("x-middleware-request-x-nonce")).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const own = await get("/claims/12?stay=1");
    expect(own.headers.get("x-middleware-rewrite")).toBe("http://localhost:3000/claims/12/own?stay=1");
    expect(own.headers.get("content-security-policy")).toBeNull();
    // Any other query on a claim's page is the cached page itself.
    expect((await get("/claims/12?from=14")).headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("allows eval in development only", async () => {
    expect((await get("/signin")).headers.get("content-security-policy")).not.toContain("'unsafe-eval'");
    vi.stubEnv("NODE_ENV", "development");
    expect((await get("/signin")).headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });

  it("adds HSTS only when the public origin is https", async () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("NEXTAUTH_URL", "");
    expect((await get("/")).headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect((await get("/")).headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("SITE_URL", "https://claims.example.org");
    expect((await get("/")).headers.get("strict-transport-security")).toBe(HSTS_VALUE);
  });

  it("runs on every page and the JSON list (to send a search to its cached copy), never on static files, other API routes, feeds or the sitemap", async () => {
    const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const page of [
      "/",
      "/?q=tangible",
      "/claims/1",
      "/claimants",
      "/claimants/antony-blinken",
      "/sources",
      "/sources/1",
      "/signin",
      "/no-such-page",
      "/editor",
      "/editor/claims/new",
      "/editor/sources/1",
      "/admin/users",
      "/apiary",
      "/feedback",
      "/api/claims",
      "/api/claims?q=aliyev",
    ]) {
      expect(runsOn(page), page).toBe(true);
    }
    for (const other of [
      "/api",
      "/api/claims/1",
      "/api/claims/search/cT1hbGl5ZXY",
      "/api/claimsx",
      "/api/auth/session",
      "/api/health",
      "/feed.xml",
      "/feed/overdue.xml",
      "/sitemap.xml",
      "/sitemap/claims-0.xml",
      "/robots.txt",
      "/favicon.ico",
      "/_next/static/chunks/main.js",
      "/_next/image?url=%2Fx.png&w=64&q=75",
    ]) {
      expect(runsOn(other), other).toBe(false);
    }
  });

  it("still sends a visitor without a session cookie from the workbench and admin to sign in", async () => {
    for (const path of ["/editor", "/editor/claims?status=OPEN", "/admin/users"]) {
      const response = (await get(path));
      expect(response.status).toBe(307);
      const location = new URL(response.headers.get("location") ?? "");
      expect(location.pathname).toBe("/signin");
      expect(location.searchParams.get("callbackUrl")).toBe(path);
    }
    const signedIn = (await get("/editor", { cookie: "next-auth.session-token=x" }));
    expect(signedIn.headers.get("x-middleware-next")).toBe("1");
    expect(signedIn.headers.get("content-security-policy")).toContain("'strict-dynamic'");
    // Public pages and the sign-in page need no cookie.
    for (const path of ["/", "/signin", "/editorial"]) expect((await get(path)).headers.get("x-middleware-next"), path).toBe("1");
  });

  it("still refuses an oversized form post to the workbench with 413, and only there", async () => {
    const post = (path: string) =>
      proxy(new NextRequest(`http://localhost:3000${path}`, { method: "POST", headers: { "content-length": String(50 * 1024 * 1024) } }));
    const refused = await post("/editor/sources/new");
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      error: "The upload is 50 MB; the server takes at most 6 MB at once (a source file up to 2 MB, a claims CSV up to 5 MB).",
    });
    expect((await post("/admin/users")).status).toBe(413);
    expect((await post("/claims/1")).headers.get("x-middleware-next")).toBe("1");
  });
});

describe("the headers of every response (next.config.mjs)", () => {
  it("says nosniff, the referrer policy, the permissions policy and DENY framing on pages, API and static files", async () => {
    const configPath = "../next.config.mjs"; // a plain ES module: no types to check
    const { default: nextConfig } = (await import(configPath)) as { default: NextConfig };
    for (const url of ["http://localhost/", "http://localhost/claims/1", "http://localhost/api/claims", "http://localhost/_next/static/x.js"]) {
      const response = await unstable_getResponseFromNextConfig({ url, nextConfig });
      expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), url).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy"), url).toBe("camera=(), microphone=(), geolocation=(), browsing-topics=()");
      expect(response.headers.get("x-frame-options"), url).toBe("DENY");
      // Fixed at build time, so never here: HSTS depends on the origin configured at run time.
      expect(response.headers.get("strict-transport-security"), url).toBeNull();
      expect(response.headers.get("content-security-policy"), url).toBeNull();
    }
  });
});
