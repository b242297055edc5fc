import { findAnchor, quoteContext, type StoredAnchor } from "@/lib/public/highlight.ts";

/** The quoted words highlighted inside the source text around them. */
export function QuoteInContext({ body, anchor }: { body: string; anchor: StoredAnchor }) {
  const range = findAnchor(body, anchor);
  if (!range) {
    return <p className="mt-3 text-sm text-stone-700">The quoted words are no longer found in the stored text of the source.</p>;
  }
  const context = quoteContext(body, range);
  return (
    <blockquote className="mt-3 rounded-lg border-l-4 border-stone-300 bg-white p-4 font-serif leading-relaxed whitespace-pre-line text-stone-800">
      {context.clippedBefore ? "… " : null}
      {context.before}
      <mark className="rounded bg-yellow-200 px-0.5 text-stone-950">{context.quote}</mark>
      {context.after}
      {context.clippedAfter ? " …" : null}
    </blockquote>
  );
}
