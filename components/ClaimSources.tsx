import { SourceLink } from "@/components/SourceLink.tsx";
import { archiveLabel } from "@/lib/public/source-provenance.ts";

type Source = { id: number; url: string | null; title: string; publisher: string | null; publishedAt: Date | null; archiveUrls: string[] };

/**
 * Every source the claim rests on, once each: where it was said, then the outcomes' sources in the
 * order of the outcomes, each with its archived copies, so a reader can check them all.
 */
export function ClaimSources({ sources }: { sources: (Source | null)[] }) {
  const unique = [...new Map(sources.filter((source) => source !== null).map((source) => [source.id, source])).values()];
  if (unique.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-10">
      <h2 id="sources-heading" className="font-serif text-xl font-bold">
        Sources
      </h2>
      <ul className="mt-3 space-y-2 text-sm text-stone-800">
        {unique.map((source) => (
          <li key={source.id}>
            <SourceLink source={source} />
            {source.archiveUrls.length > 0 ? (
              <>
                {" · archived: "}
                {source.archiveUrls.map((url, index) => (
                  <span key={url}>
                    {index > 0 ? ", " : null}
                    <a href={url} className="underline" rel="noopener noreferrer" title={url}>
                      {archiveLabel(url)}
                    </a>
                  </span>
                ))}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
