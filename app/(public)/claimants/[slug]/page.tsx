import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimCard } from "@/components/ClaimCard.tsx";
import { StatusCounts } from "@/components/StatusCounts.tsx";
import { controlCharacterIssue } from "@/lib/fields.ts";
import { getClaimantPage, statusBreakdown } from "@/lib/public/public-claimants.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

interface Props {
  params: Promise<{ slug: string }>;
}

// A slug with a control character (a NUL byte from /claimants/%00) names no claimant and must not reach SQL.
const load = cache(async (slug: string) => (controlCharacterIssue(slug, "the claimant") ? null : getClaimantPage(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (!page) return { title: "Claimant not found" };
  const { claimant } = page;
  return { title: claimant.name, description: `Statements by ${claimant.name}${claimant.title ? `, ${claimant.title}` : ""}, and what happened next.` };
}

export default async function ClaimantPage({ params }: Props) {
  const { slug } = await params;
  const page = await load(slug);
  if (!page) notFound();
  const { claimant, claims, statusCounts } = page;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">{claimant.name}</h1>
      <p className="mt-2 text-stone-700">{[claimant.title, claimant.organisation, claimant.country].filter(Boolean).join(" · ")}</p>
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
          Claims ({claims.length})
        </h2>
        <ol className="mt-4 space-y-4" aria-label={`Claims by ${claimant.name}, newest statement first`}>
          {claims.map((claim) => (
            <li key={claim.id}>
              <ClaimCard claim={claim} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
