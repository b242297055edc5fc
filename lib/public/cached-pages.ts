import { searchPageKey } from "@/lib/public/search-page-key.ts";

/**
 * Which public responses are cached, and how a request reaches them.
 *
 * Cached (rendered once, shared by every reader until a change drops them: page-invalidation.ts;
 * and at most five minutes old, `revalidate = 300`, for what changes with the date alone):
 * the index without a search, a claim's page and a duplicate's own page, the claimant and source
 * lists and a claimant's claims (every page of them), the source pages and their versions, the corrections log (every
 * page), the methodology, the feeds, the sitemap (its index and files), robots.txt, and the JSON
 * API's claim (`/api/claims/{id}`).
 * Nothing in them depends on the request: no cookie, no header, no query. The signed-in part of
 * the header is fetched by the browser (components/AccountNav.tsx).
 *
 * A search (`/search?…`, or `/?…` as typed or bookmarked, and the JSON list `/api/claims?…`) asked
 * before is cached too, one copy per query (lib/public/search-page-key.ts), dropped by every change
 * that drops the lists: on a viral day thousands of readers follow the same few search links.
 *
 * Rendered per request: a search asked for the first time, an empty or over-long search (/search,
 * /api/claims), the CSV exports, and everything signed-in.
 */

const CACHED_PAGE = /^\/(?:|claims\/[^/]+(?:\/own)?|claimants(?:\/[^/]+)?(?:\/page\/[^/]+)?|sources(?:\/[^/]+(?:\/versions\/[^/]+)?|\/page\/[^/]+)?|corrections(?:\/page\/[^/]+)?|methodology|search\/[^/]+)$/;
const CLAIM_PAGE = /^\/claims\/[^/]+$/;

export interface PublicRoute {
  /** The page is served from the page cache: its Content-Security-Policy comes with it. */
  cached: boolean;
  /** The path and query that render it, when not the requested ones. */
  rewrite?: string;
  /** JSON, not a page: no Content-Security-Policy either way. */
  json?: true;
}

/**
 * How the proxy treats a public page request, or a search of the JSON list (the proxy sees no other
 * API route, nor the feeds). `cacheSearch` says whether a search goes to its cached copy (the
 * proxy's: only a search asked before, lib/public/repeated-searches.ts) or is rendered per request.
 */
export function publicRoute(pathname: string, searchParams: URLSearchParams, cacheSearch: (cachedPath: string) => boolean = () => true): PublicRoute {
  if ((pathname === "/" || pathname === "/search") && searchParams.size > 0) {
    const key = searchPageKey(searchParams);
    return key && cacheSearch(`/search/${key}`) ? { cached: true, rewrite: `/search/${key}` } : { cached: false, rewrite: `/search?${searchParams}` };
  }
  if (pathname === "/api/claims") {
    const key = searchPageKey(searchParams);
    return key && cacheSearch(`/api/claims/search/${key}`) ? { cached: true, rewrite: `/api/claims/search/${key}`, json: true } : { cached: false, json: true };
  }
  if (CLAIM_PAGE.test(pathname) && searchParams.get("stay") === "1") return { cached: true, rewrite: `${pathname}/own?${searchParams}` };
  return { cached: CACHED_PAGE.test(pathname) };
}
