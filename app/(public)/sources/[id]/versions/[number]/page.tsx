import type { Metadata } from "next";
import { ClaimMarkedText } from "@/components/ClaimMarkedText.tsx";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceVersions } from "@/components/sources/SourceVersions.tsx";
import { findAnchor, segmentText } from "@/lib/public/highlight.ts";
import { parseId } from "@/lib/params.ts";
import { getSourceVersionPage, sourceVersionPath } from "@/lib/public/public-sources.ts";
import { sourcePath } from "@/lib/public/page-invalidation.ts";

// Cached for every reader until a change drops it: lib/public/cached-pages.ts.
export const revalidate = 300;
export const generateStaticParams = () => [];

interface Props {
  params: Promise<{ id: string; number: string }>;
}

const load = cache(async (rawId: string, rawNumber: string) => {
  const id = parseId(rawId);
  const number = parseId(rawNumber);
  return id === null || number === null ? null : getSourceVersionPage(id, number);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, number } = await params;
  const page = await load(id, number);
  return page ? { title: `${page.source.title}, version ${page.version.number}` } : { title: "Source not found" };
}

export default async function SourceVersionPage({ params }: Props) {
  const { id, number } = await params;
  const page = await load(id, number);
  if (!page) notFound();
  const { source, version } = page;
  const latest = source.versions[0]?.number;
  const highlights = source.claims.flatMap((claim) => {
    const range = findAnchor(version.body, claim);
    return range ? [{ ...range, mark: claim }] : [];
  });
  const segments = segmentText(version.body, highlights);
  const takenHere = source.claims.filter((claim) => claim.sourceVersion?.number === version.number);

  return (
    <article aria-labelledby="version-title">
      <p className="text-sm">
        <Link href={sourcePath(source.id)} className="underline underline-offset-2">
          ← {source.title}
        </Link>
      </p>
      <h1 id="version-title" className="mt-2 font-serif text-3xl font-bold tracking-tight">
        {source.title}: version {version.number}
      </h1>
      <p className="mt-2 text-stone-700">
        {version.number === latest ? "This is the current text of the source." : `An earlier text of the source; the current one is version ${latest}.`}{" "}
        SHA-256 of this text (UTF-8): <code className="font-mono text-xs break-all">{version.sha256}</code>
      </p>

      <section aria-labelledby="text-heading" className="mt-8">
        <h2 id="text-heading" className="font-serif text-xl font-bold">
          Text of version {version.number}
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          Highlighted passages are tracked claims whose words are in this version; each opens its claim.
          {takenHere.length > 0 ? ` ${takenHere.length === 1 ? "One claim was" : `${takenHere.length} claims were`} taken from this version.` : null}
        </p>
        <ClaimMarkedText segments={segments} />
      </section>

      <section aria-labelledby="versions-heading" className="mt-10">
        <h2 id="versions-heading" className="font-serif text-xl font-bold">
          Versions of the text ({source.versions.length})
        </h2>
        <div className="mt-3">
          <SourceVersions versions={source.versions} href={(n) => sourceVersionPath(source.id, n)} current={version.number} />
        </div>
      </section>
    </article>
  );
}
