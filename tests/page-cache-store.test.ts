import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cacheControlFor, PUBLIC_CACHE_CONTROL } from "@/lib/platform/cache-headers.ts";
import { etagMatches } from "@/lib/platform/etag.ts";
import { invalidationPayloads } from "@/lib/platform/page-cache/invalidations.ts";
import { inlineScriptHashes, MAX_SCRIPT_HASHES, prepareForCache } from "@/lib/platform/page-cache/server.ts";
import { EVERY_PAGE, PageCacheStore, type CacheValue } from "@/lib/platform/page-cache/store.ts";

/** A store on a clock the test moves by hand. */
function storeAt(start = 1_000, maxBytes?: number) {
  const clock = { now: start };
  const store = new PageCacheStore(maxBytes, () => clock.now);
  store.goOnline();
  return { store, clock };
}

const page = (path: string, html = "<p>page</p>", status = 200): CacheValue => ({
  kind: "APP_PAGE",
  html,
  status,
  headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_${path}` },
});

/** As Next.js does on a request: a read, and on a miss a render stored afterwards. */
function renderThrough(store: PageCacheStore, key: string, value: CacheValue) {
  return store.get(key) ?? (store.set(key, value), null);
}

describe("the page cache of one process", () => {
  it("serves a stored page until a tag it carries is invalidated, then misses", () => {
    const { store, clock } = storeAt();
    expect(renderThrough(store, "/claims/1", page("/claims/1"))).toBeNull();
    expect(store.get("/claims/1")?.value.html).toBe("<p>page</p>");
    expect(renderThrough(store, "/claims/2", page("/claims/2"))).toBeNull();

    clock.now += 10;
    store.invalidate(["_N_T_/claims/1"]);
    expect(store.get("/claims/1")).toBeNull();
    // Another page is untouched.
    expect(store.get("/claims/2")?.value.html).toBe("<p>page</p>");
  });

  it("does not keep a page whose render began before an invalidation that arrived while it rendered", () => {
    const { store, clock } = storeAt();
    expect(store.get("/claims/1")).toBeNull(); // the render begins, reading the old status
    clock.now += 5;
    store.invalidate(["_N_T_/claims/1"]); // the change commits meanwhile
    clock.now += 5;
    store.set("/claims/1", page("/claims/1", "<p>old status</p>"));
    expect(store.get("/claims/1")).toBeNull();
    // The next render began after the change, so it is kept.
    clock.now += 5;
    store.set("/claims/1", page("/claims/1", "<p>new status</p>"));
    expect(store.get("/claims/1")?.value.html).toBe("<p>new status</p>");
  });

  it("keeps nothing and serves nothing while offline (an invalidation may be missed then), and starts empty when back", () => {
    const { store } = storeAt();
    store.set("/", page("/"));
    store.goOffline();
    expect(store.online).toBe(false);
    expect(store.get("/")).toBeNull();
    store.set("/", page("/"));
    expect(store.size).toBe(0);
    store.goOnline();
    expect(store.get("/")).toBeNull();
  });

  it("answers a server error but never keeps it", () => {
    const { store } = storeAt();
    store.set("/feed.xml", { kind: "APP_ROUTE", body: Buffer.from("down"), status: 503, headers: {} });
    expect(store.get("/feed.xml")).toBeNull();
    store.set("/claims/9", page("/claims/9", "not found", 404));
    expect(store.get("/claims/9")?.value.status).toBe(404);
  });

  it("drops every page on the everything tag", () => {
    const { store, clock } = storeAt();
    store.set("/", page("/"));
    store.set("/sources", page("/sources"));
    clock.now += 1;
    store.invalidate([EVERY_PAGE]);
    expect(store.size).toBe(0);
    expect(store.get("/sources")).toBeNull();
  });

  it("drops the least recently used pages beyond its size limit", () => {
    const { store } = storeAt(1_000, 3 * 2_100);
    for (const key of ["/a", "/b", "/c"]) store.set(key, page(key, "x".repeat(1_000)));
    store.get("/a"); // used: /b is now the oldest
    store.set("/d", page("/d", "x".repeat(1_000)));
    expect(store.get("/b")).toBeNull();
    expect(store.get("/a")).not.toBeNull();
    expect(store.get("/d")).not.toBeNull();
  });
});

describe("invalidation messages", () => {
  it("split many tags into payloads PostgreSQL takes (under 8,000 bytes), losing none", () => {
    const tags = Array.from({ length: 2_000 }, (_, index) => `_N_T_/claims/${index}`);
    const payloads = invalidationPayloads([...tags, tags[0]!]);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(payloads.flatMap((payload) => JSON.parse(payload) as string[])).toEqual(tags);
  });

  it("count bytes, not characters: tags in other scripts stay under the limit too", () => {
    const tags = Array.from({ length: 2_000 }, (_, index) => `_N_T_/tags/право-${index}`);
    const payloads = invalidationPayloads(tags);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(payloads.flatMap((payload) => JSON.parse(payload) as string[])).toEqual(tags);
  });
});

describe("a cached page's Content-Security-Policy", () => {
  const html =
    '<html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>' +
    "<script>self.__next_f=self.__next_f||[]</script><script>self.__next_f.push([1,\"a\"])</script>" +
    '<script type="application/ld+json">{"@type":"ClaimReview"}</script></body></html>';
  const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;

  it("allows exactly the page's inline scripts by hash, not the external ones", () => {
    expect(inlineScriptHashes(html)).toEqual([
      sha("self.__next_f=self.__next_f||[]"),
      sha('self.__next_f.push([1,"a"])'),
      sha('{"@type":"ClaimReview"}'),
    ]);
  });

  it("is put on the page's own headers, with no nonce and no 'unsafe-inline'", () => {
    const value = page("/claims/1", html);
    prepareForCache(value);
    const policy = String(value.headers?.["content-security-policy"]);
    expect(policy).toContain(`script-src 'self' ${sha("self.__next_f=self.__next_f||[]")}`);
    expect(policy).not.toMatch(/nonce|unsafe-inline'[^;]*;\s*style|script-src[^;]*unsafe-inline/);
    expect(value.headers?.["x-next-cache-tags"]).toBe("_N_T_/layout,_N_T_/claims/1");
  });
});

describe("the headers of cached responses", () => {
  it("tell a CDN it may keep a cached response for a second, and anyone signed in that nothing may keep it", () => {
    expect(cacheControlFor("s-maxage=300, stale-while-revalidate=31535700", false)).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=30");
    expect(cacheControlFor("s-maxage=300, stale-while-revalidate=31535700", true)).toBe("private, no-store");
    // What Next.js says of a response rendered per request is kept.
    expect(cacheControlFor("private, no-cache, no-store, max-age=0, must-revalidate", false)).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });

  it("answer If-None-Match by the ETag, weak or strong, in a list or as *", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abcd"', '"abc"')).toBe(false);
  });
});

describe("the page at a path", () => {
  it("is the entry Next.js rendered for it (`/` included), while not invalidated and within its revalidate time", () => {
    const { store, clock } = storeAt();
    const home: CacheValue = { kind: "APP_PAGE", html: "home", headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/(public)/page,_N_T_/,_N_T_/index" } };
    store.set("/$rc/index", home, { revalidate: 300 });
    store.set("/$rc/claims/1", page("/claims/1"), { revalidate: 300 });
    expect(store.current("_N_T_/")).toBe(home);
    expect(store.current("_N_T_/claims/1")?.html).toBe("<p>page</p>");
    expect(store.current("_N_T_/claims/2")).toBeNull();
    clock.now += 300_000;
    expect(store.current("_N_T_/")).toBeNull();
    clock.now -= 1;
    store.invalidate(["_N_T_/claims/1"]);
    expect(store.current("_N_T_/claims/1")).toBeNull();
    expect(store.current("_N_T_/")).toBe(home);
  });

  it("is the path the request was rewritten to, as the cache key names it, also for a route handler tagged with the path asked for", () => {
    const { store } = storeAt();
    const search: CacheValue = { kind: "APP_ROUTE", body: Buffer.from("{}"), headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/api/claims/search/[query]/route,_N_T_/api/claims" } };
    store.set("/route-cache/APP_ROUTE/0f3e/$/api/claims/search/cT1hbGl5ZXY", search, { revalidate: 300 });
    expect(store.current("_N_T_/api/claims/search/cT1hbGl5ZXY")).toBe(search);
    expect(store.current("_N_T_/api/claims")).toBeNull();
  });
});

describe("a long cached page's Content-Security-Policy", () => {
  it("is a nonce made for this render, on every script tag, when hashes would make the header too long", () => {
    const scripts = Array.from({ length: MAX_SCRIPT_HASHES + 1 }, (_, index) => `<script>self.__next_f.push([1,"${index}"])</script>`).join("");
    const value = page("/claimants", `<head><script src="/_next/static/chunks/a.js" nonce="old"></script></head><body>${scripts}</body>`);
    prepareForCache(value);
    const policy = String(value.headers?.["content-security-policy"]);
    const nonce = /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(policy.length).toBeLessThan(1_000);
    expect(policy).not.toContain("sha256-");
    const tags = [...String(value.html).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(tags).toHaveLength(MAX_SCRIPT_HASHES + 2);
    for (const tag of tags) expect(tag.match(/nonce="([^"]*)"/g)).toEqual([`nonce="${nonce}"`]);

    // Another render of the page gets another nonce.
    const again = page("/claimants", `<body>${scripts}</body>`);
    prepareForCache(again);
    expect(String(again.headers?.["content-security-policy"])).not.toContain(nonce);
  });
});
