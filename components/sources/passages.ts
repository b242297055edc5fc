import { segmentText, type Highlight } from "@/lib/public/highlight.ts";
import type { SourceSuggestion } from "@/lib/workbench/suggestions.ts";

export type PassageMark = { claimId: number } | { suggestion: number };
type AnchoredClaim = { id: number; anchorStart: number; anchorEnd: number };
type NumberedSuggestion = { suggestion: SourceSuggestion; number: number };

/**
 * The source's text cut into runs for the editor's article view: claims and open suggestions
 * highlighted, each highlighted run with an id; `targetOf` is the id of the run to show for a
 * suggestion — its own words, or its claim's once it is one; null when dismissed. Highlights may
 * overlap (a quote inside a reported statement): a suggestion's run is the one holding its start.
 */
export function sourcePassages(body: string, claims: AnchoredClaim[], suggestions: NumberedSuggestion[]) {
  const open = ({ suggestion }: NumberedSuggestion) => suggestion.claimId === null && !suggestion.dismissed;
  const highlights: Highlight<PassageMark>[] = [
    ...claims.map((claim) => ({ start: claim.anchorStart, end: claim.anchorEnd, mark: { claimId: claim.id } })),
    ...suggestions.filter(open).map(({ suggestion, number }) => ({ start: suggestion.start, end: suggestion.end, mark: { suggestion: number } })),
  ];
  let at = 0;
  const segments = segmentText(body, highlights).map((segment) => {
    const passage = { ...segment, id: segment.mark ? `passage-${at}` : null, at };
    at += segment.text.length;
    return passage;
  });
  const passageAt = (offset: number) => segments.findLast((segment) => segment.at <= offset)?.id ?? null;
  const claimStart = new Map(claims.map((claim) => [claim.id, claim.anchorStart]));

  function targetOf(item: NumberedSuggestion): string | null {
    const { start, claimId } = item.suggestion;
    if (claimId !== null) return passageAt(Math.max(start, claimStart.get(claimId)!));
    return open(item) ? passageAt(start) : null;
  }
  return { segments, targetOf };
}
