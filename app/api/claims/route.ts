import { claimsSearchResponse } from "@/lib/public/claims-search-response.ts";
import { siteOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

// Rendered per request: only the list without parameters (or over-long ones) lands here; the proxy
// sends every other search to its cached copy, app/api/claims/search/[query].
export const dynamic = "force-dynamic";

/** GET /api/claims: the claim index as JSON, with the home page's parameters and cursor. */
export const GET = answeringErrors("GET /api/claims", async (request: Request) =>
  claimsSearchResponse(new URL(request.url).searchParams, siteOrigin(request.headers)),
);
