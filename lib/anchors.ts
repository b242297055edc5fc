/**
 * W3C Web Annotation anchors over a plain-text body: a TextQuoteSelector (exact + prefix +
 * suffix) together with a TextPositionSelector (start/end).
 *
 * Offsets are JavaScript string indices (UTF-16 code units), so `body.slice(start, end)` is the
 * quote. The W3C model counts code points; the two differ only after astral characters
 * (emoji, rare CJK), so convert before exporting selectors to other tools.
 */

import approxSearch from "approx-string-match";

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextAnchor extends TextQuote {
  start: number;
  end: number;
}

/** How many characters of context are stored on each side of the quote. */
export const ANCHOR_CONTEXT = 32;

/** Every start index of `exact` in `body`, overlapping matches included. */
function occurrencesOf(body: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(exact); at !== -1; at = body.indexOf(exact, at + 1)) found.push(at);
  return found;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut point off the middle of a surrogate pair (towards the quote), so context never holds half a character. */
function cutBefore(body: string, index: number): number {
  return isLowSurrogate(body.charCodeAt(index)) ? index + 1 : index;
}
function cutAfter(body: string, index: number): number {
  return isLowSurrogate(body.charCodeAt(index)) ? index - 1 : index;
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Anchors `exact` in `body`. `occurrence` (0-based) picks one match when the text occurs more
 * than once; without it an ambiguous quote is an error rather than a silent first-match guess.
 */
export function anchorQuote(body: string, exact: string, occurrence?: number): TextAnchor {
  if (exact.length === 0) throw new Error("Cannot anchor an empty quote");
  const matches = occurrencesOf(body, exact);
  if (matches.length === 0) throw new Error(`Quote not found in the text: "${preview(exact)}"`);
  if (occurrence === undefined && matches.length > 1) {
    throw new Error(
      `Quote occurs ${matches.length} times in the text, pass which occurrence (0-based) is meant: "${preview(exact)}"`,
    );
  }
  const index = occurrence ?? 0;
  const start = matches[index];
  if (start === undefined) {
    throw new Error(`Quote occurs ${matches.length} time(s); occurrence ${index} does not exist: "${preview(exact)}"`);
  }
  return anchorAt(body, start, start + exact.length);
}

/** The anchor of `body.slice(start, end)`, with its context. */
export function anchorAt(body: string, start: number, end: number): TextAnchor {
  return {
    exact: body.slice(start, end),
    prefix: body.slice(cutBefore(body, Math.max(0, start - ANCHOR_CONTEXT)), start),
    suffix: body.slice(end, cutAfter(body, Math.min(body.length, end + ANCHOR_CONTEXT))),
    start,
    end,
  };
}

/** Length of the common tail of `a` and `b`. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common head of `a` and `b`. */
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a stored anchor again in a (possibly edited) body. Among the occurrences of the exact
 * text, prefers the one whose surrounding text best matches the stored prefix and suffix, then
 * the one nearest the old start. Returns null when the exact text no longer occurs.
 */
export function locateAnchor(
  body: string,
  anchor: TextQuote & { start?: number | null },
): { start: number; end: number } | null {
  if (anchor.exact.length === 0) return null;
  return bestInContext(
    body,
    occurrencesOf(body, anchor.exact).map((start) => ({ start, end: start + anchor.exact.length })),
    anchor,
  );
}

type Span = { start: number; end: number };

/** The span whose surrounding text best matches the stored prefix and suffix, then the one nearest the old start. */
function bestInContext<T extends Span>(body: string, spans: T[], anchor: TextQuote & { start?: number | null }): T | null {
  let best: { span: T; score: number; distance: number } | null = null;
  for (const span of spans) {
    const score =
      commonSuffixLength(body.slice(Math.max(0, span.start - anchor.prefix.length), span.start), anchor.prefix) +
      commonPrefixLength(body.slice(span.end, span.end + anchor.suffix.length), anchor.suffix);
    const distance = anchor.start == null ? 0 : Math.abs(span.start - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { span, score, distance };
  }
  return best?.span ?? null;
}

/** The words of a text (letters and digits), so spacing and punctuation between them do not count. */
export function wordsOf(text: string): string[] {
  return text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Where a stored anchor is in a new version of its text:
 * - "exact": its exact text is there (locateAnchor);
 * - "fuzzy": a span that differs only in spacing or punctuation between the same words, found by
 *   approximate matching (Myers' algorithm, approx-string-match, as Hypothesis does) with up to one
 *   edit in five characters; `exact` is that span's text;
 * - "changed": the nearest span's words differ — a quote is never rewritten silently; `nearest` is
 *   that span's text, for the editor;
 * - "gone": nothing near it is left.
 */
export type Relocation =
  | { kind: "exact" | "fuzzy"; anchor: TextAnchor }
  | { kind: "changed"; nearest: string }
  | { kind: "gone" };

/** Longest quote searched approximately: the search is O(quote length × text length / 32). */
const MAX_FUZZY_QUOTE = 2_000;

export function relocateAnchor(body: string, anchor: TextQuote & { start?: number | null }): Relocation {
  const exact = locateAnchor(body, anchor);
  if (exact) return { kind: "exact", anchor: anchorAt(body, exact.start, exact.end) };
  if (anchor.exact.length === 0 || anchor.exact.length > MAX_FUZZY_QUOTE) return { kind: "gone" };
  const maxErrors = Math.max(1, Math.floor(anchor.exact.length / 5));
  const nearest = bestInContext(body, approxSearch(body, anchor.exact, maxErrors), anchor);
  if (!nearest) return { kind: "gone" };
  const found = body.slice(nearest.start, nearest.end);
  const sameWords = wordsOf(found).join(" ") === wordsOf(anchor.exact).join(" ");
  return sameWords ? { kind: "fuzzy", anchor: anchorAt(body, nearest.start, nearest.end) } : { kind: "changed", nearest: found };
}
