import { publicClaimAppearances } from "@/lib/public/claim-appearances.ts";
import { publicClaimRelations } from "@/lib/public/claim-relations.ts";
import { claimDetailJson } from "@/lib/public/claims-json.ts";
import { claimCorrections } from "@/lib/public/corrections.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { parseId } from "@/lib/params.ts";
import { cachedPageOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

/** GET /api/claims/{id}: a published claim with its appearances, outcomes and public history; 404 for drafts. */
export const GET = answeringErrors("GET /api/claims/{id}", async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseId((await params).id);
  const claim = id === null ? null : await getPublishedClaim(id);
  if (!claim) return Response.json({ error: "Claim not found" }, { status: 404 });
  const [relations, corrections, appearances] = await Promise.all([publicClaimRelations(claim.id), claimCorrections(claim.id), publicClaimAppearances(claim.id)]);
  return Response.json(claimDetailJson(claim, relations, corrections, cachedPageOrigin(), appearances));
});
