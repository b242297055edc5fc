import { cachedPageOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";
import { parseSitemapFile, SITEMAP_CONTENT_TYPE, sitemapFileEntries, urlSetXml } from "@/lib/public/sitemap.ts";

// One file of the sitemap index (/sitemap.xml), cached for every reader until a change drops it:
// lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

export const GET = answeringErrors("GET /sitemap/{file}", async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const file = parseSitemapFile((await params).file);
  if (!file) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const xml = urlSetXml(cachedPageOrigin(), await sitemapFileEntries(file));
  return new Response(xml, { headers: { "content-type": SITEMAP_CONTENT_TYPE } });
});
