import { searchPageJson } from "@/lib/public/claims-json.ts";
import { cachedSearchCounts } from "@/lib/public/cached-search-counts.ts";
import { parseClaimSearch, searchClaims } from "@/lib/public/search.ts";

/**
 * The answer of GET /api/claims for these parameters: 400 with the issues, else a page of the index
 * as JSON, its `next` link on `origin`. Served per request (app/api/claims) and, for a search, from
 * its cached copy (app/api/claims/search/[query], where the proxy sends it).
 */
export async function claimsSearchResponse(params: URLSearchParams, origin: string): Promise<Response> {
  const { search, issues } = parseClaimSearch(params);
  if (issues.length > 0) return Response.json({ error: "Invalid parameters", issues }, { status: 400 });
  const page = await searchClaims(search, { cacheCounts: cachedSearchCounts });
  return Response.json(
    searchPageJson(page, origin, (cursor) => {
      const next = new URLSearchParams(params);
      next.set("cursor", cursor);
      return `${origin}/api/claims?${next}`;
    }),
  );
}
