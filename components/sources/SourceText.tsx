import Link from "next/link";
import type { sourcePassages } from "@/components/sources/passages.ts";

/**
 * The article with its claims (each opens its claim) and its suggestions (each goes to its entry in
 * the panel). On a claim's own page, `current` is that claim: its words are marked, not a link.
 */
export function SourceText({ segments, current }: { segments: ReturnType<typeof sourcePassages>["segments"]; current?: number }) {
  return (
    <div className="mt-3 whitespace-pre-wrap break-words rounded-lg border border-stone-200 bg-white p-4 font-serif leading-relaxed">
      {segments.map((segment) => {
        const { mark } = segment;
        if (!mark) return <span key={segment.at}>{segment.text}</span>;
        if ("claimId" in mark && mark.claimId === current) {
          return (
            <mark key={segment.at} id={segment.id!} data-current-quote className="rounded bg-yellow-200 px-0.5 text-stone-950 ring-2 ring-yellow-500">
              {segment.text}
              <span className="sr-only"> (this claim)</span>
            </mark>
          );
        }
        if ("claimId" in mark) {
          return (
            <Link key={segment.at} id={segment.id!} href={`/editor/claims/${mark.claimId}`} className="no-underline">
              <mark className="rounded bg-amber-100 px-0.5 text-stone-900 ring-1 ring-amber-300 hover:bg-amber-200">
                {segment.text}
                <span className="sr-only"> (claim {mark.claimId})</span>
              </mark>
            </Link>
          );
        }
        return (
          <a
            key={segment.at}
            id={segment.id!}
            href={`#suggestion-${mark.suggestion}`}
            className="scroll-mt-4 rounded text-stone-900 underline decoration-sky-600 decoration-dotted decoration-2 underline-offset-4 target:bg-sky-200 target:ring-2 target:ring-sky-500 hover:bg-sky-100"
          >
            {segment.text}
            <span className="sr-only"> (suggestion {mark.suggestion})</span>
          </a>
        );
      })}
    </div>
  );
}
