import { parseClaimSearch, searchClaims } from "@/lib/public/search.ts";
import { searchPageJson } from "@/lib/public/claims-json.ts";
import { siteOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

export const dynamic = "force-dynamic";

/** GET /api/claims: the claim index as JSON, with the home page's parameters and cursor. */
export const GET = answeringErrors("GET /api/claims", async (request: Request) => {
  const url = new URL(request.url);
  const { search, issues } = parseClaimSearch(url.searchParams);
  if (issues.length > 0) return Response.json({ error: "Invalid parameters", issues }, { status: 400 });
  const origin = siteOrigin(request.headers);
  const page = await searchClaims(search);
  return Response.json(
    searchPageJson(page, origin, (cursor) => {
      const next = new URLSearchParams(url.searchParams);
      next.set("cursor", cursor);
      return `${origin}/api/claims?${next}`;
    }),
  );
});
