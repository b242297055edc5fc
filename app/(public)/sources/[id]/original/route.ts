import { getCurrentUser } from "@/lib/accounts/auth.ts";
import { hasRole } from "@/lib/accounts/roles.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";
import { parseId } from "@/lib/params.ts";
import { PRIVATE_CACHE_CONTROL } from "@/lib/platform/cache-headers.ts";
import { db } from "@/lib/platform/db.ts";
import { publicSourceWhere } from "@/lib/public/public-sources.ts";
import { attachmentDisposition } from "@/lib/public/source-provenance.ts";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * The file a source's text was extracted from, byte for byte: to readers when the source is public,
 * to editors always. Always a download, in a sandbox, never rendered as a page of this site: an
 * uploaded HTML page is someone else's markup.
 */
export const GET = answeringErrors("GET /sources/{id}/original", async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseId((await params).id);
  if (id === null) return notFound();
  const original = await db.sourceOriginal.findUnique({ where: { sourceId: id } });
  if (!original) return notFound();
  const visible = (await db.source.count({ where: { id, ...publicSourceWhere } })) === 1;
  if (!visible) {
    const user = await getCurrentUser();
    if (!user || !hasRole(user, "EDITOR")) return notFound();
  }
  const headers = {
    "content-type": `${original.contentType}; charset=utf-8`,
    "content-disposition": attachmentDisposition(original.fileName),
    "content-security-policy": "sandbox; default-src 'none'",
    "x-content-type-options": "nosniff",
    "cache-control": PRIVATE_CACHE_CONTROL,
  };
  return new Response(new Uint8Array(original.bytes), { headers });
});
