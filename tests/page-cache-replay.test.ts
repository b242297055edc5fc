import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAppServer } from "@/lib/platform/http-server.ts";
import { ResponseReplay } from "@/lib/platform/page-cache/replay.ts";
import { PageCacheStore } from "@/lib/platform/page-cache/store.ts";
import { publicRoute } from "@/lib/public/cached-pages.ts";
import { EVERY_SEARCH } from "@/lib/public/page-invalidation.ts";

/*
 * The replay in front of Next.js, with a stand-in for Next.js that reads and fills the page cache
 * as Next.js does: it must answer exactly what Next.js last answered from its cache, and only while
 * that cache entry stands.
 */

const store = new PageCacheStore();
const replay = new ResponseReplay(store);
const calls: string[] = [];
let renders = 0;
let extraHeaders: Record<string, string> = {};

// Next.js tags a page with its route too; the searches' route is how every search is dropped at once.
const routeTag = (path: string) => (path.startsWith("/search/") ? `_N_T_${EVERY_SEARCH[0]},` : "");

/** Next.js's part: its cache first, else a render that it stores; `x-nextjs-cache` says which. */
function nextJs(req: IncomingMessage, res: ServerResponse) {
  const [pathname, query = ""] = req.url!.split("?");
  // The proxy's rewrites, as the request reaches the page.
  const path = publicRoute(pathname!, new URLSearchParams(query)).rewrite?.split("?")[0] ?? pathname!;
  calls.push(req.url!);
  const key = `/$rc${path}`;
  let hit = store.get(key);
  const status = hit ? "HIT" : "MISS";
  if (!hit) {
    renders += 1;
    store.set(key, { kind: "APP_PAGE", html: `<p>${path} render ${renders}</p>`, status: 200, headers: { "x-next-cache-tags": `_N_T_/layout,${routeTag(path)}_N_T_${path}` } }, { revalidate: 300 });
    hit = { lastModified: 0, value: { kind: "APP_PAGE", html: `<p>${path} render ${renders}</p>` } };
  }
  const html = `${String(hit.value.html)}${"·".repeat(2_000)}`;
  res.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding");
  res.setHeader("x-nextjs-cache", status);
  res.setHeader("ETag", `"${renders}"`);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  res.end(html);
}

let origin: string;
const server = createAppServer({ handle: nextJs, config: { siteOrigin: null, trustProxy: 0 }, replay });
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  store.goOnline(); // starts empty
  calls.length = 0;
  extraHeaders = {};
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers: { "accept-encoding": "identity", ...headers } });

/** A page rendered (MISS), then served by Next.js from its cache (HIT, recorded). */
async function cached(path: string) {
  await get(path);
  return get(path);
}

describe("replaying cached pages", () => {
  it("answers a reader's request for a cached page exactly as Next.js last did, without asking it again", async () => {
    const fromNext = await cached("/claims/1");
    const replayed = await get("/claims/1");
    expect(calls).toEqual(["/claims/1", "/claims/1"]);
    expect(await replayed.text()).toBe(await fromNext.text());
    const headers = (response: Response) => [...response.headers].filter(([name]) => name !== "date");
    expect(headers(replayed)).toEqual(headers(fromNext));
    expect(replayed.headers.get("x-nextjs-cache")).toBe("HIT");
  });

  it("stops the moment the cache entry is invalidated, and replays the new one once Next.js served it from its cache", async () => {
    await cached("/claims/1");
    store.invalidate(["_N_T_/claims/1"]);
    const after = await get("/claims/1");
    expect(after.headers.get("x-nextjs-cache")).toBe("MISS");
    expect(await after.text()).toContain(`render ${renders}`);
    expect(calls).toEqual(["/claims/1", "/claims/1", "/claims/1"]);
    await get("/claims/1"); // HIT, recorded
    expect(await (await get("/claims/1")).text()).toContain(`render ${renders}`);
    expect(calls).toHaveLength(4);
  });

  it("replays nothing while the cache is offline", async () => {
    await cached("/sources");
    store.goOffline();
    await get("/sources");
    expect(calls).toEqual(["/sources", "/sources", "/sources"]);
  });

  it.each([
    ["a signed-in reader", "/claims/2", { cookie: "next-auth.session-token=abc" }],
    ["a client-side navigation", "/claims/2", { rsc: "1" }],
    ["a prefetch", "/claims/2", { "next-router-prefetch": "1" }],
  ])("leaves %s to Next.js", async (_name, path, headers) => {
    await cached(path);
    await get(path, headers);
    expect(calls).toEqual([path, path, path]);
  });

  it("replays a search from its cached page, whichever URL asked for it, until a change drops every search", async () => {
    await cached("/search?q=tangible");
    const replayed = await get("/search?q=tangible");
    expect(calls).toEqual(["/search?q=tangible", "/search?q=tangible"]);
    expect(await replayed.text()).toMatch(/^<p>\/search\/\S+ render \d+<\/p>/);
    // The same search typed on / is the same cached page: Next.js serves it once from its cache, then it is replayed.
    await cached("/?q=tangible&tag=");
    await get("/?q=tangible&tag=");
    expect(calls).toHaveLength(3);

    store.invalidate(EVERY_SEARCH.map((path) => `_N_T_${path}`));
    expect((await get("/search?q=tangible")).headers.get("x-nextjs-cache")).toBe("MISS");
  });

  it("leaves any other query to Next.js", async () => {
    await cached("/claims/1");
    await get("/claims/1?utm_source=feed");
    expect(calls).toEqual(["/claims/1", "/claims/1", "/claims/1?utm_source=feed"]);
  });

  it("answers 304 to a client that has the page, and gzip to one that asks for it", async () => {
    const page = await cached("/claimants");
    const etag = page.headers.get("etag")!;
    const notModified = await get("/claimants", { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
      http.get(`${origin}/claimants`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
      }).on("error", reject),
    );
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe(await page.text());
    expect(calls).toEqual(["/claimants", "/claimants"]);
  });

  it.each([
    ["a cookie", { "Set-Cookie": "a=b" }],
    ["a nonce", { "Content-Security-Policy": "script-src 'nonce-abc'" }],
  ])("never records a response carrying %s", async (_name, headers) => {
    extraHeaders = headers;
    await cached("/sources/1");
    await get("/sources/1");
    expect(calls).toEqual(["/sources/1", "/sources/1", "/sources/1"]);
  });
});
