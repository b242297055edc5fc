import nlp from "compromise";
import type { Span } from "./schema.ts";
import { SHORT_TITLE_WORDS } from "./titles.ts";

// "Coun. Ana Ruiz said": the tagger's sentence splitter knows "Dr." and "Sen." but not every title written short.
const { abbreviations } = (nlp.world() as unknown as { model: { one: { abbreviations: Record<string, boolean> } } }).model.one;
for (const word of SHORT_TITLE_WORDS) abbreviations[word] = true;
// "BELIZE CITY, Tues. Nov. 10, 2026--": weekdays written short.
for (const word of ["tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"]) abbreviations[word] = true;

/** A word as tagged by compromise, with absolute offsets into the body. */
export type Term = Span & { text: string; normal: string; tags: ReadonlySet<string> };

export type Paragraph = Span & { index: number };
export type Sentence = Span & { paragraph: number };

/** The article cut into paragraphs (one per line), sentences and tagged words. */
export type Analysis = {
  body: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  terms: Term[];
};

type CompromiseTerm = {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
};
type CompromiseSentence = { terms: CompromiseTerm[] };

/** Plain-text articles put one paragraph on each line; blank lines carry nothing. */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (const line of body.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = lineStart + lead;
      paragraphs.push({ start, end: start + trimmed.length, index: paragraphs.length });
    }
    lineStart += line.length + 1;
  }
  return paragraphs;
}

export function analyse(body: string): Analysis {
  const paragraphs = splitParagraphs(body);
  const sentences: Sentence[] = [];
  const terms: Term[] = [];
  for (const paragraph of paragraphs) {
    const text = body.slice(paragraph.start, paragraph.end);
    const json = nlp(text).json({ offset: true, terms: { offset: true } }) as CompromiseSentence[];
    for (const sentence of json) {
      const words = sentence.terms.filter((term) => term.offset.length > 0);
      const first = words[0];
      const last = words.at(-1);
      if (!first || !last) continue;
      const start = paragraph.start + first.offset.start - first.pre.trimStart().length;
      const end = paragraph.start + last.offset.start + last.offset.length + last.post.trimEnd().length;
      const whole = { start: Math.max(start, paragraph.start), end: Math.min(end, paragraph.end), paragraph: paragraph.index };
      sentences.push(...splitMissedBreaks(body, whole));
      for (const word of words) {
        const start = paragraph.start + word.offset.start;
        terms.push({
          start,
          end: start + word.offset.length,
          text: word.text,
          normal: word.normal,
          tags: new Set(word.tags),
        });
      }
    }
  }
  return { body, paragraphs, sentences: joinNumberBreaks(body, sentences), terms };
}

/** "Senate Bill No. 12-47", "Art. 5": a capitalised "No." or "Art." before a number ends no sentence (a lowercase "no." may). */
function joinNumberBreaks(body: string, sentences: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = joined.at(-1);
    if (previous?.paragraph === sentence.paragraph && /\b(?:No|Nos|Art|Sec|Vol)\.$/u.test(body.slice(previous.start, previous.end)) && /^\d/u.test(body.slice(sentence.start, sentence.end))) {
      joined[joined.length - 1] = { ...previous, end: sentence.end };
    } else joined.push(sentence);
  }
  return joined;
}

const SENTENCE_OPENERS = "The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|In|On|At|His|Her|Their|Its|Our|There|When|While|After|Before|As|If|However|Yet|So";
/** Breaks compromise misses: "…thing.” Friday…" and "…posted on X. The…". */
const MISSED_BREAKS = [/[.!?]["”»]\s+(?=\p{Lu})/gu, new RegExp(`[.!?]\\s+(?=(?:${SENTENCE_OPENERS})\\s)`, "gu")];

function splitMissedBreaks(body: string, sentence: Sentence): Sentence[] {
  const text = body.slice(sentence.start, sentence.end);
  const cuts = MISSED_BREAKS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match.index + match[0].length));
  const pieces: Sentence[] = [];
  let start = sentence.start;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    pieces.push({ ...trimSpan(body, { start, end: sentence.start + cut }), paragraph: sentence.paragraph });
    start = sentence.start + cut;
  }
  pieces.push({ start, end: sentence.end, paragraph: sentence.paragraph });
  return pieces;
}

const DAY_MONTH = String.raw`(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})`;
/**
 * The place and agency before a lead: "WASHINGTON — ", "BONN, June 12 (Reuters) - ", "BRISTOL, England, May 14 (Reuters) - ",
 * "BELIZE CITY, Tues. Nov. 10, 2026--"; the Gulf press's "Doha, Qatar: "; "Rabat – ", "Maputo, 29 Oct (AIM) – ", "Mendefera, 10 September 2026- ", "Nouadhibou, 15/09/2026 (AMI) - " and
 * "Lima, Sep. 25 (ANDINA). " before a capital; "October 6, 2026 (PORT SUDAN) – "; "GIS – 28 October 2026: ".
 */
export const DATELINE = new RegExp(
  [
    String.raw`\p{Lu}{2,6}\s+[—–-]\s+${DAY_MONTH}(?:,?\s*\d{4})?:\s+`,
    String.raw`\p{Lu}[\p{Lu}\s.,'()-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)*(?:\s+\d{1,2})?(?:,\s*\d{4})?(?:\s*\([^()]{1,40}\))?(?:\s+[—–-]+\s+|\s*--\s*)`,
    String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*:\s+`,
    String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,\s*(?:${DAY_MONTH}(?:,?\s*\d{4})?|\d{1,2}/\d{1,2}/\d{4}))?(?:\s*\([^()]{1,40}\))?(?:\s+[—–-]|(?<=\d)\s*[-—–])\s+(?=\p{Lu})`,
    String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2},\s*${DAY_MONTH}(?:,?\s*\d{4})?\s*\([^()]{1,40}\)\.\s+(?=\p{Lu})`,
    String.raw`\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s*\d{4}\s*\([^()]{1,40}\)\s*[—–-]+\s+`,
  ]
    .map((branch) => `(?:${branch})`)
    .join("|")
    .replace(/^/u, "^(?:") + ")",
  "u",
);

export function sentenceAt(analysis: Analysis, position: number): Sentence | undefined {
  return analysis.sentences.find((sentence) => sentence.start <= position && position < sentence.end);
}

export function termsWithin(analysis: Analysis, span: Span): Term[] {
  return analysis.terms.filter((term) => term.start >= span.start && term.end <= span.end);
}

/** Removes whitespace (including no-break spaces) from both ends of a span. */
export function trimSpan(body: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return { start, end };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
