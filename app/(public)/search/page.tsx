import { ClaimIndex } from "@/components/ClaimIndex.tsx";
import type { RawParams } from "@/lib/public/search.ts";

// Rendered per request: only an empty or over-long search lands here; the proxy sends every other
// search to its cached page, app/(public)/search/[query] (lib/public/cached-pages.ts).
export const dynamic = "force-dynamic";

export default async function ClaimSearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <ClaimIndex params={await searchParams} />;
}
