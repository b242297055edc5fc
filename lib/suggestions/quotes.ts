/**
 * Finds the spans of text inside quotation marks.
 *
 * Marks: straight "…" and '…', curly “…” and ‘…’, low-high „…“ (or „…”), guillemets «…» and ‚…‘, and two apostrophes ''…''.
 * - An apostrophe is never an opening mark. Inside a single-quoted span, a ’ or ' between two
 *   letters (Armenia’s, they've) is an apostrophe, and so is a plural possessive (countries’ )
 *   when a later mark in the paragraph can close the quote.
 * - Quotation marks nested inside a quote belong to it and are not reported separately.
 * - A double or curly-single quote left open at the end of a paragraph continues into the next
 *   paragraph when that paragraph starts with an opening mark (the English convention for
 *   multi-paragraph quotes); the parts are reported as one quotation with several parts, because
 *   each part must be exact, contiguous words. A double quote that is never closed runs to the
 *   end of its paragraph; an unclosed single mark is taken for an apostrophe.
 */
import type { Span } from "./schema.ts";
import { splitParagraphs, trimSpan, type Paragraph } from "./text.ts";

export type QuotePart = Span & {
  /** Offset of the opening mark. */
  openMark: number;
  /** Offset just past the closing mark, or the paragraph end when the part is left open. */
  outerEnd: number;
  closed: boolean;
};

/** A quotation: usually one part; one part per paragraph when it runs over several paragraphs. */
export type Quotation = { parts: QuotePart[] };

const CLOSERS: Record<string, string> = {
  "“": "”\"",
  "\"": "\"",
  "„": "“”",
  "«": "»",
  "‘": "’",
  "'": "'",
  "‚": "‘’",
};
const SINGLE_MARKS = new Set(["‘", "'", "‚"]);
const STRAIGHT_SINGLE_MARKS = new Set(["'", "‚"]);
const LETTER = /[\p{L}\p{N}]/u;
const BEFORE_OPENER = /[\s([{\-–—/"“„«‘:;]/;

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

function opensQuote(text: string, index: number): boolean {
  const mark = text[index]!;
  if (!(mark in CLOSERS)) return false;
  const before = text[index - 1];
  const after = text[index + 1];
  if (after === undefined || /\s/.test(after)) return mark === "«";
  if (mark === "'" || mark === "\"") return before === undefined || BEFORE_OPENER.test(before);
  return true;
}

/** A closing single mark must not sit inside a word, and must follow something other than a space. */
function closesSingle(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  if (before === undefined || /\s/.test(before)) return false;
  return !(isLetter(before) && isLetter(after));
}

function looksLikePluralPossessive(text: string, index: number): boolean {
  return /s/i.test(text[index - 1] ?? "") && /^\s+[\p{L}]/u.test(text.slice(index + 1));
}

function findCloser(text: string, open: number): number {
  const mark = text[open]!;
  const closers = CLOSERS[mark]!;
  const candidates: number[] = [];
  for (let index = open + 1; index < text.length; index++) {
    if (!closers.includes(text[index]!)) continue;
    if (SINGLE_MARKS.has(mark) && !closesSingle(text, index)) continue;
    candidates.push(index);
    if (!SINGLE_MARKS.has(mark)) break;
  }
  const closing = candidates.find(
    (index, position) => position === candidates.length - 1 || !looksLikePluralPossessive(text, index),
  );
  return closing ?? -1;
}

function contentSpan(body: string, start: number, end: number): Span {
  const span = trimSpan(body, { start, end });
  // “…,” he said: the comma belongs to the attribution, not to the quoted words.
  if (span.end > span.start && body[span.end - 1] === ",") span.end--;
  return trimSpan(body, span);
}

function startsWithOpener(body: string, paragraph: Paragraph): boolean {
  const text = body.slice(paragraph.start, paragraph.end);
  return opensQuote(text, 0) && !STRAIGHT_SINGLE_MARKS.has(text[0]!);
}

export function findQuotations(body: string, paragraphs: Paragraph[] = splitParagraphs(body)): Quotation[] {
  const quotations: Quotation[] = [];
  let continuing: QuotePart[] | null = null;

  for (const paragraph of paragraphs) {
    // ''…'': two apostrophes for a double mark (Radio Bulgaria), read as one straight double mark and a space, offsets unchanged.
    const text = body.slice(paragraph.start, paragraph.end).replace(/''/gu, (_, at: number, whole: string) => (at === 0 || /[\s([{]/u.test(whole[at - 1]!) ? ' "' : '" '));
    let index = 0;
    while (index < text.length) {
      if (!opensQuote(text, index)) {
        index++;
        continue;
      }
      const openMark = paragraph.start + index;
      const closer = findCloser(text, index);
      const parts: QuotePart[] = continuing ?? [];
      continuing = null;
      if (closer >= 0) {
        const content = contentSpan(body, openMark + 1, paragraph.start + closer);
        parts.push({ ...content, openMark: openMark, outerEnd: paragraph.start + closer + 1, closed: true });
        quotations.push({ parts });
        index = closer + 1;
        continue;
      }
      const mark = text[index]!;
      const content = contentSpan(body, openMark + 1, paragraph.end);
      const part = { ...content, openMark: openMark, outerEnd: paragraph.end, closed: false };
      const next = paragraphs[paragraph.index + 1];
      if (!STRAIGHT_SINGLE_MARKS.has(mark) && next && startsWithOpener(body, next)) {
        continuing = [...parts, part];
        break;
      }
      if (!SINGLE_MARKS.has(mark)) {
        quotations.push({ parts: [...parts, part] });
        break;
      }
      index++; // an unclosed single mark is an apostrophe or a stray mark
    }
  }
  return quotations
    .map((quotation) => ({ parts: quotation.parts.filter((part) => part.end > part.start) }))
    .filter((quotation) => quotation.parts.length > 0);
}
