import { claimsSearchResponse } from "@/lib/public/claims-search-response.ts";
import { searchParamsOfKey } from "@/lib/public/search-page-key.ts";
import { cachedPageOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

// A search of GET /api/claims, cached for every reader until a change drops the lists:
// lib/public/cached-pages.ts. The proxy rewrites /api/claims?… here with the query as the key.
export const revalidate = 300;
export const generateStaticParams = () => [];

export const GET = answeringErrors("GET /api/claims?…", async (_request: Request, { params }: { params: Promise<{ query: string }> }) => {
  const searchParams = searchParamsOfKey((await params).query);
  if (!searchParams) return Response.json({ error: "Not found" }, { status: 404 });
  return claimsSearchResponse(searchParams, cachedPageOrigin());
});
