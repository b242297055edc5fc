/**
 * Reported statements: the clause that carries what someone said without quoting them.
 * - "X said (that) …", "X stressed/noted/announced … that …", "X told reporters that …",
 *   "…, stressing that …", "… and said …": the clause after the verb (after "that" when there is one;
 *   only the "say" verbs may drop it), up to the end of the sentence, or up to the first comma when the
 *   attribution sits in an opening "While/Although/As …" clause.
 * - "According to X, …" and "…, according to X": the rest of the sentence.
 * - "…, X said/told reporters/noted (on Monday)." and "…, says X": the statement before the comma,
 *   unless it is a direct quote (then quotes.ts has it); a clause after the attribution
 *   ("…, X said on Monday, as talks stalled.") is not part of either.
 * Verbs inside quotation marks are the speaker's own words and are not followed.
 */
import { findVerbs, isParticiple, isSayVerb, isTellVerb, isTrailingVerb, subjectBefore, type VerbMatch } from "./attribution.ts";
import { isTitleWord } from "./entities.ts";
import type { Span } from "./schema.ts";
import { termsWithin, trimSpan, wordCount, type Analysis, type Sentence } from "./text.ts";

export type ReportedStatement = Span & {
  /** The words naming the speaker. */
  speakerPhrase: Span;
  /** True for "…, stressing that" and "… and said": the speaker is the sentence's subject. */
  sharesSubject: boolean;
};

const ADVERBIAL_START = /^\s+(?:on|in|at|during|after|before|to|from|with|over|through|via|earlier|later|also|again|repeatedly|last|this|previously|then|publicly|firmly|strongly|clearly|once|in a|on \w+day)\b/iu;
/** Words that cannot open the clause after "said": "said at a session", "said will yield", "said on Monday". */
const NOT_CLAUSE_OPENING = new Set(
  `on in at to for with during after before from over by about via through into earlier later also again then
  will would could should may might can must shall is was are were be has have had not that yesterday today
  tonight last this publicly repeatedly recently and but or so as when while if`.split(/\s+/),
);

/** "said growth would recover", "said his administration…" — not "said at a session" or "said will yield". */
function startsClause(analysis: Analysis, from: number): boolean {
  const next = /^\s+([\p{L}\d][\p{L}\d'’-]*)/u.exec(analysis.body.slice(from, from + 40));
  return next !== null && !NOT_CLAUSE_OPENING.has(next[1]!.toLowerCase());
}
const SUBORDINATE_OPENING = /^(?:and\s+|but\s+)?(?:while|although|though|as|because|since|when|if|whereas|even though|even as)\b/iu;
/** "WASHINGTON — ", "BONN, June 12 (Reuters) - ". */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'()-]*(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?(?:\s*\([^()]{1,40}\))?\s+[—–-]+\s+/u;
/** "…, X said on Wednesday, as negotiators struggled …": the attribution stops before such a clause. */
const FOLLOWING_CLAUSE = /,\s*(?:as|while|when|whereas|although|though|because|since|after|before|amid|even as|even though)\s/iu;
const QUOTE_MARK = /["“”«»„'‘’]/u;

function inside(spans: Span[], position: number): Span | undefined {
  return spans.find((span) => position >= span.start && position < span.end);
}

/** Drops the sentence's final full stop, and any dateline ("WASHINGTON — "). */
function clauseSpan(body: string, start: number, end: number): Span {
  const span = trimSpan(body, { start, end });
  const dateline = DATELINE.exec(body.slice(span.start, span.end));
  if (dateline) span.start += dateline[0].length;
  while (span.end > span.start && /[.;:,]/u.test(body[span.end - 1]!)) span.end--;
  return trimSpan(body, span);
}

/** "While Trump said his administration “has been engaged …,” he did not…": the clause stops at the comma. */
function subordinateEnd(body: string, sentence: Sentence, from: number, quoted: Span[]): number | null {
  if (!SUBORDINATE_OPENING.test(body.slice(sentence.start, sentence.end))) return null;
  for (let index = from; index < sentence.end; index++) {
    if (body[index] !== ",") continue;
    const quote = inside(quoted, index);
    if (!quote) return index;
    if (quote.end - 1 <= index + 1) return quote.end;
  }
  return null;
}

function statementAfterVerb(analysis: Analysis, sentence: Sentence, verb: VerbMatch, quoted: Span[]): Span | null {
  const { body } = analysis;
  const after = body.slice(verb.end, sentence.end);
  // "…, said Transport Minister Ana Ruiz, after divers…": an inverted attribution, not "said <clause>".
  if (/,\s*$/u.test(body.slice(sentence.start, verb.start)) && isSayVerb(verb.verb) && namesSomeone(after.split(/[,.;!?]/u)[0]!)) return null;
  const that = /^((?:\s+[^\s,.;:!?"“”«»]+){0,8}?)\s+that\s+/iu.exec(after);
  let start: number | null = null;
  if (that && (!that[1] || isTellVerb(verb.verb) || ADVERBIAL_START.test(that[1]))) start = verb.end + that[0].length;
  else if (isSayVerb(verb.verb) && startsClause(analysis, verb.end)) start = verb.end + 1;
  if (start === null) return null;
  const end = subordinateEnd(body, sentence, start, quoted) ?? sentence.end;
  const clause = clauseSpan(body, start, end);
  if (wordCount(body.slice(clause.start, clause.end)) < 3) return null;
  if (!termsWithin(analysis, clause).some((term) => term.tags.has("Verb"))) return null;
  return clause;
}

function according(analysis: Analysis, sentence: Sentence): ReportedStatement | null {
  const { body } = analysis;
  const text = body.slice(sentence.start, sentence.end);
  const leading = /^according to ([^,]{2,80}),\s*/iu.exec(text);
  if (leading) {
    const phrase = { start: sentence.start + 13, end: sentence.start + 13 + leading[1]!.length };
    return { ...clauseSpan(body, sentence.start + leading[0].length, sentence.end), speakerPhrase: phrase, sharesSubject: false };
  }
  const trailing = new RegExp(`,\\s*according to ([^,.;]{2,80})(?:[.!?]?\\s*$|(?=${FOLLOWING_CLAUSE.source}))`, "iu").exec(text);
  if (!trailing) return null;
  const phraseStart = sentence.start + trailing.index + trailing[0].indexOf(trailing[1]!);
  return {
    ...clauseSpan(body, sentence.start, sentence.start + trailing.index),
    speakerPhrase: { start: phraseStart, end: phraseStart + trailing[1]!.length },
    sharesSubject: false,
  };
}

/** "says Trump", "said the foreign minister" — not "told a press briefing". */
function namesSomeone(phrase: string): boolean {
  const text = phrase.trim();
  if (/^\p{Lu}/u.test(text)) return true;
  const words = text.split(/[\s,]+/u);
  return /^(?:the|a|an)$/iu.test(words[0] ?? "") && words.slice(1, 4).some(isTitleWord);
}

/** "…, Ambassador Jane Doe, the envoy to the UN, told reporters on Monday." / "…, says Trump". */
function trailingAttribution(analysis: Analysis, sentence: Sentence, verbs: VerbMatch[], quoted: Span[]): ReportedStatement | null {
  const { body } = analysis;
  const verb = verbs.findLast((candidate) => isTrailingVerb(candidate.verb));
  if (!verb) return null;
  const tail = body.slice(verb.end, sentence.end).replace(/[.!?]\s*$/u, "");
  const rest = tail.slice(0, FOLLOWING_CLAUSE.exec(tail)?.index ?? tail.length);
  if (wordCount(rest) > 10 || /\bthat\b/iu.test(rest) || QUOTE_MARK.test(rest)) return null;
  const before = body.slice(sentence.start, verb.start);

  let split: number;
  let phrase: Span;
  const inverted = /,\s*$/u.exec(before);
  if (inverted && namesSomeone(rest)) {
    split = sentence.start + inverted.index;
    phrase = trimSpan(body, { start: verb.end, end: verb.end + rest.length });
  } else {
    const trimmed = before.trimEnd();
    const appositive = trimmed.endsWith(",");
    const commas = [...trimmed.slice(0, appositive ? -1 : undefined).matchAll(/,/gu)].map((match) => match.index);
    const comma = commas.at(appositive ? -2 : -1);
    if (comma === undefined) return null;
    split = sentence.start + comma;
    phrase = trimSpan(body, { start: split + 1, end: verb.start });
  }
  if (inside(quoted, split) || QUOTE_MARK.test(body[split - 1] ?? "") || QUOTE_MARK.test(body.slice(split + 1, phrase.end))) return null;
  if (wordCount(body.slice(phrase.start, phrase.end)) > 25) return null;
  const statement = clauseSpan(body, sentence.start, split);
  if (wordCount(body.slice(statement.start, statement.end)) < 4 || QUOTE_MARK.test(body[statement.start]!)) return null;
  return { ...statement, speakerPhrase: phrase, sharesSubject: false };
}

export function findReportedStatements(analysis: Analysis, quoted: Span[]): ReportedStatement[] {
  const statements: ReportedStatement[] = [];
  for (const sentence of analysis.sentences) {
    const byAccording = according(analysis, sentence);
    if (byAccording) {
      statements.push(byAccording);
      continue;
    }
    const verbs = findVerbs(analysis.body, sentence, quoted);
    const found: ReportedStatement[] = [];
    for (const verb of verbs) {
      if (found.some((statement) => verb.start >= statement.start && verb.start < statement.end)) continue;
      const clause = statementAfterVerb(analysis, sentence, verb, quoted);
      if (!clause) continue;
      const before = analysis.body.slice(sentence.start, verb.start);
      found.push({
        ...clause,
        speakerPhrase: subjectBefore(analysis.body, sentence.start, verb),
        sharesSubject: isParticiple(verb.verb) || /(?:\band|\bbut|,)\s*$/iu.test(before),
      });
    }
    if (found.length === 0) {
      const trailing = trailingAttribution(analysis, sentence, verbs, quoted);
      if (trailing) found.push(trailing);
    }
    statements.push(...found);
  }
  return statements;
}
