import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache, Suspense } from "react";
import { ClaimAppearances } from "@/components/ClaimAppearances.tsx";
import { ClaimCorrections } from "@/components/ClaimCorrections.tsx";
import { ClaimSources } from "@/components/ClaimSources.tsx";
import { DueDate } from "@/components/DueDate.tsx";
import { FollowedFromNotice } from "@/components/FollowedFromNotice.tsx";
import { LocalDate } from "@/components/LocalDate.tsx";
import { MethodologyLink } from "@/components/MethodologyLink.tsx";
import { QuoteInContext } from "@/components/QuoteInContext.tsx";
import { SourceLink } from "@/components/SourceLink.tsx";
import { Timeline } from "@/components/Timeline.tsx";
import { VerdictBlock } from "@/components/VerdictBlock.tsx";
import { WithdrawnClaim } from "@/components/WithdrawnClaim.tsx";
import { publicClaimAppearances } from "@/lib/public/claim-appearances.ts";
import { claimReviewJsonLd, jsonLdScript } from "@/lib/public/claim-review.ts";
import { publicClaimRelations } from "@/lib/public/claim-relations.ts";
import { sourceVersionPath } from "@/lib/public/public-sources.ts";
import { claimCorrections } from "@/lib/public/corrections.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { KIND_LABEL, RELATION_LABEL } from "@/lib/labels.ts";
import { parseId } from "@/lib/params.ts";
import { cachedPageOrigin } from "@/lib/site.ts";
import { timelineEntries } from "@/lib/public/timeline.ts";
import { STATUS } from "@/lib/status.ts";
import { claimVerdict, VERDICT_IMAGE_SIZE } from "@/lib/public/verdict.ts";

/*
 * A claim's public page, cached for every reader (lib/public/cached-pages.ts): /claims/{id}, and
 * /claims/{id}/own, a duplicate's own page (`?stay=1`, which the proxy rewrites there) where
 * /claims/{id} sends the reader on to the original. Nothing in it depends on the request.
 */

const loadClaim = cache(async (raw: string) => {
  const id = parseId(raw);
  return id === null ? null : getPublishedClaim(id);
});

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function claimMetadata(rawId: string): Promise<Metadata> {
  const claim = await loadClaim(rawId);
  if (!claim) return { title: "Claim not found" };
  const url = `${cachedPageOrigin()}/claims/${claim.id}`;
  if (claim.withdrawnAt) {
    const description = `Withdrawn: ${claim.withdrawalReason ?? "no reason given"}`;
    // Listed nowhere, the sitemap included; search engines should drop it too.
    return { title: `Claim #${claim.id} was withdrawn`, description, alternates: { canonical: url }, robots: { index: false } };
  }
  // Published claims always have a headline (the CHECK constraint Claim_published_has_headline).
  const title = claim.headline ?? `${claim.claimant.name}: “${clip(claim.quote, 80)}”`;
  const image = { url: `${url}/verdict-image`, ...VERDICT_IMAGE_SIZE, alt: `${title} (${STATUS[claim.status].label})` };
  const description = `${claim.claimant.name}: “${clip(claim.quote, 200)}” ${claim.summary}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", url, title, description, siteName: "Claim Ledger", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export async function ClaimPage({ rawId, own }: { rawId: string; own: boolean }) {
  const claim = await loadClaim(rawId);
  if (!claim) notFound();
  const corrections = await claimCorrections(claim.id);
  if (claim.withdrawnAt) return <WithdrawnClaim claim={{ ...claim, withdrawnAt: claim.withdrawnAt }} corrections={corrections} />;
  const relations = await publicClaimRelations(claim.id);
  if (relations.originalId !== null && !own) redirect(`/claims/${relations.originalId}?from=${claim.id}`);
  const origin = cachedPageOrigin();
  const appearances = await publicClaimAppearances(claim.id);
  const jsonLd = claimReviewJsonLd(claim, `${origin}/claims/${claim.id}`, origin, corrections, appearances);
  const { claimant, source } = claim;

  return (
    <article aria-labelledby="claim-headline">
      <Suspense fallback={null}>
        <FollowedFromNotice duplicateIds={relations.alsoSaid.filter((other) => other.sameStatement).map((other) => other.id)} />
      </Suspense>
      {relations.originalId !== null ? (
        <p role="note" className="mb-4 rounded border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950">
          This claim is a duplicate: the same statement is tracked as{" "}
          <Link href={`/claims/${relations.originalId}`} className="underline">
            claim #{relations.originalId}
          </Link>
          .
        </p>
      ) : null}
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} /> : null}
      <p className="text-sm text-stone-700">
        <Link href="/" className="underline">
          Claims
        </Link>{" "}
        › {KIND_LABEL[claim.kind]}
      </p>
      <header className="mt-3">
        <h1 id="claim-headline" className="font-serif text-2xl leading-snug font-bold text-stone-900 sm:text-3xl">
          {claim.headline}
        </h1>
        <VerdictBlock verdict={claimVerdict(claim)} />
        <ClaimCorrections corrections={corrections} />
      </header>

      <section aria-labelledby="claim-heading" className="mt-10">
        <h2 id="claim-heading" className="font-serif text-xl font-bold">
          The claim
        </h2>
        <blockquote className="mt-3 font-serif text-xl leading-snug text-stone-900">
          <q>{claim.quote}</q>
        </blockquote>
        <p className="mt-2 text-stone-800">
          <Link href={`/claimants/${claimant.slug}`} className="font-semibold underline">
            {claimant.name}
          </Link>
          {claimant.title ? <>, {claimant.title}</> : null} · <LocalDate value={claim.statedAt} />
        </p>
        <dl className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <div className="flex items-center gap-2">
            <dt className="font-semibold">Kind</dt>
            <dd>{KIND_LABEL[claim.kind]}</dd>
          </div>
          {claim.dueAt ? (
            <div className="flex items-center gap-2">
              <dt className="font-semibold">Due</dt>
              <dd>
                <DueDate claim={claim} note={claim.dueNote} />
              </dd>
            </div>
          ) : null}
          {claim.tags.length > 0 ? (
            <div className="flex items-center gap-2">
              <dt className="font-semibold">Tags</dt>
              <dd>
                <ul className="flex flex-wrap gap-2">
                  {claim.tags.map((tag) => (
                    <li key={tag}>
                      <Link href={`/search?tag=${encodeURIComponent(tag)}`} className="rounded bg-stone-100 px-2 py-0.5 text-stone-800 underline">
                        {tag}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-4 max-w-3xl text-stone-800">{claim.summary}</p>
        {source ? (
          <>
            <h3 className="mt-6 font-semibold text-stone-900">In its source</h3>
            <p className="mt-1 text-sm text-stone-700">
              <SourceLink source={source} />
            </p>
            {claim.sourceVersion ? (
              <p className="mt-1 text-sm break-all text-stone-700">
                Taken from{" "}
                <Link href={sourceVersionPath(source.id, claim.sourceVersion.number)} className="underline">
                  version {claim.sourceVersion.number} of its text
                </Link>
                , SHA-256 <code className="text-xs">{claim.sourceVersion.sha256}</code>
              </p>
            ) : null}
            <QuoteInContext body={source.body} anchor={claim} />
          </>
        ) : null}
      </section>

      <ClaimAppearances statedAt={claim.statedAt} appearances={appearances} />

      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="font-serif text-xl font-bold">
          Timeline
        </h2>
        <div className="mt-4">
          <Timeline id="claim-timeline" entries={timelineEntries(claim)} />
        </div>
      </section>

      <section aria-labelledby="outcomes-heading" className="mt-10">
        <h2 id="outcomes-heading" className="font-serif text-xl font-bold">
          Outcomes
        </h2>
        {claim.outcomes.length === 0 ? (
          <p className="mt-2 text-stone-700">No outcome has been linked to this claim yet.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {claim.outcomes.map(({ relation, note, outcome }) => (
              <li key={outcome.id} id={`outcome-${outcome.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
                <p className="text-sm text-stone-700">
                  <LocalDate value={outcome.occurredAt} /> · <span className="font-semibold text-stone-900">{RELATION_LABEL[relation]}</span>
                </p>
                <h3 className="mt-1 font-semibold text-stone-900">{outcome.title}</h3>
                {outcome.description ? <p className="mt-1 text-sm text-stone-800">{outcome.description}</p> : null}
                {note ? (
                  <p className="mt-2 text-sm text-stone-800">
                    <span className="font-semibold">Why it matters: </span>
                    {note}
                  </p>
                ) : null}
                {outcome.source || outcome.url ? (
                  <p className="mt-2 text-sm text-stone-700">
                    {outcome.source ? <SourceLink source={outcome.source} /> : null}
                    {outcome.url && outcome.url !== outcome.source?.url ? (
                      <>
                        {outcome.source ? " · " : null}
                        <a href={outcome.url} className="underline" rel="noopener noreferrer">
                          Report
                        </a>
                      </>
                    ) : null}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ClaimSources sources={[source, ...claim.outcomes.map(({ outcome }) => outcome.source)]} />
      {relations.alsoSaid.length > 0 ? (
        <section aria-labelledby="also-said-heading" className="mt-10">
          <h2 id="also-said-heading" className="font-serif text-xl font-bold">
            Also said
          </h2>
          <ul className="mt-4 space-y-3">
            {relations.alsoSaid.map((other) => (
              <li key={other.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <p className="text-sm text-stone-700">
                  {other.claimant.name} · <LocalDate value={other.statedAt} />
                  {other.sameStatement ? " · the same statement, reported elsewhere" : " · related"}
                </p>
                <Link href={`/claims/${other.id}${other.sameStatement ? "?stay=1" : ""}`} className="mt-1 block font-serif underline">
                  “{other.quote}”
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <footer className="mt-10 text-sm text-stone-700">
        {claim.publishedAt ? (
          <p>
            Published <LocalDate value={claim.publishedAt} />, last updated <LocalDate value={claim.updatedAt} />.
          </p>
        ) : null}
        <p className="mt-1">
          Machine-readable: <a href={`/api/claims/${claim.id}`} className="underline">JSON</a>
        </p>
        <p className="mt-1">
          <MethodologyLink />
        </p>
      </footer>
    </article>
  );
}
