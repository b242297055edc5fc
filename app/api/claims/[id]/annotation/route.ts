import { answeringErrors } from "@/lib/internal-errors.ts";
import { parseId } from "@/lib/params.ts";
import { ANNOTATION_CONTENT_TYPE, claimAnnotation } from "@/lib/public/web-annotations.ts";
import { cachedPageOrigin } from "@/lib/site.ts";

export const dynamic = "force-dynamic";

/** GET /api/claims/{id}/annotation: the claim's anchor as a W3C Web Annotation; 404 for drafts and claims with no anchor. */
export const GET = answeringErrors("GET /api/claims/{id}/annotation", async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseId((await params).id);
  const annotation = id === null ? null : await claimAnnotation(id, cachedPageOrigin());
  if (!annotation) return Response.json({ error: "No annotation for this claim" }, { status: 404 });
  return new Response(JSON.stringify(annotation), { headers: { "content-type": ANNOTATION_CONTENT_TYPE } });
});
