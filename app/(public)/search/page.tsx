import { ClaimIndex } from "@/components/ClaimIndex.tsx";
import type { RawParams } from "@/lib/public/search.ts";

// A search, rendered per request; a typed or bookmarked `/?q=…` (any query on /) is sent here by the proxy.
export const dynamic = "force-dynamic";

export default async function ClaimSearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  return <ClaimIndex params={await searchParams} />;
}
