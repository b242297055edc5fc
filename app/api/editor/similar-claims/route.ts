import { requireRole } from "@/lib/accounts/auth.ts";
import { db } from "@/lib/platform/db.ts";
import { AuthorizationError } from "@/lib/errors.ts";
import { findSimilarClaims, similarClaimsQuerySchema } from "@/lib/workbench/similar-claims.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

export const dynamic = "force-dynamic";

/**
 * GET /api/editor/similar-claims?quote=…&summary=…&claimantId=…&exclude=…: the claim form asks
 * while an editor types. Editors only: the answer includes drafts.
 */
export const GET = answeringErrors("GET /api/editor/similar-claims", async (request: Request) => {
  try {
    await requireRole("EDITOR");
  } catch (error) {
    if (error instanceof AuthorizationError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
  const parsed = similarClaimsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Invalid parameters", issues: parsed.error.issues.map((issue) => issue.message) }, { status: 400 });
  const claims = await findSimilarClaims(db, parsed.data);
  return Response.json({ claims }, { headers: { "cache-control": "no-store" } });
});
