import { answeringErrors } from "@/lib/internal-errors.ts";
import { parseId } from "@/lib/params.ts";
import { ANNOTATION_CONTENT_TYPE, sourceAnnotations } from "@/lib/public/web-annotations.ts";
import { cachedPageOrigin } from "@/lib/site.ts";

export const dynamic = "force-dynamic";

/** GET /api/sources/{id}/annotations: every claim anchored in a public source, as one W3C AnnotationCollection. */
export const GET = answeringErrors("GET /api/sources/{id}/annotations", async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseId((await params).id);
  const collection = id === null ? null : await sourceAnnotations(id, cachedPageOrigin());
  if (!collection) return Response.json({ error: "Source not found" }, { status: 404 });
  return new Response(JSON.stringify(collection), { headers: { "content-type": ANNOTATION_CONTENT_TYPE } });
});
