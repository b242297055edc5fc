import { anchorQuote } from "@/lib/anchors.ts";
import { DomainError } from "@/lib/errors.ts";
import type { Transaction } from "@/lib/workbench/events.ts";

export type AnchorColumns = {
  anchorExact: string | null;
  anchorPrefix: string | null;
  anchorSuffix: string | null;
  anchorStart: number | null;
  anchorEnd: number | null;
  sourceVersionId: number | null;
};

const NO_ANCHOR: AnchorColumns = { anchorExact: null, anchorPrefix: null, anchorSuffix: null, anchorStart: null, anchorEnd: null, sourceVersionId: null };

function countOf(body: string, quote: string): number {
  let count = 0;
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) count++;
  return count;
}

/**
 * Anchors the quote in the source's body (W3C TextQuote + TextPosition selectors), in its current
 * version (the highest number), which the claim then records as the one it was taken from. A quote that is
 * not in the text, or occurs several times without saying which, is refused on its field.
 * `occurrence` is 1-based, as the form asks for it.
 */
export async function anchorInSource(tx: Transaction, sourceId: number | null, quote: string, occurrence?: number): Promise<AnchorColumns> {
  if (sourceId === null) return NO_ANCHOR;
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { body: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
  });
  if (!source) throw new DomainError("That source does not exist.", { sourceId: ["Choose a source from the list."] });
  const count = countOf(source.body, quote);
  if (count === 0) {
    throw new DomainError("The quote must be the exact words of the source.", {
      quote: ["These exact words are not in the source's text: copy them from it, or choose no source."],
    });
  }
  if (count > 1 && occurrence === undefined) {
    const message = `These words occur ${count} times in the source: say which occurrence is meant (1–${count}).`;
    throw new DomainError(message, { quoteOccurrence: [message] });
  }
  if (occurrence !== undefined && occurrence > count) {
    const message = `These words occur ${count} time${count === 1 ? "" : "s"} in the source; there is no occurrence ${occurrence}.`;
    throw new DomainError(message, { quoteOccurrence: [message] });
  }
  const anchor = anchorQuote(source.body, quote, occurrence === undefined ? undefined : occurrence - 1);
  return { anchorExact: anchor.exact, anchorPrefix: anchor.prefix, anchorSuffix: anchor.suffix, anchorStart: anchor.start, anchorEnd: anchor.end, sourceVersionId: source.versions[0]?.id ?? null };
}
