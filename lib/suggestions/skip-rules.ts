/**
 * Quotations that are not claims.
 * - Titles and names: up to twelve words, every word capitalised except small words ("of", "the"…)
 *   and no comma, colon or semicolon inside — “Historic Peace Summit”, “Muslim NATO”. A single word
 *   is capitalised anyway when it opens what someone says, so a one-word quotation that is a whole
 *   utterance, as the fragment rule below has it, is an answer, not a title: it opens its sentence and
 *   is attributed (“No,” she said) or ends in . ! or ? (“…,” she said. “No.”), or it follows its
 *   attribution's comma or colon (Asked whether…, she said: “No.”).
 * - Documents: a quotation named as a document — a capitalised one after "titled/entitled/dubbed/
 *   so-called/known as" or a document noun (a bill “Protecting …”), one before a document noun
 *   (the “…” Act), or a phrase without punctuation
 *   that starts with a capitalised document noun (the “Agreement on the establishment of …”).
 * - Fragments: a quotation of one to three words is not a statement on its own. It stays only when it
 *   is part of what a speaker is reported to say — inside a reported statement ("Blinken has stated
 *   that both sides made “tangible progress”", "The deal is a “crucial step,” she said") or after an
 *   attribution verb earlier in its sentence ("Trump said will yield an “official Peace Signing”") or
 *   after a verb naming it as speech (below) — or when it is a whole answer or sentence of its own: it opens its sentence and is attributed
 *   (“Absolutely not,” the minister said) or ends in . ! or ? (“We will appeal.”, “See you then!”).
 *   Any other is skipped: a scare quote no speaker is given for ("Critics called the plan a “gamble”"),
 *   or a fragment attributed only by what follows it ("the accord, a “crucial stepping stone”, was
 *   signed, she said").
 * - Labels: a quotation of one to three words that modifies the noun after it inside the reporter's
 *   sentence — "the “peaceful” protests", "a “spontaneous” protest", "the 'revanchist' tendencies" — is
 *   a label, not a claim, even inside a reported statement or after an attribution verb.
 * - Named as speech: "called it “revanchist”", "called the delay “disappointing but not a surprise”",
 *   "described as a “subsidy race”", "accused the opposition of “creating chaos”", "hailed the accord as
 *   a “crucial stepping stone”" attribute the quotation to the verb's subject (attributor.ts) when the
 *   subject is someone: a named speaker, or one person described by a title ("one diplomat"); "Critics
 *   called the plan a “gamble”" names no one and stays a scare quote.
 * - Reporters' questions: a quotation ending in "?" whose speaker is a reporter, journalist,
 *   correspondent, interviewer, moderator or host, or whose attribution verb is "asked" (or similar)
 *   with no one named ("he asked"). Someone named who asks is making a point: "“…, but who is going
 *   to put the patients to sleep?” Salas asked."
 */
import { isQuestionVerb } from "./attribution.ts";
import { wordCount } from "./text.ts";

export type SkipReason = "title" | "document" | "scare-quote" | "fragment" | "reporter-question";

export type QuoteSurroundings = {
  text: string;
  /** The sentence up to the opening mark, and from the closing mark on. */
  before: string;
  after: string;
  attributed: boolean;
  /** Inside a reported statement, or after an attribution verb earlier in its sentence. */
  introduced: boolean;
  verb: string | null;
  speakerPhrase: string | null;
  startsSentence: boolean;
  /** The quotation is followed by the noun it qualifies: the “peaceful” protests. */
  modifiesNoun: boolean;
};

const SMALL_WORDS = new Set(["of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "with", "by", "vs", "or", "from"]);
const DOCUMENT_NOUNS = "agreement|treaty|accord|act|bill|law|declaration|memorandum|resolution|charter|convention|protocol|report|book|document|strategy|initiative|programme|program|plan|framework|doctrine|statute|decree";
const NAMED_BEFORE = new RegExp(`(?:\\b(?:titled|entitled|dubbed|named|so-called|known as)|\\b(?:${DOCUMENT_NOUNS}))\\s*(?:the\\s+)?$`, "iu");
const DOCUMENT_AFTER = new RegExp(`^\\s*(?:${DOCUMENT_NOUNS})\\b`, "iu");
const DOCUMENT_NAME = new RegExp(`^(?:${DOCUMENT_NOUNS.replace(/(^|\|)(\w)/gu, (_match, bar: string, letter: string) => bar + letter.toUpperCase())})\\b[^,.;:!?]*$`, "u");
const PRONOUN = /^(?:he|she|they|i|we|you)$/iu;
const REPORTER = /\b(?:reporters?|journalists?|correspondents?|interviewers?|moderators?|hosts?|questioners?)\b/iu;

/** One to three words: a fragment, not a statement on its own. */
export function isFragment(text: string): boolean {
  return wordCount(text) <= 3;
}

function isTitleCase(text: string): boolean {
  if (/[,;:]/u.test(text) || wordCount(text) > 12) return false;
  const words = text.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean);
  const significant = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  return significant.length > 0 && significant.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

export function skipReason(quote: QuoteSurroundings): SkipReason | null {
  const text = quote.text.trim();
  const askedByNoOne = !quote.speakerPhrase || PRONOUN.test(quote.speakerPhrase.trim());
  if (text.endsWith("?") && ((quote.verb && isQuestionVerb(quote.verb) && askedByNoOne) || REPORTER.test(quote.speakerPhrase ?? ""))) {
    return "reporter-question";
  }
  const capitalised = /^\p{Lu}/u.test(text);
  if ((capitalised && NAMED_BEFORE.test(quote.before)) || DOCUMENT_AFTER.test(quote.after)) return "document";
  if (DOCUMENT_NAME.test(text) && wordCount(text) <= 15) return "document";
  const utterance = quote.startsSentence && (quote.attributed || /[.!?]$/u.test(text));
  const answer = utterance || (quote.attributed && quote.introduced && /[,:]\s*$/u.test(quote.before));
  if (isTitleCase(text) && !/[!?]$/u.test(text) && !(wordCount(text) === 1 && answer)) return "title";
  if (!isFragment(text)) return null;
  if (quote.modifiesNoun && !/[.!?,;:]$/u.test(text)) return "scare-quote";
  if (utterance || (quote.attributed && quote.introduced)) return null;
  return quote.attributed ? "fragment" : "scare-quote";
}
