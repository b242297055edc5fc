import type { Metadata } from "next";
import Link from "next/link";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { LocalDate } from "@/components/LocalDate.tsx";
import { listPublicSources } from "@/lib/public/public-sources.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  if (isBuildPhase()) return null;
  const sources = await listPublicSources();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Sources</h1>
      <p className="mt-2 max-w-2xl text-stone-700">The articles that claims are quoted from and outcomes are reported in.</p>
      {sources.length === 0 ? (
        <p className="mt-8 text-stone-700">No sources yet.</p>
      ) : (
        <ul className="mt-8 space-y-4" aria-label="Sources, newest first">
          {sources.map((source) => (
            <li key={source.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">
                <Link href={`/sources/${source.id}`} className="underline">
                  {source.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-stone-700">
                {[source.publisher, source.author].filter(Boolean).join(" · ")}
                {source.publishedAt ? (
                  <>
                    {source.publisher || source.author ? " · " : null}
                    <LocalDate value={source.publishedAt} />
                  </>
                ) : null}
              </p>
              <p className="mt-1 text-sm text-stone-700">
                {source.publishedClaims} {source.publishedClaims === 1 ? "claim" : "claims"} quoted
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
