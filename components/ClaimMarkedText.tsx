import Link from "next/link";
import type { TextSegment } from "@/lib/public/highlight.ts";

/** A source's text with each claim's words marked and linked to its page (segments from lib/public/highlight.ts). */
export function ClaimMarkedText({ segments }: { segments: TextSegment<{ id: number; claimant?: { name: string } }>[] }) {
  return (
    <div className="mt-3 rounded-lg border border-stone-200 bg-white p-4 font-serif leading-relaxed whitespace-pre-line text-stone-800">
      {segments.map((segment, index) =>
        segment.mark ? (
          <mark key={index} className="rounded bg-yellow-200 px-0.5">
            <Link href={`/claims/${segment.mark.id}`} className="text-stone-950 underline" title={segment.mark.claimant ? `Claim by ${segment.mark.claimant.name}` : undefined}>
              {segment.text}
            </Link>
          </mark>
        ) : (
          segment.text
        ),
      )}
    </div>
  );
}
