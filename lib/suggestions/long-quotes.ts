/**
 * A quote longer than ~300 characters (its quoted words, attributions between parts not counted) is
 * too much for one claim: it is offered as its sentences, each with the whole quote's span in
 * `partOf`, the first `selected` — the editor starts from the first sentence and may pick others.
 * Sentences are the article's (compromise's, with the breaks text.ts adds), cut to the quoted words;
 * a quote of a single sentence stays whole whatever its length.
 */
import type { Statement } from "./one-statement.ts";
import type { Span } from "./schema.ts";
import { trimSpan, type Analysis } from "./text.ts";

export const LONG_QUOTE = 300;

export type Offered = Statement & { partOf: Span | null; selected: boolean };

function sentencesOf(analysis: Analysis, part: Span): Span[] {
  return analysis.sentences
    .filter((sentence) => sentence.start < part.end && part.start < sentence.end)
    .map((sentence) => {
      const span = trimSpan(analysis.body, { start: Math.max(sentence.start, part.start), end: Math.min(sentence.end, part.end) });
      // "…, and they are done waiting,” union president said: the comma belongs to the attribution.
      if (analysis.body[span.end - 1] === ",") span.end--;
      return span;
    })
    .filter((span) => /[\p{L}\p{N}]/u.test(analysis.body.slice(span.start, span.end)));
}

export function offerLongQuotes(analysis: Analysis, statement: Statement): Offered[] {
  const length = statement.parts.reduce((sum, part) => sum + part.end - part.start, 0);
  if (statement.kind !== "quote" || length <= LONG_QUOTE) return [{ ...statement, partOf: null, selected: true }];
  const sentences = statement.parts.flatMap((part) => sentencesOf(analysis, part));
  if (sentences.length < 2) return [{ ...statement, partOf: null, selected: true }];
  const partOf = { start: statement.start, end: statement.end };
  return sentences.map((sentence, index) => ({
    ...statement,
    ...sentence,
    parts: [sentence],
    reading: [sentence],
    partOf,
    selected: index === 0,
  }));
}
