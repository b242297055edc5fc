import { notFound } from "next/navigation";
import { ClaimIndex } from "@/components/ClaimIndex.tsx";
import { searchParamsOfKey } from "@/lib/public/search-page-key.ts";

// A search's page, cached for every reader until a change drops the lists: lib/public/cached-pages.ts.
// Readers ask for /search?… (or /?…); the proxy rewrites that here with the query as the key.
export const revalidate = 300;
export const generateStaticParams = () => [];

export default async function CachedSearchPage({ params }: { params: Promise<{ query: string }> }) {
  const searchParams = searchParamsOfKey((await params).query);
  if (!searchParams) notFound();
  return <ClaimIndex params={searchParams} />;
}
