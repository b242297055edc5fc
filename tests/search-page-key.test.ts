import { describe, expect, it } from "vitest";
import { publicRoute } from "@/lib/public/cached-pages.ts";
import { RepeatedSearches } from "@/lib/public/repeated-searches.ts";
import { MAX_CACHED_QUERY_LENGTH, searchPageKey, searchParamsOfKey } from "@/lib/public/search-page-key.ts";

const params = (query: string) => new URLSearchParams(query);

describe("the cached page of a search", () => {
  it("is one page for every URL asking the same thing: empty fields dropped, parameters sorted", () => {
    const key = searchPageKey(params("q=tangible&status=FULFILLED&status=STALLED"));
    expect(key).not.toBeNull();
    expect(searchPageKey(params("status=FULFILLED&claimant=&q=tangible&kind=&status=STALLED"))).toBe(key);
    expect(searchPageKey(params("q=tangible"))).not.toBe(key);
    // The order of a repeated parameter is kept: it is the same filter either way, but sorting values is not ours to do.
    expect(searchParamsOfKey(key!)?.getAll("status")).toEqual(["FULFILLED", "STALLED"]);
  });

  it("keeps what it cannot understand, so the page shows the same issues as a search rendered per request", () => {
    const key = searchPageKey(params("q=%00&from=2025-02-30"))!;
    expect(searchParamsOfKey(key)?.get("q")).toBe("\u0000");
    expect(searchParamsOfKey(key)?.get("from")).toBe("2025-02-30");
  });

  it("has no key for an empty or over-long search, and no key names another one", () => {
    expect(searchPageKey(params(""))).toBeNull();
    expect(searchPageKey(params("q=&tag="))).toBeNull();
    expect(searchPageKey(params(`q=${"a".repeat(MAX_CACHED_QUERY_LENGTH)}`))).toBeNull();
    const key = searchPageKey(params("q=tangible&kind=PROMISE"))!;
    // A key made by hand for unsorted parameters or with empty ones is not a page (404), so the cache holds one copy.
    expect(searchParamsOfKey(Buffer.from("q=tangible&kind=PROMISE").toString("base64url"))).toBeNull();
    expect(searchParamsOfKey(Buffer.from("kind=PROMISE&q=tangible&tag=").toString("base64url"))).toBeNull();
    expect(searchParamsOfKey("not base64 at all!")).toBeNull();
    expect(searchParamsOfKey(key)?.toString()).toBe("kind=PROMISE&q=tangible");
  });
});

describe("how the proxy routes a public page", () => {
  it("sends a search on / or /search to its cached page, without the query", () => {
    const key = searchPageKey(params("q=tangible"));
    expect(publicRoute("/", params("q=tangible"))).toEqual({ cached: true, rewrite: `/search/${key}` });
    expect(publicRoute("/search", params("q=tangible&tag="))).toEqual({ cached: true, rewrite: `/search/${key}` });
  });

  it("sends a search of the JSON list to its cached copy; the list without parameters is answered per request", () => {
    const key = searchPageKey(params("q=aliyev"));
    expect(publicRoute("/api/claims", params("q=aliyev"))).toEqual({ cached: true, rewrite: `/api/claims/search/${key}`, json: true });
    expect(publicRoute("/api/claims", params(""))).toEqual({ cached: false, json: true });
  });

  it("renders a search asked for the first time per request, and sends it to its cached copy from the second time", () => {
    const repeated = new RepeatedSearches();
    const route = (pathname: string, query: string) => publicRoute(pathname, params(query), (path) => repeated.askedBefore(path));
    expect(route("/search", "q=tangible")).toEqual({ cached: false, rewrite: "/search?q=tangible" });
    expect(route("/", "q=tangible")).toEqual({ cached: true, rewrite: `/search/${searchPageKey(params("q=tangible"))}` });
    // The JSON list's copy is another one, with its own first time.
    expect(route("/api/claims", "q=tangible")).toEqual({ cached: false, json: true });
    expect(route("/api/claims", "q=tangible").rewrite).toBe(`/api/claims/search/${searchPageKey(params("q=tangible"))}`);
  });

  it("remembers the searches asked in two bounded generations: a search asked long ago is new again", () => {
    const repeated = new RepeatedSearches(2);
    expect(["a", "a", "b", "c", "a", "d", "e", "a", "b"].map((key) => repeated.askedBefore(key))).toEqual([false, true, false, false, true, false, false, true, false]);
  });

  it("renders an empty or over-long search per request, with its own nonce", () => {
    expect(publicRoute("/", params("q="))).toEqual({ cached: false, rewrite: "/search?q=" });
    expect(publicRoute("/search", params(""))).toEqual({ cached: false });
    const long = params(`q=${"a".repeat(MAX_CACHED_QUERY_LENGTH)}`);
    expect(publicRoute("/search", long)).toEqual({ cached: false, rewrite: `/search?${long}` });
  });

  it("serves the index, claim, claimant and source pages from the cache, and a duplicate's own page at /own", () => {
    expect(publicRoute("/", params(""))).toEqual({ cached: true });
    expect(publicRoute("/claims/12", params(""))).toEqual({ cached: true });
    expect(publicRoute("/claims/12", params("stay=1"))).toEqual({ cached: true, rewrite: "/claims/12/own?stay=1" });
    expect(publicRoute("/claimants/antony-blinken", params(""))).toEqual({ cached: true });
    expect(publicRoute("/signin", params(""))).toEqual({ cached: false });
  });
});
