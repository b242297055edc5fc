import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { cachedPageOrigin } from "@/lib/site.ts";
import { robotsTxt } from "@/lib/public/robots.ts";

// Cached for every reader (lib/public/cached-pages.ts); it names the origin configured where the app runs, not at build.
export const revalidate = 300;

export function GET() {
  if (isBuildPhase()) return new Response(null, { status: 204 });
  return new Response(robotsTxt(cachedPageOrigin()), { headers: { "content-type": "text/plain; charset=utf-8" } });
}
