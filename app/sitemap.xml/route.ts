import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { cachedPageOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";
import { SITEMAP_CONTENT_TYPE, sitemapIndexEntries, sitemapIndexXml } from "@/lib/public/sitemap.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;

export const GET = answeringErrors("GET /sitemap.xml", async () => {
  if (isBuildPhase()) return new Response(null, { status: 204 });
  const xml = sitemapIndexXml(cachedPageOrigin(), await sitemapIndexEntries());
  return new Response(xml, { headers: { "content-type": SITEMAP_CONTENT_TYPE } });
});
