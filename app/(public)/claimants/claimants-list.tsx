import Link from "next/link";
import { ListPager } from "@/components/ListPager.tsx";
import { db } from "@/lib/platform/db.ts";
import { pageCount } from "@/lib/public/list-pages.ts";
import { countPublicClaimants, listPublicClaimants } from "@/lib/public/public-claimants.ts";

/** A page of the claimants list: the first at /claimants, the others at /claimants/page/{n} (null when there is no such page). */
export async function ClaimantsList({ page }: { page: number }) {
  const [claimants, total] = await Promise.all([listPublicClaimants(db, { page }), countPublicClaimants()]);
  const pages = pageCount(total);
  if (page > pages) return null;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Claimants</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        People and organisations whose statements are tracked{total > 0 ? `: ${total.toLocaleString("en")}, by name` : ""}.
      </p>
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
      <ListPager list="/claimants" page={page} pages={pages} label="the claimants list" />
    </>
  );
}
