import { locateAnchor } from "@/lib/anchors.ts";

/** A run of source text; `mark` names the highlight (e.g. a claim id) covering it, if any. */
export interface TextSegment<T> {
  text: string;
  mark: T | null;
}

export interface Highlight<T> {
  start: number;
  end: number;
  mark: T;
}

/**
 * Cuts `text` into plain and highlighted runs. Highlights are applied in start order; one that
 * overlaps an earlier highlight keeps only its part after it, so runs never nest.
 */
export function segmentText<T>(text: string, highlights: Highlight<T>[]): TextSegment<T>[] {
  const sorted = highlights
    .filter((h) => h.start < h.end && h.start >= 0 && h.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment<T>[] = [];
  let at = 0;
  for (const highlight of sorted) {
    const start = Math.max(highlight.start, at);
    if (start >= highlight.end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: null });
    segments.push({ text: text.slice(start, highlight.end), mark: highlight.mark });
    at = highlight.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

export interface StoredAnchor {
  anchorExact: string | null;
  anchorPrefix: string | null;
  anchorSuffix: string | null;
  anchorStart: number | null;
}

/** Where a claim's stored anchor is in the body now (the body may have been edited), or null. */
export function findAnchor(body: string, anchor: StoredAnchor): { start: number; end: number } | null {
  if (!anchor.anchorExact) return null;
  return locateAnchor(body, {
    exact: anchor.anchorExact,
    prefix: anchor.anchorPrefix ?? "",
    suffix: anchor.anchorSuffix ?? "",
    start: anchor.anchorStart,
  });
}

export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
  /** Whether text of the source was left out before / after the excerpt. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/**
 * The quote inside the text around it: up to `radius` characters on each side, cut at a word
 * boundary and never across a paragraph break (a blank line or an excerpt gap line).
 */
export function quoteContext(body: string, range: { start: number; end: number }, radius = 320): QuoteContext {
  let from = Math.max(0, range.start - radius);
  let to = Math.min(body.length, range.end + radius);
  const paragraphStart = body.lastIndexOf("\n", range.start - 1);
  if (paragraphStart >= from) from = paragraphStart + 1;
  const paragraphEnd = body.indexOf("\n", range.end);
  if (paragraphEnd !== -1 && paragraphEnd <= to) to = paragraphEnd;
  if (from > 0 && body[from - 1] !== "\n") {
    const space = body.indexOf(" ", from);
    if (space !== -1 && space < range.start) from = space + 1;
  }
  if (to < body.length && body[to] !== "\n") {
    const space = body.lastIndexOf(" ", to);
    if (space >= range.end) to = space;
  }
  return {
    before: body.slice(from, range.start),
    quote: body.slice(range.start, range.end),
    after: body.slice(range.end, to),
    clippedBefore: from > 0,
    clippedAfter: to < body.length,
  };
}
