import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parsePublicUrlEnv, parseServerEnv, type PublicUrlEnv } from "@/lib/platform/env.ts";
import { createAppServer } from "@/lib/platform/http-server.ts";
import { CLIENT_IP_HEADER, clientAddress, normaliseForwardedHeaders, normaliseIp, refusesServerAction } from "@/lib/platform/trusted-proxy.ts";
import { siteOrigin } from "@/lib/site.ts";

const SOCKET = "198.51.100.20"; // the peer of the app's socket: the client, or the nearest proxy
const FORWARDED = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443", "x-real-ip": "203.0.113.66", forwarded: "for=203.0.113.66;host=evil.example" };

describe("normaliseForwardedHeaders: trust × X-Forwarded-For × X-Forwarded-Host/-Proto", () => {
  // [trust, X-Forwarded-For as it arrives (undefined: absent), client IP the app must see]
  it.each([
    [0, undefined, SOCKET],
    [0, "203.0.113.1", SOCKET],
    [0, "203.0.113.1, 10.0.0.1, 10.0.0.2", SOCKET],
    [1, undefined, SOCKET],
    [1, "203.0.113.1", "203.0.113.1"],
    [1, "6.6.6.6, 203.0.113.1", "203.0.113.1"],
    [1, "6.6.6.6, 7.7.7.7, 203.0.113.1", "203.0.113.1"],
    [2, undefined, SOCKET],
    [2, "203.0.113.1", "203.0.113.1"],
    [2, "203.0.113.1, 10.0.0.1", "203.0.113.1"],
    [2, "6.6.6.6, 7.7.7.7, 203.0.113.1, 10.0.0.1", "203.0.113.1"],
  ] as const)("trust %i, X-Forwarded-For %j → client %s", (trust, xff, expected) => {
    const raw: IncomingHttpHeaders = { host: "app.internal:3000", ...FORWARDED, ...(xff === undefined ? {} : { "x-forwarded-for": xff }) };
    const { clientIp, headers } = normaliseForwardedHeaders(raw, SOCKET, trust);
    expect(clientIp).toBe(expected);
    expect(headers[CLIENT_IP_HEADER]).toBe(expected);
    expect(headers.host).toBe("app.internal:3000");
    expect(headers.forwarded).toBeUndefined();
    expect(headers["x-real-ip"]).toBeUndefined();
    if (trust === 0) {
      for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"]) expect(headers[name]).toBeUndefined();
    } else {
      // Only the computed values, one each.
      expect(headers["x-forwarded-for"]).toBe(expected);
      expect(headers["x-forwarded-host"]).toBe("evil.example");
      expect(headers["x-forwarded-proto"]).toBe("https");
      expect(headers["x-forwarded-port"]).toBe("443");
    }
    expect(raw["x-forwarded-host"]).toBe("evil.example"); // the input is not changed
  });

  it("reads X-Forwarded-Host/-Proto as many hops from the right as there are trusted proxies", () => {
    const raw = { host: "app:3000", "x-forwarded-host": "evil.example, claims.example.org", "x-forwarded-proto": "http, https" };
    expect(normaliseForwardedHeaders(raw, SOCKET, 1).headers).toMatchObject({ "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https" });
    expect(normaliseForwardedHeaders(raw, SOCKET, 2).headers).toMatchObject({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" });
    // A single value (proxies that overwrite the header) is that value, whatever the hop count.
    expect(normaliseForwardedHeaders({ "x-forwarded-host": "claims.example.org" }, SOCKET, 3).headers["x-forwarded-host"]).toBe("claims.example.org");
  });

  it("drops a forwarded host, scheme or port that is not one, even from a trusted proxy", () => {
    const { headers } = normaliseForwardedHeaders({ "x-forwarded-host": "evil.example/path?x", "x-forwarded-proto": "javascript", "x-forwarded-port": "80a" }, SOCKET, 1);
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers["x-forwarded-port"]).toBeUndefined();
  });

  it("overwrites a client-sent client-IP header", () => {
    expect(normaliseForwardedHeaders({ [CLIENT_IP_HEADER]: "1.1.1.1" }, SOCKET, 0).headers[CLIENT_IP_HEADER]).toBe(SOCKET);
    expect(normaliseForwardedHeaders({ [CLIENT_IP_HEADER]: "1.1.1.1", "x-forwarded-for": "203.0.113.9" }, SOCKET, 1).headers[CLIENT_IP_HEADER]).toBe("203.0.113.9");
  });

  it("with no proxy trusted, a rotating X-Forwarded-For or X-Real-IP never changes the client", () => {
    const seen = new Set(Array.from({ length: 25 }, (_, i) => normaliseForwardedHeaders({ "x-forwarded-for": `10.9.${i}.1`, "x-real-ip": `10.8.${i}.1` }, SOCKET, 0).clientIp));
    expect([...seen]).toEqual([SOCKET]);
  });

  it("with one trusted proxy that appends its peer, a rotating client-sent prefix never changes the client", () => {
    const seen = new Set(Array.from({ length: 25 }, (_, i) => clientAddress(`10.9.${i}.1, 203.0.113.7`, "10.0.0.1", 1)));
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("passes over an entry that is not an address for the hop that wrote it", () => {
    expect(clientAddress("unknown", "10.0.0.1", 1)).toBe("10.0.0.1");
    expect(clientAddress("<script>, 203.0.113.7", "10.0.0.1", 2)).toBe("203.0.113.7");
  });
});

describe("normaliseIp", () => {
  it.each([
    ["203.0.113.1", "203.0.113.1"],
    ["203.0.113.1:51234", "203.0.113.1"],
    ["::ffff:203.0.113.1", "203.0.113.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["2001:db8::1", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["unknown", null],
    ["", null],
    ["1.2.3.4.5", null],
    ["evil.example", null],
  ])("%j → %j", (raw, expected) => expect(normaliseIp(raw)).toBe(expected));
});

describe("refusesServerAction", () => {
  const SITE = "https://claims.example.org";
  const action = (origin: string | undefined, extra: IncomingHttpHeaders = {}) => ({ "next-action": "7f00", ...(origin === undefined ? {} : { origin }), ...extra });
  it.each([
    ["the site's own origin", "POST", action(SITE), SITE, false],
    ["the site's origin with its default port", "POST", action("https://claims.example.org:443"), SITE, false],
    ["a foreign origin", "POST", action("http://evil.example"), SITE, true],
    ["the site's host over http (scheme mismatch)", "POST", action("http://claims.example.org"), SITE, true],
    ["another port", "POST", action("https://claims.example.org:8443"), SITE, true],
    ["a subdomain", "POST", action("https://x.claims.example.org"), SITE, true],
    ["Origin: null", "POST", action("null"), SITE, true],
    ["no Origin", "POST", action(undefined), SITE, true],
    ["a foreign multipart form post (an action before hydration)", "POST", { origin: "http://evil.example", "content-type": "multipart/form-data; boundary=x" }, SITE, true],
    ["a foreign POST that is not an action", "POST", { origin: "http://evil.example", "content-type": "application/json" }, SITE, false],
    ["a GET with a Next-Action header", "GET", action("http://evil.example"), SITE, false],
    ["a foreign origin without a configured site (Next.js checks Origin against Host)", "POST", action("http://evil.example"), null, false],
  ] as const)("%s → refused: %s", (_, method, headers, site, refused) => {
    expect(refusesServerAction(method, headers, site)).toBe(refused);
  });
});

describe("siteOrigin", () => {
  const untrusted: PublicUrlEnv = { siteOrigin: null, trustProxy: 0 };
  const trusted: PublicUrlEnv = { siteOrigin: null, trustProxy: 1 };
  const configured: PublicUrlEnv = { siteOrigin: "https://claims.example.org", trustProxy: 1 };
  const poisoned = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" });

  it("is the configured public URL whatever the request's headers say", () => {
    expect(siteOrigin(poisoned, configured)).toBe("https://claims.example.org");
    expect(siteOrigin(new Headers(), configured)).toBe("https://claims.example.org");
  });

  it("ignores X-Forwarded-Host/-Proto when no proxy is trusted", () => {
    expect(siteOrigin(new Headers({ host: "app.internal:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" }), untrusted)).toBe("https://app.internal:3000");
    expect(siteOrigin(new Headers({ host: "localhost:3000", "x-forwarded-host": "evil.example" }), untrusted)).toBe("http://localhost:3000");
  });

  it("reads X-Forwarded-Host/-Proto as the server in front left them when a proxy is trusted", () => {
    expect(siteOrigin(new Headers({ host: "app.internal:3000", "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https" }), trusted)).toBe("https://claims.example.org");
    expect(siteOrigin(new Headers({ host: "app.internal:3000" }), trusted)).toBe("https://app.internal:3000");
  });

  it("never puts a Host that is not a host name into a URL", () => {
    expect(siteOrigin(new Headers({ host: "evil.example/<x>" }), untrusted)).toBe("http://localhost");
    expect(siteOrigin(new Headers({ host: "app:3000", "x-forwarded-host": "a b" }), trusted)).toBe("https://app:3000");
  });

  describe("from the environment", () => {
    afterEach(() => vi.unstubAllEnvs());
    const stub = (env: Record<string, string>) => {
      for (const name of ["SITE_URL", "NEXTAUTH_URL", "TRUST_PROXY"]) vi.stubEnv(name, env[name] ?? "");
    };

    it("SITE_URL wins over every header", () => {
      stub({ SITE_URL: "https://claims.example.org", TRUST_PROXY: "1" });
      expect(siteOrigin(poisoned)).toBe("https://claims.example.org");
    });

    it("falls back to NEXTAUTH_URL's origin", () => {
      stub({ NEXTAUTH_URL: "https://claims.example.org/api/auth" });
      expect(siteOrigin(poisoned)).toBe("https://claims.example.org");
    });

    it("without either, the request's own Host; a client's X-Forwarded-Host only with TRUST_PROXY", () => {
      stub({});
      expect(siteOrigin(new Headers({ host: "localhost:3000", "x-forwarded-host": "evil.example" }))).toBe("http://localhost:3000");
      stub({ TRUST_PROXY: "1" });
      expect(siteOrigin(new Headers({ host: "localhost:3000", "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https" }))).toBe("https://claims.example.org");
    });
  });
});

describe("the environment", () => {
  it.each([
    [{}, { siteOrigin: null, trustProxy: 0 }],
    [{ SITE_URL: " ", TRUST_PROXY: "" }, { siteOrigin: null, trustProxy: 0 }],
    [{ SITE_URL: "https://Claims.Example.org/" }, { siteOrigin: "https://claims.example.org", trustProxy: 0 }],
    [{ SITE_URL: "http://localhost:3000", TRUST_PROXY: "2" }, { siteOrigin: "http://localhost:3000", trustProxy: 2 }],
    [{ NEXTAUTH_URL: "https://claims.example.org/api/auth" }, { siteOrigin: "https://claims.example.org", trustProxy: 0 }],
    [{ SITE_URL: "https://claims.example.org", NEXTAUTH_URL: "https://claims.example.org/api/auth" }, { siteOrigin: "https://claims.example.org", trustProxy: 0 }],
  ])("%j → %j", (env, expected) => expect(parsePublicUrlEnv(env)).toEqual(expected));

  it.each([
    [{ SITE_URL: "claims.example.org" }, "SITE_URL: SITE_URL must be an http:// or https:// URL"],
    [{ SITE_URL: "ftp://claims.example.org" }, "SITE_URL: SITE_URL must be an http:// or https:// URL"],
    [{ SITE_URL: "https://claims.example.org/ledger" }, "SITE_URL: SITE_URL must be an origin only"],
    [{ NEXTAUTH_URL: "not a url" }, "NEXTAUTH_URL: NEXTAUTH_URL must be an http:// or https:// URL"],
    [{ SITE_URL: "https://claims.example.org", NEXTAUTH_URL: "https://other.example.org" }, "NEXTAUTH_URL: NEXTAUTH_URL must have the same origin as SITE_URL"],
    [{ TRUST_PROXY: "true" }, "TRUST_PROXY: TRUST_PROXY must be the number of proxies"],
    [{ TRUST_PROXY: "-1" }, "TRUST_PROXY: TRUST_PROXY must be the number of proxies"],
  ])("%j fails loudly with its name", (env, message) => {
    expect(() => parsePublicUrlEnv(env)).toThrow(message);
    expect(() => parseServerEnv({ DATABASE_URL: "postgresql://u@localhost/db", ...env })).toThrow(message);
  });

  it("stops scripts/server.ts at start-up, before Next.js is loaded", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/server.ts", "start", "--port", "0"], {
      cwd: root,
      env: { ...process.env, SITE_URL: "claims.example.org", TRUST_PROXY: "yes", NEXTAUTH_URL: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("SITE_URL: SITE_URL must be an http:// or https:// URL");
    expect(result.stderr).toContain("TRUST_PROXY: TRUST_PROXY must be the number of proxies");
  });
});

describe("the server in front of Next.js (lib/platform/http-server.ts, stub handler)", () => {
  interface Seen {
    method: string | undefined;
    headers: IncomingHttpHeaders;
  }
  let seen: Seen[] = [];
  const servers: Server[] = [];

  async function start(config: PublicUrlEnv): Promise<number> {
    const server = createAppServer({
      config,
      handle: (req, res) => {
        seen.push({ method: req.method, headers: { ...req.headers } });
        req.resume();
        res.writeHead(200, { "content-type": "text/plain" });
        res.end(siteOrigin(new Headers(req.headers as Record<string, string>), config));
      },
    });
    servers.push(server);
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return (server.address() as AddressInfo).port;
  }

  function send(port: number, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/editor", method: options.method ?? "GET", headers: options.headers, agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end(options.body);
    });
  }

  beforeAll(() => {
    seen = [];
  });
  afterEach(() => {
    seen = [];
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  const spoofing = { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "6.6.6.6", forwarded: "for=6.6.6.6", [CLIENT_IP_HEADER]: "6.6.6.6" };

  it("with no trusted proxy, the handler sees no forwarding header, the socket's address and its own host", async () => {
    const port = await start({ siteOrigin: null, trustProxy: 0 });
    const response = await send(port, { headers: spoofing });
    expect(response).toEqual({ status: 200, body: `http://127.0.0.1:${port}` });
    const [request] = seen;
    expect(request?.headers[CLIENT_IP_HEADER]).toBe("127.0.0.1");
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip", "forwarded"]) expect(request?.headers[name]).toBeUndefined();
  });

  it("with one trusted proxy, the handler sees only the values computed from its hop", async () => {
    const port = await start({ siteOrigin: null, trustProxy: 1 });
    const response = await send(port, {
      headers: { ...spoofing, "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-forwarded-host": "evil.example, claims.example.org", "x-forwarded-proto": "http, https" },
    });
    expect(response.body).toBe("https://claims.example.org");
    expect(seen[0]?.headers).toMatchObject({
      [CLIENT_IP_HEADER]: "203.0.113.7",
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-host": "claims.example.org",
      "x-forwarded-proto": "https",
    });
    expect(seen[0]?.headers["x-real-ip"]).toBeUndefined();
    expect(seen[0]?.headers.forwarded).toBeUndefined();
  });

  describe("Server Actions with SITE_URL=https://claims.example.org", () => {
    let port: number;
    beforeAll(async () => {
      port = await start({ siteOrigin: "https://claims.example.org", trustProxy: 0 });
    });
    const post = (origin: string | undefined, extra: Record<string, string> = {}) =>
      send(port, { method: "POST", headers: { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", ...(origin ? { origin } : {}), ...extra }, body: "[]" });

    it("refuses a foreign Origin with a bare 403, before the handler", async () => {
      expect(await post("http://evil.example", { "x-forwarded-host": "evil.example" })).toEqual({ status: 403, body: "" });
      expect(seen).toEqual([]);
    });

    it("refuses the site's host over http (SITE_URL is https)", async () => {
      expect(await post("http://claims.example.org")).toEqual({ status: 403, body: "" });
      expect(await post(undefined)).toEqual({ status: 403, body: "" });
      expect(seen).toEqual([]);
    });

    it("passes the site's own origin on to the handler", async () => {
      expect((await post("https://claims.example.org")).status).toBe(200);
      expect(seen).toHaveLength(1);
    });

    it("leaves GETs and non-action POSTs alone", async () => {
      expect((await send(port, { headers: { origin: "http://evil.example" } })).status).toBe(200);
      expect((await send(port, { method: "POST", headers: { origin: "http://evil.example", "content-type": "application/json" }, body: "{}" })).status).toBe(200);
      expect(seen).toHaveLength(2);
    });
  });

  it("without SITE_URL, a foreign Origin with a foreign X-Forwarded-Host reaches Next.js with the forwarded host stripped (its check then compares Origin with Host)", async () => {
    const port = await start({ siteOrigin: null, trustProxy: 0 });
    await send(port, { method: "POST", headers: { "next-action": "7f00", origin: "http://evil.example", "x-forwarded-host": "evil.example" }, body: "[]" });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers["x-forwarded-host"]).toBeUndefined();
    expect(seen[0]?.headers.host).toBe(`127.0.0.1:${port}`);
    expect(new URL(String(seen[0]?.headers.origin)).host).not.toBe(seen[0]?.headers.host);
  });

  it("normalises a WebSocket upgrade's headers before Next.js's upgrade listener sees them", async () => {
    const port = await start({ siteOrigin: null, trustProxy: 0 });
    const server = servers.at(-1)!;
    const upgraded = new Promise<IncomingHttpHeaders>((resolve) =>
      server.on("upgrade", (req, socket) => {
        resolve({ ...req.headers });
        socket.destroy();
      }),
    );
    const req = httpRequest({ host: "127.0.0.1", port, path: "/_next/webpack-hmr", headers: { connection: "Upgrade", upgrade: "websocket", ...spoofing }, agent: false });
    req.on("error", () => {});
    req.end();
    const headers = await upgraded;
    expect(headers[CLIENT_IP_HEADER]).toBe("127.0.0.1");
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-for"]).toBeUndefined();
  });
});

describe("a redirect through the server in front of Next.js", () => {
  it("says its Location once when Next.js sets it and then appends it again (a cached page's redirect rendered on a miss)", async () => {
    const server = createAppServer({
      config: { siteOrigin: null, trustProxy: 0 },
      handle: (_req, res) => {
        res.statusCode = 308;
        res.setHeader("location", "/claimants/new-name");
        res.appendHeader("location", "/claimants/new-name");
        res.appendHeader("link", "</a>; rel=preload");
        res.appendHeader("link", "</b>; rel=preload");
        res.end();
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    try {
      const { port } = server.address() as AddressInfo;
      const raw = await new Promise<string[]>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path: "/claimants/old-name", agent: false }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.rawHeaders));
        });
        req.on("error", reject);
        req.end();
      });
      const values = (name: string) => raw.filter((_, index) => index % 2 === 1 && raw[index - 1]!.toLowerCase() === name);
      expect(values("location")).toEqual(["/claimants/new-name"]);
      expect(values("link")).toEqual(["</a>; rel=preload", "</b>; rel=preload"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
