import type { Metadata } from "next";
import Link from "next/link";
import { isBuildPhase } from "@/lib/platform/build-phase.ts";
import { listPublicClaimants } from "@/lib/public/public-claimants.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const metadata: Metadata = { title: "Claimants" };

export default async function ClaimantsPage() {
  if (isBuildPhase()) return null;
  const claimants = await listPublicClaimants();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Claimants</h1>
      <p className="mt-2 max-w-2xl text-stone-700">People and organisations whose statements are tracked.</p>
      {claimants.length === 0 ? (
        <p className="mt-8 text-stone-700">No claimants yet.</p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2" aria-label="Claimants by name">
          {claimants.map((claimant) => (
            <li key={claimant.slug} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">
                <Link href={`/claimants/${claimant.slug}`} className="underline">
                  {claimant.name}
                </Link>
              </h2>
              <p className="text-sm text-stone-700">
                {[claimant.title, claimant.organisation, claimant.country].filter(Boolean).join(" · ")}
              </p>
              <p className="mt-1 text-sm text-stone-700">
                {claimant.publishedClaims} {claimant.publishedClaims === 1 ? "claim" : "claims"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
