/**
 * When a statement was made (issue 17, item 3): from the text when its attribution says when, else
 * the article's date, else none.
 *
 * Where: the statement's sentence(s) outside the statement's own words and outside any quotation —
 * before the statement (nearest first: "X said on Tuesday that …", "Last year, X said …"), between the
 * parts of a continued quote ("…,” she said on Sunday. “…”), then after it up to a following clause
 * ("…, X said on Sept. 25, but on Sunday she urged …" stops at ", but"). A date counts only beside the
 * attribution (not inside a relative clause: "X, which inspected it in May, said") — within 40 characters after an attribution verb or "published", "issued", "ruled",
 * "called" …, or 12 before one ("X last week called …") — or opening the sentence before a comma ("On Monday, …", "Last year, …"): "will convene
 * at the White House on Friday in a “summit” Trump said" is not dated Friday. A dateline ("CAPE TOWN,
 * Jan. 16 - ") is the article's date, not the statement's.
 *
 * What, relative to the article's date (a statement is never dated after its article):
 * - "on September 25", "Sept. 25", "25 September", with or without a year: that day (without a year,
 *   the last such day on or before the article's date); not after "for", "until", "by", "from" … ("a strike
 *   for March 6" is a day ahead);
 * - "on Tuesday", "said Tuesday", "published Thursday": the last such weekday on or before it (the
 *   article's own day included); not after "every", "each", "next", "until", "by", "since", "from";
 * - "yesterday", "last night": the day before; "today", "tonight", "this morning", "earlier today": that day;
 * - approximate (`approximate: true`, a representative day): "last week" → 7 days before, "last month"
 *   → a month before, "last year" → a year before, "in August" → 1 August of the last such month,
 *   "in 2022" → 1 January 2022. "last week's march" and "the last week" are no statement dates.
 * Without an article date only a full date with its year and "in 2022" count.
 *
 * A statement whose own sentences give no date takes the day of the same speaker's statement just
 * before it, when that one was dated by the text and is at most four paragraphs back ("speaker"):
 * a report dates the occasion once ("…, Mayor Hendricks said on Wednesday." then “…,” Hendricks
 * said.). An approximate date ("in 2019") is not carried.
 */
import { ATTRIBUTION_VERB } from "./attribution.ts";
import type { Span, Suggestion } from "./schema.ts";
import { DATELINE, type Analysis, type Paragraph } from "./text.ts";

export type StatedDate = Pick<Suggestion, "statedAt" | "statedAtSource" | "statedAtApproximate">;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NOT_BEFORE_WEEKDAY = /\b(?:every|each|next|until|by|since|from|coming|following)\s+$/iu;
/** "called a strike for March 6", "until June 1": a day ahead, not when anything was said. */
const NOT_BEFORE_DAY = /\b(?:for|until|by|since|from|before|after|next)\s+(?:the\s+)?$/iu;
const aimedAt = (match: RegExpExecArray) => NOT_BEFORE_DAY.test(match.input.slice(Math.max(0, match.index - 16), match.index));

type Found = { index: number; date: Date; approximate: boolean };
type Reader = { pattern: RegExp; read: (match: RegExpExecArray, published: Date | null) => { date: Date; approximate: boolean } | null };

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date));
const daysBefore = (published: Date, days: number) => new Date(published.getTime() - days * 86_400_000);
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase());

/** The last `month`/`date` on or before the article's date. */
function lastOnOrBefore(published: Date, month: number, date: number): Date {
  const candidate = day(published.getUTCFullYear(), month, date);
  return candidate > published ? day(published.getUTCFullYear() - 1, month, date) : candidate;
}

const READERS: Reader[] = [
  {
    pattern: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2}))?`, "giu"),
    read: (match, published) => {
      const [month, date, year] = [monthIndex(match[1]!), Number(match[2]), match[3] ? Number(match[3]) : null];
      if (aimedAt(match)) return null;
      if (year !== null) return { date: day(year, month, date), approximate: false };
      return published ? { date: lastOnOrBefore(published, month, date), approximate: false } : null;
    },
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\b(?:,?\s+((?:19|20)\d{2}))?`, "giu"),
    read: (match, published) => {
      const [date, month, year] = [Number(match[1]), monthIndex(match[2]!), match[3] ? Number(match[3]) : null];
      if (aimedAt(match)) return null;
      if (year !== null) return { date: day(year, month, date), approximate: false };
      return published ? { date: lastOnOrBefore(published, month, date), approximate: false } : null;
    },
  },
  {
    pattern: new RegExp(String.raw`\b(${WEEKDAYS.join("|")})\b(?!['’]s)`, "giu"),
    read: (match, published) => {
      if (!published || NOT_BEFORE_WEEKDAY.test(match.input.slice(Math.max(0, match.index - 12), match.index))) return null;
      const back = (published.getUTCDay() - WEEKDAYS.indexOf(match[1]!.toLowerCase()) + 7) % 7;
      return { date: daysBefore(published, back), approximate: false };
    },
  },
  {
    pattern: /\b(yesterday|last night|today|tonight|this morning|this afternoon|this evening)\b(?!['’]s)/giu,
    read: (match, published) => (published ? { date: daysBefore(published, /^(?:yesterday|last night)$/iu.test(match[1]!) ? 1 : 0), approximate: false } : null),
  },
  {
    pattern: /(?<!\bthe\s)\blast\s+(week|month|year)\b(?!['’]s)/giu,
    read: (match, published) => {
      if (!published) return null;
      const unit = match[1]!.toLowerCase();
      const [year, month, date] = [published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate()];
      if (unit === "week") return { date: daysBefore(published, 7), approximate: true };
      return { date: unit === "month" ? day(year, month - 1, date) : day(year - 1, month, date), approximate: true };
    },
  },
  {
    pattern: new RegExp(String.raw`\bin\s+(${MONTH})(?:\s+((?:19|20)\d{2}))?\b(?!\s+\d)`, "giu"),
    read: (match, published) => {
      const month = monthIndex(match[1]!);
      if (match[2]) return { date: day(Number(match[2]), month, 1), approximate: true };
      return published ? { date: lastOnOrBefore(published, month, 1), approximate: true } : null;
    },
  },
  {
    pattern: /\bin\s+((?:19|20)\d{2})\b/giu,
    read: (match) => ({ date: day(Number(match[1]), 0, 1), approximate: true }),
  },
];

/** Verbs a statement's date sits beside, besides the attribution verbs: "a statement published Thursday", "ruled on February 20". */
const DATED_VERB = /\b(?:published|issued|released|ruled|called|described|accused|branded)\b/giu;
const NEAR = 40;
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+$/iu;
/** "Mirziyoyev last week called …": a date right before the verb, with nothing between but a few letters. */
const NEAR_BEFORE_VERB = 12;
/** "On Monday, …", "Last year, …": a date opening the sentence, set off by a comma. */
const OPENING_DATE = /^\s*(?:on\s+|in\s+|earlier\s+)?[^,]{3,25},/u;

/** A date belongs to the attribution when it is near its verb, or opens the sentence: not "will convene … on Friday in a “summit” X said". */
function nearVerb(text: string, span: Span, opensSentence: boolean): boolean {
  if (opensSentence && span.start <= text.length - text.trimStart().length + 3 && OPENING_DATE.test(text.slice(0, span.end + 1))) return true;
  const verbs = [...text.matchAll(ATTRIBUTION_VERB), ...text.matchAll(DATED_VERB)]
    // "Measles was declared eliminated in 1998": a passive dates an event, not a statement.
    .filter((match) => !PASSIVE.test(text.slice(Math.max(0, match.index - 8), match.index)))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return verbs.some((verb) => (verb.end <= span.start && span.start - verb.end <= NEAR) || (verb.start >= span.end && verb.start - span.end <= NEAR_BEFORE_VERB));
}

function datesIn(text: string, published: Date | null, opensSentence = false): Found[] {
  const found: Found[] = [];
  const taken: Span[] = [];
  for (const reader of READERS) {
    for (const match of text.matchAll(reader.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (taken.some((other) => other.start < span.end && span.start < other.end) || !nearVerb(text, span, opensSentence)) continue;
      const read = reader.read(match as RegExpExecArray, published);
      if (!read || (published && read.date > published)) continue;
      taken.push(span);
      found.push({ index: match.index, ...read });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Where the attribution after a statement ends: ", but on Sunday she urged …", ", as …", "; …". */
const FOLLOWING_CLAUSE = /,\s*(?:but|as|while|whereas|although|though|after|before|when|adding|saying)\b|;|\s[—–]\s/iu;

/** "The commission, which inspected the hospital in May, said": a relative clause dates what it tells, not the statement. */
const withoutRelativeClauses = (text: string) =>
  text.replace(/,\s*(?:who|which|whose|where)\b(?:[^,]|(?<=\d),(?=\d))*(?:,\s*(?:who|which|whose|where)\b(?:[^,]|(?<=\d),(?=\d))*)*,/giu, (clause) => " ".repeat(clause.length));

function masked(body: string, span: Span, quoted: Span[]): string {
  let text = body.slice(span.start, span.end);
  for (const quote of quoted) {
    const start = Math.max(quote.start, span.start) - span.start;
    const end = Math.min(quote.end, span.end) - span.start;
    if (start < end) text = text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
  }
  return text;
}

export function statedDate(analysis: Analysis, statement: Span & { parts: Span[] }, quoted: Span[], publishedAt: Date | null): StatedDate {
  const published = publishedAt ? new Date(Date.UTC(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate())) : null;
  const fromArticle: StatedDate = published
    ? { statedAt: published.toISOString().slice(0, 10), statedAtSource: "article", statedAtApproximate: false }
    : { statedAt: null, statedAtSource: null, statedAtApproximate: false };
  const sentences = analysis.sentences.filter((sentence) => sentence.start < statement.end && statement.start < sentence.end);
  if (sentences.length === 0) return fromArticle;
  const { body } = analysis;
  const region = { start: Math.min(sentences[0]!.start, statement.start), end: Math.max(sentences.at(-1)!.end, statement.end) };

  let before = withoutRelativeClauses(masked(body, { start: region.start, end: statement.start }, quoted));
  const dateline = DATELINE.exec(before);
  if (dateline) before = " ".repeat(dateline[0].length) + before.slice(dateline[0].length);
  const between = statement.parts.slice(1).map((part, index) => masked(body, { start: statement.parts[index]!.end, end: part.start }, quoted));
  const rest = withoutRelativeClauses(masked(body, { start: statement.end, end: region.end }, quoted));
  const after = rest.slice(0, FOLLOWING_CLAUSE.exec(rest)?.index ?? rest.length);

  const found = datesIn(before, published, true).at(-1) ?? between.flatMap((text) => datesIn(text, published))[0] ?? datesIn(after, published)[0];
  if (!found) return fromArticle;
  return { statedAt: found.date.toISOString().slice(0, 10), statedAtSource: "text", statedAtApproximate: found.approximate };
}

const SAME_OCCASION_PARAGRAPHS = 4;

export function withOccasionDates<T extends StatedDate & Span & { speaker: string | null }>(suggestions: T[], paragraphs: Paragraph[]): T[] {
  const paragraphOf = (at: number) => paragraphs.findIndex((paragraph) => at <= paragraph.end);
  const latest = new Map<string, T>();
  return suggestions.map((suggestion) => {
    if (!suggestion.speaker) return suggestion;
    const earlier = latest.get(suggestion.speaker);
    const carries =
      suggestion.statedAtSource === "article" &&
      earlier !== undefined &&
      earlier.statedAtSource !== "article" &&
      !earlier.statedAtApproximate &&
      paragraphOf(suggestion.start) - paragraphOf(earlier.start) <= SAME_OCCASION_PARAGRAPHS;
    const dated = carries ? { ...suggestion, statedAt: earlier.statedAt, statedAtSource: "speaker" as const } : suggestion;
    latest.set(suggestion.speaker, dated);
    return dated;
  });
}
