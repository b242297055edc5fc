import type { MetadataRoute } from "next";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { cachedPageOrigin } from "@/lib/site.ts";
import { sitemapEntries } from "@/lib/public/sitemap.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return isBuildPhase() ? [] : sitemapEntries(cachedPageOrigin());
}
