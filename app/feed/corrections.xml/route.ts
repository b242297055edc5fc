import { latestCorrections } from "@/lib/public/corrections.ts";
import { correctionsAtomFeed } from "@/lib/public/feed.ts";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { cachedPageOrigin } from "@/lib/site.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;

export const GET = answeringErrors("GET /feed/corrections.xml", async () => {
  if (isBuildPhase()) return new Response(null, { status: 204 });
  const xml = correctionsAtomFeed(cachedPageOrigin(), await latestCorrections());
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
});
