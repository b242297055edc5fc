/**
 * Reported statements: the clause that carries what someone said without quoting them.
 * - "X said (that) …", "X stressed/noted/announced … that …", "X told reporters that …",
 *   "…, stressing that …", "… and said …": the clause after the verb (after "that" when there is one;
 *   the "say" verbs may drop it, the others only before a noun phrase and its verb: "argued they should
 *   be exempt", not "announced a plan to build"), up to the end of the sentence, or up to the first comma
 *   when the attribution sits in an opening "While/Although/As …" clause.
 * - "X told Y <clause>" without "that" ("The minister told reporters the talks would resume"): the
 *   listener Y is the shortest run of words after the verb that ends in a noun or pronoun and holds no
 *   finite verb ("reporters", "the BBC", "a news conference on Monday"); the clause is what follows when
 *   it opens with a noun phrase and its verb ("the talks would", "her mother had been"). A run of
 *   capitalised words is never split ("told Sky News Iran would…" gives nothing).
 * - Words before "that" are adverbial when they open with a preposition or a weekday ("said outside the
 *   courthouse that …", "said Thursday that …"); a weekday right after "said" is skipped ("said Thursday
 *   the company would …").
 * - "According to X, …" and "…, according to X": the rest of the sentence.
 * - An attribution set off by commas inside the statement, "The plan, she said, would cost billions." /
 *   "The plan, said Ana Ruiz, would cost billions.": the whole sentence, attribution included (without a
 *   dateline or the final full stop), because the statement's words lie on both sides of it and a
 *   suggestion is one exact span of the body. The source may be unnamed ("Two people, police said, were
 *   injured": no speaker). Only when the words after the second comma continue the
 *   sentence (a lowercase word that is not "and/but/or", a relative pronoun or a clause such as ", as …"
 *   or ", adding that …", which keep the rule for "…, X said") and the words between the verb and that
 *   comma are a short adverbial ("she said on Monday,"). The claim kind and due date are read from
 *   the sentence without the attribution ("The plan would cost billions").
 * - "…, X said/told reporters/noted (on Monday)." and "…, says X": the statement before the comma,
 *   unless it is a direct quote (then quotes.ts has it; a quote of one to three words is not, so
 *   "The deal is a “crucial step,” she said" gives the sentence); a clause after the attribution
 *   ("…, X said on Monday, as talks stalled.", "…, she told the BBC, adding that …") is not part of
 *   either, and the participle's clause is a statement of the same speaker.
 * - A clause after "X said" stops before an attribution inside it: "…, the minister added", "…, his
 *   office said", "…, according to a statement from his office", "… and added that …", "… and called
 *   it “…”".
 * - "…, said X" names the speaker only when X has no verb: "Hale, the minister, said London would…"
 *   is "said <clause>".
 * Verbs inside quotation marks are the speaker's own words and are not followed.
 */
import { findVerbs, isParticiple, NAMING_VERBS, isSayVerb, isTellVerb, isTrailingVerb, namesSomeone, sharesSubject, subjectBefore, withoutFiller, type VerbMatch } from "./attribution.ts";
import type { Span } from "./schema.ts";
import { isFragment } from "./skip-rules.ts";
import { isTitleHead, isTitleWord } from "./titles.ts";
import { DATELINE, sentenceAt, termsWithin, trimSpan, wordCount, type Analysis, type Sentence, type Term } from "./text.ts";

export type ReportedStatement = Span & {
  /** The words naming the speaker. */
  speakerPhrase: Span;
  /** True for "…, stressing that" and "… and said": the speaker is the sentence's subject. */
  sharesSubject: boolean;
  /** The attribution inside the statement, commas included: ", she said," of "The plan, she said, would cost billions". */
  aside?: Span;
};

const ADVERBIAL_START = /^\s+(?:yesterday|today|tonight|on|in|at|during|after|before|to|from|with|over|through|via|outside|inside|near|behind|across|around|throughout|ahead|under|beyond|alongside|earlier|later|also|again|repeatedly|last|this|previously|then|publicly|firmly|strongly|clearly|once|in a|on \w+day)\b/iu;
/** Words that cannot open the clause after "said": "said at a session", "said will yield", "said on Monday". */
const NOT_CLAUSE_OPENING = new Set(
  `on in at to for with during after before from over by about via through into earlier later also again then
  will would could should may might can must shall is was are were be has have had not that yesterday today
  tonight last this publicly repeatedly recently and but or so as when while if`.split(/\s+/),
);

/** "said growth would recover", "said his administration…" — not "said at a session" or "said will yield". */
function startsClause(analysis: Analysis, from: number): boolean {
  const text = analysis.body.slice(from, from + 40);
  // "said about 70 of the job cuts would …": an amount, not what the words are about.
  if (/^\s+(?:about|around|nearly|almost|roughly|over|more than|at least|fewer than|less than|up to|as many as|some)\s+[$€£]?\d/u.test(text)) return true;
  // "said “hold-ins” were a matter for clubs": a clause may open with a quoted word.
  const next = /^\s+["“‘']?([\p{L}\d][\p{L}\d'’-]*)/u.exec(text);
  return next !== null && !NOT_CLAUSE_OPENING.has(next[1]!.toLowerCase());
}
const SUBORDINATE_OPENING = /^(?:and\s+|but\s+)?(?:while|although|though|as|because|since|when|if|whereas|even though|even as)\b/iu;
/** "…, X said on Wednesday, as negotiators struggled …" / "…, X told the BBC, adding that …" / "…, X said, and …": the attribution stops before such a clause. */
const FOLLOWING_CLAUSE = /,\s*(?:as|while|when|whereas|although|though|because|since|after|before|amid|even as|even though|and|but|[a-z]+ing)\s/iu;
/** "… the deal was fair and added that …": a second verb of the same speaker. */
const SECOND_VERB = /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/iu;
const BELIEF_VERB = /^(?:expects|expected|hopes|hoped|believes|believed)$/iu;
/** "… for now, but Raman said …": a second speaker's attribution after a comma and a conjunction. */
const SECOND_SPEAKER = /,\s+(?:and|but|while|whereas)\s+([^,;"“”]{1,60}?)\s+$/iu;
/** "… and called it “…”", "…, describing the arrests as “…”": naming something is a statement of its own. */
const AND_NAMING = new RegExp(String.raw`\s(?:and|but)\s+(?:also\s+)?(?:${NAMING_VERBS})\b|,\s*(?:calling|describing|branding|label(?:l)?ing|terming|dubbing|accusing|hailing|denouncing|dismissing)\b`, "iu");
const QUOTE_MARK = /["“”«»„'‘’]/u;
const ACCORDING_AFTER = /,\s*according to\s/iu;
/** ", Rafael Quintero." ending a sentence: a name of two to five capitalised words set off by a comma. */
const APPOSITIVE_NAME_ENDING = /^(,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})[.!?]?\s*$/u;

function inside(spans: Span[], position: number): Span | undefined {
  return spans.find((span) => position >= span.start && position < span.end);
}

function overlapsAny(spans: Span[], range: Span): boolean {
  return spans.some((span) => span.start < range.end && range.start < span.end);
}

/** "said Transport Minister Ana Ruiz" names the speaker; "said London would not cover the cost" is a clause. */
function namesOnly(analysis: Analysis, span: Span): boolean {
  const words = termsWithin(analysis, span);
  const text = analysis.body.slice(span.start, span.end);
  // "…, the Minister of Agriculture, Abdelkrim Ould Hamouda, announced Sunday": a weekday names no one.
  if (/^\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(text)) return false;
  // "said state … chairman …": a title's word the tagger reads as a verb ("state") is no verb here.
  return namesSomeone(text) && !words.some((term) => term.tags.has("Verb") && !term.tags.has("ProperNoun") && !isTitleWord(term.text));
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

/**
 * Where a clause that runs from `start` to `end` stops before a second attribution inside it: "X said
 * the deal would collapse, the minister added", "…, his office said", "…, according to a statement",
 * "… and added that …".
 */
function clauseEnd(analysis: Analysis, start: number, end: number, quoted: Span[]): number {
  const { body } = analysis;
  const according = ACCORDING_AFTER.exec(body.slice(start, end));
  const naming = AND_NAMING.exec(body.slice(start, end));
  const stop = Math.min(according ? start + according.index : end, naming ? start + naming.index : end);
  for (const verb of findVerbs(body, { start, end: stop }, quoted)) {
    // "X said A, pointing out that B": B is a second statement of the same speaker.
    if (isParticiple(verb.verb)) {
      const comma = /,\s*$/u.exec(body.slice(start, verb.start));
      if (comma) return start + comma.index;
      continue;
    }
    // "… and added that …", "… but urged both sides to …" end the clause; "… and expected to meet all demand" is part of
    // it: the speaker's own expectation continues the statement unless it has a clause of its own ("and expected that …").
    const second = SECOND_VERB.exec(body.slice(start, verb.start));
    const sentence = second && BELIEF_VERB.test(verb.verb) ? sentenceAt(analysis, verb.start) : undefined;
    if (second && (!sentence || statementAfterVerb(analysis, sentence, verb, quoted))) return start + second.index;
    const other = SECOND_SPEAKER.exec(body.slice(start, verb.start));
    if (other && namesSpeaker(other[1]!)) return start + other.index;
    const tail = isTrailingVerb(verb.verb) ? attributionTail(analysis, start, stop, verb, quoted) : null;
    if (tail && namesSpeaker(body.slice(tail.phrase.start, tail.phrase.end))) return tail.end;
  }
  return stop;
}

/** The terms of the sentence from `from` on, up to the first punctuation between two of them (a comma, colon, quote mark). */
function termsUntilPunctuation(analysis: Analysis, from: number, sentence: Sentence, limit: number): Term[] {
  const terms = termsWithin(analysis, { start: from, end: sentence.end }).slice(0, limit);
  const run: Term[] = [];
  for (const term of terms) {
    if (!/^\s*$/u.test(analysis.body.slice(run.at(-1)?.end ?? from, term.start))) break;
    run.push(term);
    if (/[,;:.!?"“”«»]$/u.test(analysis.body.slice(term.start, term.end + 1).trimEnd())) break;
  }
  return run;
}

const has = (term: Term, ...tags: string[]) => tags.some((tag) => term.tags.has(tag));
const isFiniteVerb = (term: Term) => has(term, "Verb") && !has(term, "Gerund");
const isPossessiveWord = (term: Term) => /['’]s$/u.test(term.text);
const opensNounPhrase = (term: Term) => has(term, "Determiner", "Pronoun", "Noun", "ProperNoun", "Adjective", "Value") && !has(term, "Verb", "Preposition", "QuestionWord");
const isCapitalisedTerm = (term: Term) => /^\p{Lu}/u.test(term.text);

/** Whether a noun phrase and then its verb open the terms: "the government would", "her mother had been", "Iran will". */
function opensClause(terms: Term[]): boolean {
  for (const [index, term] of terms.entries()) {
    // "adds new liquefied natural gas capacity": a participle between a describing word and a noun describes the noun.
    const describing = index > 0 && has(term, "PastTense") && has(terms[index - 1]!, "Adjective") && terms[index + 1] !== undefined && has(terms[index + 1]!, "Noun", "Adjective");
    if (index > 0 && isFiniteVerb(term) && !describing) return true;
    if (!opensNounPhrase(term) || (index > 0 && has(term, "Determiner"))) return false;
  }
  return false;
}

/** "told reporters the government would …", "told the BBC her mother had been …": where the clause after the listener starts. */
function clauseAfterListener(analysis: Analysis, sentence: Sentence, verb: VerbMatch): number | null {
  const terms = termsUntilPunctuation(analysis, verb.end, sentence, 16);
  for (let index = 1; index < terms.length; index++) {
    const listener = terms.slice(0, index);
    const head = listener.at(-1)!;
    // "told the meeting the community had …": a gerund after a determiner is a noun.
    // "told Cyprus Today he had …": a capitalised word closing a name, though the tagger reads a date.
    const gerundNoun = index >= 2 && has(head, "Gerund") && has(listener.at(-2)!, "Determiner");
    const nameEnd = index >= 2 && isCapitalisedTerm(head) && isCapitalisedTerm(listener.at(-2)!);
    if ((!gerundNoun && (listener.some(isFiniteVerb) || !(nameEnd || has(head, "Noun", "ProperNoun", "Pronoun", "Value")))) || has(head, "Determiner", "Preposition") || isPossessiveWord(head)) continue;
    if (isCapitalisedTerm(head) && isCapitalisedTerm(terms[index]!)) continue;
    if (opensClause(terms.slice(index))) return terms[index]!.start;
  }
  return null;
}

/**
 * "argued they should be exempt", "added the plan would …": a noun phrase and its verb right after the verb are its
 * clause; not after a verb that inverts an attribution ("…,” reads the statement issued by …") or is part of a name
 * ("The United States Senate said").
 */
function clauseWithoutThat(analysis: Analysis, sentence: Sentence, verb: VerbMatch, { listener = false } = {}): number | null {
  if (isParticiple(verb.verb) || /^\p{Lu}/u.test(verb.verb) || /[,"”»’']\s*$/u.test(analysis.body.slice(sentence.start, verb.start))) return null;
  const terms = termsUntilPunctuation(analysis, verb.end, sentence, 16);
  // After "warned"/"told" with no listener the clause opens with a determiner or pronoun ("warned the deal would
  // collapse"); a bare noun may be the listener ("told supporters gathered outside", "told Sky News Iran would …").
  if (listener && !(terms[0] && has(terms[0], "Determiner", "Pronoun"))) return null;
  return opensClause(terms) ? terms[0]!.start : null;
}

/** "said last week …", "said on Monday …", "said in a Facebook post last week …": when it was said, not the clause. */
const WHEN = String.raw`last\s+(?:week|month|year|night)|(?:earlier\s+)?this\s+(?:week|month|year)|yesterday|today|tonight|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/**
 * "said in a Facebook post last week …", "said in a statement it was …": where it was said, then when if it says; not
 * "said in a statement issued by …", where the words after it say more of the statement.
 */
const WHERE_SAID = String.raw`in\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|post|interview|letter|speech|video|email|message|broadcast)`;
const WHEN_SAID = new RegExp(String.raw`^\s+(?:${WHEN}|${WHERE_SAID}(?:\s+(?:${WHEN})|(?!\s+(?:\p{Ll}+ed|released|sent|read|shared|given|made|on|to|at|by|from|after|before|in|with|which|that)\s)))(?=\s)`, "u");

/** "said Thursday the company would …", "said last week it would …": a weekday or time right after the verb is not the clause. */
function skipWeekdays(analysis: Analysis, from: number): number {
  let position = from;
  for (const term of analysis.terms) {
    if (term.start < position) continue;
    if (!/^\s+$/u.test(analysis.body.slice(position, term.start)) || !term.tags.has("WeekDay") || isPossessiveWord(term)) break;
    position = term.end;
  }
  const when = WHEN_SAID.exec(analysis.body.slice(position, position + 80));
  return when ? position + when[0].length : position;
}

/** "…, said state … chairman Azlan Hafiz Mohd Yusoff today.": the length of the words naming someone, without when after them. */
const TRAILING_WHEN = new RegExp(String.raw`\s+(?:${WHEN})$`, "u");
const nameLength = (text: string) => text.length - (TRAILING_WHEN.exec(text)?.[0].length ?? 0);

/** "The minister, Ana Ortiz, said the council (CSD), …": a name set off by commas before "said" is its subject, so "said X" is no inverted attribution. */
function nameInCommasBefore(analysis: Analysis, sentenceStart: number, comma: number): boolean {
  const before = analysis.body.slice(sentenceStart, comma);
  const lastComma = before.lastIndexOf(",");
  return lastComma >= 0 && namesOnly(analysis, trimSpan(analysis.body, { start: sentenceStart + lastComma + 1, end: comma }));
}

/** "his name be withheld", "the council not be dissolved": a subject and "be", no tense or modal between. */
const SUBJUNCTIVE = /^(?:[^\s,;:]+\s+){1,8}?(?:not\s+)?be\s+\p{Ll}/u;

function statementAfterVerb(analysis: Analysis, sentence: Sentence, verb: VerbMatch, quoted: Span[]): Span | null {
  const { body } = analysis;
  const after = body.slice(verb.end, sentence.end);
  // "…, said Transport Minister Ana Ruiz, after divers…" / "“…,” said Ana Ruiz": an inverted attribution, not "said <clause>";
  // right after a quote's closing mark whatever words name the speaker ("…,” said season-ticket holder Earl Whitaker, 71, who …).
  const named = { start: verb.end, end: verb.end + nameLength(after.split(/[,.;!?]/u)[0]!) };
  const inverted = /[,?!]\s*(["”»’'])?\s*$/u.exec(body.slice(sentence.start, verb.start));
  const comma = sentence.start + (inverted?.index ?? 0);
  if (inverted && isSayVerb(verb.verb) && (inverted[1] !== undefined || (namesOnly(analysis, named) && !nameInCommasBefore(analysis, sentence.start, comma)))) return null;
  // "said on Nov. 9 at an investors' conference in Istanbul that …", "said at a meeting of the parliamentary committee on
  // social policy on October 29 that …": fourteen words of circumstance at most.
  // "said on Sept. 25 that …": a full stop inside the words before "that" ends an abbreviation, not the sentence.
  // "told The Tribune the commissioner must be independent and that the office needed …": "and that" opens a second clause
  // of the statement, which began before it.
  const firstThat = new RegExp(String.raw`^((?:\s+[^\s,;:!?"“”«»]+){0,14}?)\s+that\s+`, "iu").exec(after);
  const that = firstThat && /\s(?:and|or)$/iu.test(firstThat[1]!) ? null : firstThat;
  const weekday = isSayVerb(verb.verb) ? skipWeekdays(analysis, verb.end) : verb.end;
  let start: number | null = null;
  if (that && (!that[1] || isTellVerb(verb.verb) || ADVERBIAL_START.test(that[1]) || weekday > verb.end)) start = verb.end + that[0].length;
  else if (isSayVerb(verb.verb) && startsClause(analysis, weekday)) start = weekday + 1;
  else if (isTellVerb(verb.verb)) start = clauseAfterListener(analysis, sentence, verb) ?? clauseWithoutThat(analysis, sentence, verb, { listener: true });
  else start = clauseWithoutThat(analysis, sentence, verb);
  if (start === null) return null;
  const end = clauseEnd(analysis, start, subordinateEnd(body, sentence, start, quoted) ?? sentence.end, quoted);
  const clause = clauseSpan(body, start, end);
  if (wordCount(body.slice(clause.start, clause.end)) < 3) return null;
  // "who asked that his name be withheld", "asked that stalls in the new market be reserved for the women": a request, in
  // the subjunctive, is no statement.
  if (/^(?:asked|asks|requested|requests)$/iu.test(verb.verb) && SUBJUNCTIVE.test(body.slice(clause.start, clause.end))) return null;
  // After "that" the words are a clause even where the tagger finds no verb ("… that parts of the hospital date from the 1930s").
  const afterThat = that !== null && start === verb.end + that[0].length;
  if (!(afterThat && wordCount(body.slice(clause.start, clause.end)) >= 4) && !termsWithin(analysis, clause).some((term) => term.tags.has("Verb"))) return null;
  return clause;
}

function according(analysis: Analysis, sentence: Sentence, quoted: Span[]): ReportedStatement | null {
  const { body } = analysis;
  const text = body.slice(sentence.start, sentence.end);
  const leading = /^according to ([^,]{2,80}),\s*/iu.exec(text);
  if (leading) {
    const phrase = { start: sentence.start + 13, end: sentence.start + 13 + leading[1]!.length };
    return { ...clauseSpan(body, sentence.start + leading[0].length, sentence.end), speakerPhrase: phrase, sharesSubject: false };
  }
  // "…, according to the carmakers' association, well below forecasts": the reporter's words after the source are no part of it.
  const trailing = new RegExp(`,\\s*according to ([^,.;]{2,80})(?:[.!?]?\\s*$|(?=${FOLLOWING_CLAUSE.source})|(?=,))`, "iu").exec(text);
  if (!trailing) return null;
  const phraseStart = sentence.start + trailing.index + trailing[0].indexOf(trailing[1]!);
  // "“…,” Volkov said in his final statement, according to a transcript": the source of a quote's words, left to quotes.ts.
  if (overlapsAny(quoted, { start: sentence.start, end: sentence.start + trailing.index })) return null;
  // "…, according to the family’s attorney, Rafael Quintero.": the name closing the sentence is the source described.
  const named = APPOSITIVE_NAME_ENDING.exec(text.slice(trailing.index + trailing[0].length));
  return {
    ...clauseSpan(body, sentence.start, sentence.start + trailing.index),
    speakerPhrase: { start: phraseStart, end: phraseStart + trailing[1]!.length + (named?.[1]!.length ?? 0) },
    sharesSubject: false,
  };
}

function namesSpeaker(phrase: string): boolean {
  return /^(?:he|she|they|we)$/iu.test(phrase.trim()) || namesSomeone(phrase);
}

type AttributionTail = {
  /** Where the statement before the attribution ends. */
  end: number;
  phrase: Span;
};

/**
 * The attribution closing the text from `from` to `to` at `verb`: "…, the minister added (on Monday)",
 * "…, Ambassador Jane Doe, the envoy to the UN, told reporters", "…, said Ana Ruiz", before any
 * clause after it ("…, as talks stalled", "…, adding that …"). A statement ending in a direct quote
 * is left to quotes.ts, unless the quote is a fragment ("…a “crucial step,” she said").
 */
function attributionTail(analysis: Analysis, from: number, to: number, verb: VerbMatch, quoted: Span[]): AttributionTail | null {
  const { body } = analysis;
  const before = body.slice(from, verb.start);
  const inverted = /,\s*["”»’']?\s*$/u.exec(before);
  const tail = body.slice(verb.end, to).replace(/[.!?]\s*$/u, "");
  // "…, the Scottish Government has confirmed, in a further blow to …": after "X said", what follows a comma is the reporter's.
  const restEnd = inverted ? FOLLOWING_CLAUSE.exec(tail)?.index : tail.indexOf(",");
  const rest = { start: verb.end, end: verb.end + (restEnd === undefined || restEnd < 0 ? tail.length : restEnd) };
  const restText = body.slice(rest.start, rest.end);
  // "Asked whether …, Delgado said, “No.”": an attribution that opens a quote is the quote's.
  // "…, Deputy Prime Minister Doina Rusnac said on Thursday after a meeting of the joint working group of …": when and where it
  // was said may run longer than a clause of its own could.
  const circumstance = /^\s*(?:on|at|in|after|during|before|following|yesterday|today|last|this|earlier)\b/iu.test(restText);
  // "…, said Jones, who chairs the committee": the name is what comes before any comma ("…, Dale Westfall, told KYUK
  // Monday": who is told is the listener, never the speaker).
  const named = inverted !== null && !isTellVerb(verb.verb) && namesOnly(analysis, { start: rest.start, end: rest.start + nameLength(restText.split(",")[0]!) });
  // A role and a name may run longer than a clause of its own could ("…, said state Infrastructure and Transport Committee
  // chairman Azlan Hafiz Mohd Yusoff today").
  if (wordCount(restText) > (circumstance ? 30 : named ? 16 : 10) || /\bthat\b/iu.test(restText) || overlapsAny(quoted, { start: verb.end, end: verb.end + tail.length })) return null;

  let comma: number;
  let phrase: Span | null = null;
  if (inverted && named) {
    comma = from + inverted.index;
    phrase = trimSpan(body, { start: rest.start, end: rest.start + nameLength(restText) });
  } else {
    // "…, the Minister of Sports, Amb. Aimable Nsengiyumva, has said": the auxiliary is no part of the subject.
    const trimmed = before.trimEnd().replace(/(?<=,)\s*(?:has|have|had)$/iu, "");
    const appositive = trimmed.endsWith(",");
    const commas = [...trimmed.slice(0, appositive ? -1 : undefined).matchAll(/,/gu)].map((match) => match.index);
    let position = commas.length - (appositive ? 2 : 1);
    // "…, the Minister of Agriculture, Rural Development and Fisheries, Abdelkrim Ould Hamouda, announced": a portfolio's
    // list runs over commas after the role that opens it.
    const role = (piece: string) => /^\s*the\s/u.test(piece) && piece.trim().split(/\s+/u).slice(1, 4).some((word) => isTitleHead(word));
    while (appositive && position > 0 && /^\s*\p{Lu}/u.test(trimmed.slice(commas[position]! + 1, commas[position + 1])) && role(trimmed.slice(commas[position - 1]! + 1, commas[position]))) position--;
    const at = commas[position];
    if (at === undefined) return null;
    comma = from + at;
  }
  // “…stone,” she said / “…stone”, she said: the quote closes right at the comma.
  const quote = quoted.find((span) => span.start < comma && comma < span.end && span.end - comma <= 2) ?? quoted.find((span) => span.end === comma);
  if (quote ? !isFragment(body.slice(quote.start + 1, quote.end - 1)) : inside(quoted, comma) || QUOTE_MARK.test(body[comma - 1] ?? "")) return null;
  const end = Math.max(comma, quote?.end ?? 0);
  const auxiliary = /,\s*(?:has|have|had)\s*$/iu.exec(before);
  phrase ??= withoutFiller(body, trimSpan(body, { start: Math.max(comma + 1, end), end: auxiliary ? from + auxiliary.index : verb.start }));
  // "…, which officials said would supply …": the verb sits in a relative clause, not after the statement.
  if (/^(?:which|who|that)\b/iu.test(body.slice(phrase.start, phrase.end))) return null;
  if (overlapsAny(quoted, phrase) || wordCount(body.slice(phrase.start, phrase.end)) > 25) return null;
  return { end, phrase };
}

/** "…, Ambassador Jane Doe, the envoy to the UN, told reporters on Monday." / "…, says Trump". */
function trailingAttribution(analysis: Analysis, sentence: Sentence, verbs: VerbMatch[], quoted: Span[]): ReportedStatement | null {
  const { body } = analysis;
  const candidates = verbs.filter((candidate) => isTrailingVerb(candidate.verb) && !isParticiple(candidate.verb));
  let tail: AttributionTail | null = null;
  for (const verb of candidates.reverse()) {
    tail = attributionTail(analysis, sentence.start, sentence.end, verb, quoted);
    // "…, the Greek government has announced, as the island struggles with crowds that locals say …": a verb in a
    // clause after the attribution ("as …") is the reporter's; the attribution is the one before it.
    if (!tail || !SUBORDINATE_OPENING.test(body.slice(tail.phrase.start, tail.phrase.end))) break;
    tail = null;
  }
  if (!tail) return null;
  const statement = clauseSpan(body, sentence.start, tail.end);
  if (wordCount(body.slice(statement.start, statement.end)) < 4 || QUOTE_MARK.test(body[statement.start]!)) return null;
  // "“… the one before,” Al-Muhanna said, the Saudi Press Agency reported.": a quote and who carried it, no statement of its own.
  if (quoted.some((quotation) => quotation.start <= statement.start && statement.start < quotation.end)) return null;
  return { ...statement, speakerPhrase: tail.phrase, sharesSubject: false };
}

/**
 * "Malawi's electoral commission on Thursday barred …, ruling that": a participle's subject is the words before the
 * sentence's main verb, without when it acted.
 */
function beforeMainVerb(analysis: Analysis, subject: Span): Span {
  const verb = termsWithin(analysis, subject).find((term, index) => index > 0 && isFiniteVerb(term) && !has(term, "Participle", "Infinitive"));
  if (!verb) return subject;
  const words = analysis.body.slice(subject.start, verb.start).replace(/\s+(?:on|last|this|earlier|late)\s+\S+\s*$/iu, "");
  return trimSpan(analysis.body, { start: subject.start, end: subject.start + words.length });
}

/** The statements after each attribution verb of the sentence, and the verbs that introduce none. */
function afterVerbs(analysis: Analysis, sentence: Sentence, quoted: Span[]): { found: ReportedStatement[]; unused: VerbMatch[] } {
  const found: ReportedStatement[] = [];
  const unused: VerbMatch[] = [];
  for (const verb of findVerbs(analysis.body, sentence, quoted)) {
    if (found.some((statement) => verb.start >= statement.start && verb.start < statement.end)) continue;
    // "Reem, a teacher who asked that her family name not be published, said the increase …": a relative clause's verb
    // is not the sentence's attribution when the sentence's own verb follows its closing comma.
    const relative = /\b(?:who|which)\s+(?:\p{L}+\s+){0,2}$/iu.test(analysis.body.slice(sentence.start, verb.start));
    if (relative && /^[^,]*,\s*(?:said|says|told|added|stated|explained|warned)\b/u.test(analysis.body.slice(verb.end, sentence.end))) continue;
    const clause = statementAfterVerb(analysis, sentence, verb, quoted);
    if (!clause) {
      unused.push(verb);
      continue;
    }
    const before = analysis.body.slice(sentence.start, verb.start);
    const subject = subjectBefore(analysis.body, sentence.start, verb, quoted);
    found.push({
      ...clause,
      speakerPhrase: isParticiple(verb.verb) ? beforeMainVerb(analysis, subject) : subject,
      sharesSubject: sharesSubject(before, verb.verb),
    });
  }
  return { found, unused };
}

/** Lowercase words that cannot continue a sentence after a parenthetical attribution: "…, she said, and …", "…, said X, who …". */
const NOT_CONTINUING = /^\s*(?:and|but|or|nor|so|then|who|whom|whose|which|where|when|while|as|after|before|because|though|although|since)\b/iu;

/**
 * Who can stand between the commas of "The plan, X said, would …": a name, a title or a pronoun, or an unnamed
 * source ("police", "its critics", "a spokesman for the ministry") — words with no verb that do not open
 * with a conjunction, preposition or relative pronoun ("The man, who said nothing, left").
 */
function isSourcePhrase(analysis: Analysis, phrase: Span): boolean {
  if (namesSpeaker(analysis.body.slice(phrase.start, phrase.end))) return true;
  const words = termsWithin(analysis, phrase);
  return words.length > 0 && !has(words[0]!, "Conjunction", "Preposition", "QuestionWord", "Adverb") && !words.some((term) => has(term, "Verb"));
}

/**
 * "The plan, she said, would cost billions." / "The plan, said Ana Ruiz, would cost billions.": an attribution set off
 * by commas in the middle of the statement gives the whole sentence.
 */
function midSentenceAttribution(analysis: Analysis, sentence: Sentence, verbs: VerbMatch[], quoted: Span[]): ReportedStatement | null {
  const { body } = analysis;
  for (const verb of verbs) {
    if (!isTrailingVerb(verb.verb) || isParticiple(verb.verb)) continue;
    const open = sentence.start + body.slice(sentence.start, verb.start).lastIndexOf(",");
    const closeAt = body.slice(verb.end, sentence.end).indexOf(",");
    if (open < sentence.start || closeAt < 0) continue;
    const close = verb.end + closeAt;
    if (inside(quoted, open) || inside(quoted, close) || QUOTE_MARK.test(body.slice(open - 1, open + 3)) || QUOTE_MARK.test(body.slice(close - 1, close + 3))) continue;
    const inverted = body.slice(open + 1, verb.start).trim() === "";
    if (inverted && nameInCommasBefore(analysis, sentence.start, open)) continue;
    const phrase = trimSpan(body, inverted ? { start: verb.end, end: close } : { start: open + 1, end: verb.start });
    const adverbial = inverted ? { start: close, end: close } : { start: verb.end, end: close };
    const phraseText = body.slice(phrase.start, phrase.end);
    if (!isSourcePhrase(analysis, phrase) || wordCount(phraseText) > 6 || (inverted && !namesOnly(analysis, phrase))) continue;
    if (wordCount(body.slice(adverbial.start, adverbial.end)) > 4 || termsWithin(analysis, adverbial).some((term) => term.tags.has("Verb"))) continue;
    const restText = body.slice(close + 1, sentence.end);
    if (!/^\s*\p{Ll}/u.test(restText) || NOT_CONTINUING.test(restText) || FOLLOWING_CLAUSE.test(`, ${restText.trimStart()}`)) continue;
    // "…, the bureau said on Monday, the second consecutive monthly decline.": the words after it must continue the statement's clause.
    if (wordCount(restText) < 2 || !termsWithin(analysis, { start: close + 1, end: sentence.end }).some((term) => term.tags.has("Verb"))) continue;
    const statement = clauseSpan(body, sentence.start, sentence.end);
    if (statement.start >= open || QUOTE_MARK.test(body[statement.start]!)) continue;
    // "The ferry will resume by 2026, X has confirmed, in a further blow …": a whole clause before the attribution is the statement.
    if (termsWithin(analysis, { start: statement.start, end: open }).some((term) => has(term, "Verb") && !has(term, "Gerund", "Infinitive", "Participle"))) continue;
    return { ...statement, speakerPhrase: phrase, sharesSubject: false, aside: { start: open, end: close + 1 } };
  }
  return null;
}

export function findReportedStatements(analysis: Analysis, quoted: Span[]): ReportedStatement[] {
  const statements: ReportedStatement[] = [];
  for (const sentence of analysis.sentences) {
    const { found, unused } = afterVerbs(analysis, sentence, quoted);
    // "X said Y, according to a statement": X's clause, not the whole sentence.
    const byAccording = according(analysis, sentence, quoted);
    if (byAccording && !found.some((statement) => statement.start < byAccording.end)) {
      statements.push(byAccording);
      continue;
    }
    // "The plan, she said, would cost billions.": the whole sentence.
    const mid = found.length === 0 ? midSentenceAttribution(analysis, sentence, unused, quoted) : null;
    if (mid) {
      statements.push(mid);
      continue;
    }
    // "The deal is fair, she told the BBC, adding that …": a statement before the attribution too.
    const trailing = trailingAttribution(analysis, sentence, unused, quoted);
    if (trailing && found.every((statement) => statement.start >= trailing.end)) found.unshift(trailing);
    statements.push(...found);
  }
  return statements;
}
