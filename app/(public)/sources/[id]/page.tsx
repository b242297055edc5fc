import type { Metadata } from "next";
import { ClaimMarkedText } from "@/components/ClaimMarkedText.tsx";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimCard } from "@/components/ClaimCard.tsx";
import { LocalDate } from "@/components/LocalDate.tsx";
import { SourceProvenance } from "@/components/sources/SourceProvenance.tsx";
import { SourceVersions } from "@/components/sources/SourceVersions.tsx";
import { findAnchor, segmentText } from "@/lib/public/highlight.ts";
import { parseId } from "@/lib/params.ts";
import { sourceAnnotationsPath } from "@/lib/public/web-annotations.ts";
import { getSourcePage, sourceVersionPath } from "@/lib/public/public-sources.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

interface Props {
  params: Promise<{ id: string }>;
}

const load = cache(async (raw: string) => {
  const id = parseId(raw);
  return id === null ? null : getSourcePage(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).id);
  return source ? { title: source.title } : { title: "Source not found" };
}

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).id);
  if (!source) notFound();
  const highlights = source.claims.flatMap((claim) => {
    const range = findAnchor(source.body, claim);
    return range ? [{ ...range, mark: claim }] : [];
  });
  const segments = segmentText(source.body, highlights);

  return (
    <article aria-labelledby="source-title">
      <h1 id="source-title" className="font-serif text-3xl font-bold tracking-tight">
        {source.title}
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {source.publisher ? (
          <>
            <dt className="font-semibold">Publisher</dt>
            <dd>{source.publisher}</dd>
          </>
        ) : null}
        {source.author ? (
          <>
            <dt className="font-semibold">Author</dt>
            <dd>{source.author}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Published</dt>
        <dd>{source.publishedAt ? <LocalDate value={source.publishedAt} /> : "date not given"}</dd>
        <SourceProvenance source={source} downloadable />
      </dl>

      <section aria-labelledby="text-heading" className="mt-10">
        <h2 id="text-heading" className="font-serif text-xl font-bold">
          Text
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          Highlighted passages are tracked claims; each opens its claim. “[…]” marks text left out of the excerpt. The claims
          are also{" "}
          <a href={sourceAnnotationsPath(source.id)} className="underline" type="application/ld+json">
            W3C Web Annotations
          </a>
          , for annotation tools such as Hypothesis.
        </p>
        <ClaimMarkedText segments={segments} />
      </section>

      <section aria-labelledby="versions-heading" className="mt-10">
        <h2 id="versions-heading" className="font-serif text-xl font-bold">
          Versions of the text ({source.versions.length})
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          The text above is version {source.versions[0]?.number ?? 1}. A changed text is saved as a new version; earlier ones stay as
          they were, each with the SHA-256 of its UTF-8 text, so a copy can be checked against it.
        </p>
        <div className="mt-3">
          <SourceVersions versions={source.versions} href={(number) => sourceVersionPath(source.id, number)} current={source.versions[0]?.number} />
        </div>
      </section>

      <section aria-labelledby="claims-heading" className="mt-10">
        <h2 id="claims-heading" className="font-serif text-xl font-bold">
          Claims quoted from this source ({source.claims.length})
        </h2>
        {source.claims.length === 0 ? (
          <p className="mt-2 text-stone-700">No published claim quotes this source.</p>
        ) : (
          <ol className="mt-4 space-y-4" aria-label="Claims in the order they appear in the text">
            {source.claims.map((claim) => (
              <li key={claim.id}>
                <ClaimCard claim={claim} />
                {claim.sourceVersion && claim.sourceVersion.number !== source.versions[0]?.number ? (
                  <p className="mt-1 text-sm text-stone-700">
                    Its words are not in the current text: it was quoted from{" "}
                    <Link href={sourceVersionPath(source.id, claim.sourceVersion.number)} className="underline underline-offset-2">
                      version {claim.sourceVersion.number}
                    </Link>
                    .
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {source.appearances.length > 0 ? (
        <section aria-labelledby="appearances-heading" className="mt-10">
          <h2 id="appearances-heading" className="font-serif text-xl font-bold">
            Claims said again in this source ({source.appearances.length})
          </h2>
          <ul className="mt-4 space-y-3">
            {source.appearances.map((appearance) => (
              <li key={appearance.id}>
                <p className="text-sm text-stone-700">
                  <LocalDate value={appearance.statedAt} />
                </p>
                <Link href={`/claims/${appearance.claim.id}`} className="font-serif underline">
                  “{appearance.quote}”
                </Link>
                {appearance.claim.headline ? <p className="text-sm text-stone-700">{appearance.claim.headline}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {source.outcomes.length > 0 ? (
        <section aria-labelledby="outcomes-heading" className="mt-10">
          <h2 id="outcomes-heading" className="font-serif text-xl font-bold">
            Outcomes reported in this source
          </h2>
          <ul className="mt-4 space-y-3">
            {source.outcomes.map((outcome) => (
              <li key={outcome.id}>
                <p className="text-sm text-stone-700">
                  <LocalDate value={outcome.occurredAt} />
                </p>
                <p className="font-semibold">{outcome.title}</p>
                <p className="text-sm text-stone-700">
                  Linked to:{" "}
                  {outcome.claims.map(({ claim }, index) => (
                    <span key={claim.id}>
                      {index > 0 ? "; " : null}
                      <Link href={`/claims/${claim.id}`} className="underline">
                        “{claim.quote}”
                      </Link>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
