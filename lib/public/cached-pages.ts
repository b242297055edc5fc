/**
 * Which public responses are cached, and how a request reaches them.
 *
 * Cached (rendered once, shared by every reader until a change drops them: page-invalidation.ts;
 * and at most five minutes old, `revalidate = 300`, for what changes with the date alone):
 * the index without a search, a claim's page and a duplicate's own page, the claimant and source
 * lists and pages, the feeds, the sitemap, and the JSON API's claim (`/api/claims/{id}`).
 * Nothing in them depends on the request: no cookie, no header, no query. The signed-in part of
 * the header is fetched by the browser (components/AccountNav.tsx).
 *
 * Rendered per request: searches (`/?q=…` and any other query on `/`, rewritten to /search),
 * the JSON list (`/api/claims?…`), the CSV exports, and everything signed-in.
 */

const CACHED_PAGE = /^\/(?:|claims\/[^/]+(?:\/own)?|claimants(?:\/[^/]+)?|sources(?:\/[^/]+)?)$/;
const CLAIM_PAGE = /^\/claims\/[^/]+$/;

export interface PublicRoute {
  /** The page is served from the page cache: its Content-Security-Policy comes with it. */
  cached: boolean;
  /** The path that renders it, when not the requested one (the query is kept). */
  rewrite?: string;
}

/** How the proxy treats a public page request (not the feeds and API, which it does not see). */
export function publicRoute(pathname: string, searchParams: URLSearchParams): PublicRoute {
  if (pathname === "/" && searchParams.size > 0) return { cached: false, rewrite: "/search" };
  if (CLAIM_PAGE.test(pathname) && searchParams.get("stay") === "1") return { cached: true, rewrite: `${pathname}/own` };
  return { cached: CACHED_PAGE.test(pathname) };
}
