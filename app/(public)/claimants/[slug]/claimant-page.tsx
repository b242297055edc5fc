import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ClaimCard } from "@/components/ClaimCard.tsx";
import { ListPager } from "@/components/ListPager.tsx";
import { StatusCounts } from "@/components/StatusCounts.tsx";
import { claimantRole, wikidataUrl } from "@/lib/claimant-labels.ts";
import { controlCharacterIssue } from "@/lib/fields.ts";
import { db } from "@/lib/platform/db.ts";
import { CLAIMANT_CLAIMS_PAGE_SIZE, listPagePath } from "@/lib/public/list-pages.ts";
import { claimantPath } from "@/lib/public/page-invalidation.ts";
import { currentClaimantSlug, getClaimantPage, statusBreakdown } from "@/lib/public/public-claimants.ts";

// A slug with a control character (a NUL byte from /claimants/%00) names no claimant and must not reach SQL.
const possibleSlug = (slug: string) => !controlCharacterIssue(slug, "the claimant");
const load = cache(async (slug: string, page: number) => (possibleSlug(slug) ? getClaimantPage(slug, db, page) : null));

export async function claimantMetadata(slug: string, page: number): Promise<Metadata> {
  const found = await load(slug, page);
  if (!found) return { title: "Claimant not found" };
  const { claimant } = found;
  const role = claimantRole(claimant);
  return {
    title: page === 1 ? claimant.name : `${claimant.name}, page ${page}`,
    description: `Statements by ${claimant.name}${role ? `, ${role}` : ""}, and what happened next.`,
  };
}

/** A claimant's public page: page 1 at /claimants/{slug}, the next ones of their claims at /claimants/{slug}/page/{n}. */
export async function ClaimantPage({ slug, page }: { slug: string; page: number }) {
  const found = await load(slug, page);
  if (!found) {
    // A former address (the claimant was renamed, or merged into another) leads to the current one.
    const current = possibleSlug(slug) ? await currentClaimantSlug(slug) : null;
    if (current) permanentRedirect(listPagePath(claimantPath(current), page));
    notFound();
  }
  const { claimant, claims, statusCounts, total, pages } = found;
  const first = (page - 1) * CLAIMANT_CLAIMS_PAGE_SIZE + 1;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">{claimant.name}</h1>
      <p className="mt-2 text-stone-700">{[claimantRole(claimant), claimant.organisation, claimant.country].filter(Boolean).join(" · ")}</p>
      {claimant.description ? <p className="mt-3 max-w-3xl text-stone-800">{claimant.description}</p> : null}
      {claimant.aliases.length > 0 || claimant.wikidataId ? (
        <dl className="mt-3 space-y-1 text-sm text-stone-700">
          {claimant.aliases.length > 0 ? (
            <div className="flex flex-wrap gap-x-2">
              <dt className="font-medium text-stone-900">Also known as</dt>
              <dd>{claimant.aliases.join(" · ")}</dd>
            </div>
          ) : null}
          {claimant.wikidataId ? (
            <div className="flex flex-wrap gap-x-2">
              <dt className="font-medium text-stone-900">Wikidata</dt>
              <dd>
                <a href={wikidataUrl(claimant.wikidataId)} className="underline underline-offset-2" rel="external">
                  {claimant.wikidataId}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <section aria-labelledby="breakdown-heading" className="mt-8">
        <h2 id="breakdown-heading" className="font-serif text-xl font-bold">
          Status of their claims
        </h2>
        <div className="mt-3 max-w-3xl">
          <StatusCounts
            label="Claims per status"
            counts={statusBreakdown(statusCounts)}
            href={(status) => `/search?claimant=${encodeURIComponent(claimant.slug)}&status=${status}`}
          />
        </div>
      </section>
      <section aria-labelledby="claims-heading" className="mt-10">
        <h2 id="claims-heading" className="font-serif text-xl font-bold">
          Claims ({total.toLocaleString("en")})
        </h2>
        {pages > 1 ? (
          <p className="mt-1 text-sm text-stone-700">
            Newest statement first; {first.toLocaleString("en")}–{(first + claims.length - 1).toLocaleString("en")} of {total.toLocaleString("en")}.
          </p>
        ) : null}
        <ol className="mt-4 space-y-4" aria-label={`Claims by ${claimant.name}, newest statement first`}>
          {claims.map((claim) => (
            <li key={claim.id}>
              <ClaimCard claim={claim} />
            </li>
          ))}
        </ol>
        <ListPager list={claimantPath(claimant.slug)} page={page} pages={pages} label={`${claimant.name}'s claims`} />
      </section>
    </>
  );
}
