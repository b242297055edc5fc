/**
 * W3C Web Annotation anchors over a plain-text body: a TextQuoteSelector (exact + prefix +
 * suffix) together with a TextPositionSelector (start/end).
 *
 * Offsets are JavaScript string indices (UTF-16 code units), so `body.slice(start, end)` is the
 * quote. The W3C model counts code points; the two differ only after astral characters
 * (emoji, rare CJK), so convert before exporting selectors to other tools.
 */

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
  const end = start + exact.length;
  return {
    exact,
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
  let best: { start: number; score: number; distance: number } | null = null;
  for (const start of occurrencesOf(body, anchor.exact)) {
    const end = start + anchor.exact.length;
    const score =
      commonSuffixLength(body.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix) +
      commonPrefixLength(body.slice(end, end + anchor.suffix.length), anchor.suffix);
    const distance = anchor.start == null ? 0 : Math.abs(start - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start, score, distance };
    }
  }
  return best && { start: best.start, end: best.start + anchor.exact.length };
}
