/**
 * Decides who said each quotation and reported statement, in text order (pronouns and titles refer
 * back to what came before), and drops the quotations that skip-rules.ts rejects.
 *
 * A quotation's speaker comes from, in order: the attribution right after it (“…,” X said); the
 * reported clause it sits in; an earlier quotation of the same sentence (“…,” he said, “…”); an
 * attribution verb earlier in its sentence (X said … “…”); a verb naming it as speech right before it
 * (X called it “…”, described as a “…”, accused Y of “…”, hailed Y as “…”) when X is someone; else,
 * unattributed, the last speaker of its paragraph or the one before.
 */
import { attributionAfter, findVerbs, isParticiple, NAMING_VERBS, subjectBefore, type VerbMatch } from "./attribution.ts";
import { buildRoster } from "./entities.ts";
import { isTitleWord } from "./titles.ts";
import type { Quotation } from "./quotes.ts";
import type { ReportedStatement } from "./reported.ts";
import type { Span, SuggestionKind } from "./schema.ts";
import { skipReason } from "./skip-rules.ts";
import { resolveSpeaker, throughSpokesperson, type Speaker, type SpeakerContext } from "./speakers.ts";
import { sentenceAt, type Analysis } from "./text.ts";

/** `phrase`: the words of the attribution naming the speaker ("its leader, Sarah Okafor,"), when there is one. */
export type Found = Span & { kind: SuggestionKind; speaker: Speaker | null; phrase: string | null; aside?: Span };

/** `phrase`: the attribution's own words; `kindPhrase`: those of the reported statement a quotation sits in. */
type Attribution = { speaker: Speaker | null; attributed: boolean; verb: string | null; phrase: string | null; kindPhrase?: string | null };

const UNATTRIBUTED: Attribution = { speaker: null, attributed: false, verb: null, phrase: null };

/** "called the talks “", "described as a “", "accused the opposition of “", "hailed the accord as a “": up to five words between the verb and the quote. */
const NAMING_VERB = new RegExp(String.raw`\b(?:${NAMING_VERBS})\b((?:\s+[\p{L}'’-]+){0,5}?)\s*$`, "iu");
/** "called on the Department of Forestry, Fisheries and the Environment (DFFE) to “…”": what someone called for, in their words. */
const CALLED_ON = /\bcall(?:ed|s|ing)?(\s+(?:on|upon)\s+[^"“”«».;]{1,120}?\s+to)\s*$/iu;
/** "…, Brings Plenty laughed.", "Ramaswamy was brief.": a sentence closing on how its subject reacted, nothing after it. */
const REACTION = String.raw`\s(laughed|smiled|grinned|shrugged|replied|answered|responded|joked|quipped|was (?:more |less )?(?:brief|blunt|defiant|adamant|unequivocal|direct|candid|emphatic|succinct|curt|terse|firm|frank))`;
const REACTED = new RegExp(String.raw`${REACTION}[.!]\s*$`, "u");
/** "Asked …, Ferrer was firm: “No.”": the same, before a colon opening the quote. */
const REACTED_COLON = new RegExp(String.raw`${REACTION}:\s*$`, "u");
/** "That was the message from", "Such was the verdict of": the sentence after a quote naming who said it. */
const MESSAGE_FROM = /^(?:that|this|such)\s+(?:was|is|has been)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:message|verdict|view|warning|reaction|response|plea|words?|assessment|reply|answer|advice|conclusion|promise|prediction)\s+(?:from|of|given by)\s+/iu;
/** Words after "said" that cannot be its subject: "…”, said on Wednesday that …". */
const NO_SUBJECT = /^(?:on|in|at|that|yesterday|today|last|earlier|later|during|after|before|this)\b/iu;

function sameSentence(analysis: Analysis, a: number, b: number): boolean {
  const sentence = sentenceAt(analysis, a);
  return sentence !== undefined && b >= sentence.start && b < sentence.end;
}

export class Attributor {
  private readonly context: SpeakerContext;
  private readonly found: Found[] = [];

  constructor(
    private readonly analysis: Analysis,
    /** Each quotation part with its marks. */
    private readonly outer: Span[],
  ) {
    this.context = { body: analysis.body, roster: buildRoster(analysis), sentences: analysis.sentences, terms: analysis.terms, quoted: outer, history: [] };
  }

  get results(): Found[] {
    return this.found;
  }

  private remember(found: Found) {
    this.found.push(found);
    if (found.speaker) this.context.history.push(found.speaker);
  }

  /** The speaker a phrase names, or the spokesperson its sentence (the one at `position`) says the body spoke through. */
  private resolveIn(phrase: Span, position: number): Speaker | null {
    const speaker = resolveSpeaker(this.context, phrase);
    const sentence = sentenceAt(this.analysis, position);
    return sentence ? throughSpokesperson(this.context, speaker, sentence) : speaker;
  }

  private previous(predicate: (found: Found) => boolean): Found | undefined {
    return this.found.findLast(predicate);
  }

  addReported(statement: ReportedStatement) {
    const inherited = statement.sharesSubject
      ? this.previous((found) => found.speaker !== null && sameSentence(this.analysis, statement.start, found.start))
      : undefined;
    const speaker = inherited?.speaker ?? this.resolveIn(statement.speakerPhrase, statement.start);
    const phrase = inherited ? inherited.phrase : this.analysis.body.slice(statement.speakerPhrase.start, statement.speakerPhrase.end);
    this.remember({ kind: "reported", start: statement.start, end: statement.end, speaker, phrase, ...(statement.aside ? { aside: statement.aside } : {}) });
  }

  /** The reported statement a quotation sits in. */
  private statementAround(quotation: Quotation): Found | undefined {
    const { openMark } = quotation.parts[0]!;
    return this.previous((found) => found.kind === "reported" && found.start <= openMark && openMark < found.end + 1);
  }

  /** The last attribution verb before a quotation in its sentence: "X said … “…”". */
  private verbBefore(quotation: Quotation): VerbMatch | undefined {
    const first = quotation.parts[0]!;
    const sentence = sentenceAt(this.analysis, first.start);
    return sentence ? findVerbs(this.analysis.body, { start: sentence.start, end: first.openMark }, this.outer).at(-1) : undefined;
  }

  /** "X called it “…”": the naming verb right before a quotation, and X when X is someone (a speaker, or one person with a title). */
  private namedAsSpeech(quotation: Quotation): Attribution | null {
    const { body } = this.analysis;
    const first = quotation.parts[0]!;
    const sentence = sentenceAt(this.analysis, first.start);
    if (!sentence) return null;
    const before = body.slice(sentence.start, first.openMark);
    const naming = NAMING_VERB.exec(before) ?? CALLED_ON.exec(before);
    if (!naming || /["“”«»„]/u.test(naming[1]!)) return null;
    const start = sentence.start + naming.index;
    const verb = { start, end: start + naming[0].length - naming[1]!.length - (naming[0].length - naming[0].trimEnd().length), verb: naming[0].trim().split(/\s+/u)[0]! };
    const phrase = subjectBefore(body, sentence.start, verb, this.outer);
    const words = body.slice(phrase.start, phrase.end);
    const speaker = resolveSpeaker(this.context, phrase);
    if (!speaker && !words.split(/\s+/u).some(isTitleWord)) return null;
    return { speaker, attributed: true, verb: verb.verb, phrase: words };
  }

  private attribute(quotation: Quotation): Attribution {
    const { body } = this.analysis;
    const first = quotation.parts[0]!;
    const last = quotation.parts.at(-1)!;
    const sentence = sentenceAt(this.analysis, first.start);
    const paragraph = this.analysis.paragraphs.find((candidate) => candidate.start <= last.start && last.end <= candidate.end);

    const content = body.slice(last.start, last.outerEnd - 1);
    // ''…'', X said: the closing pair's second apostrophe before the comma (quotes.ts).
    const endsSpeech = /[,?!…—-]\s*$/u.test(content) || /^'?,/u.test(body.slice(last.outerEnd, last.outerEnd + 2));
    if (last.closed && endsSpeech && paragraph) {
      const after = attributionAfter(body, last.outerEnd, paragraph.end);
      // "Reed, who has called it “…”, said on Wednesday that …": "said" has its subject before the quote, not after it.
      if (after && !NO_SUBJECT.test(body.slice(after.start, after.end))) {
        // “…”, adding that …: the participle's subject is the sentence's, not the words after it.
        const phrase = isParticiple(after.verb) && sentence ? subjectBefore(body, sentence.start, { start: last.outerEnd, end: last.outerEnd, verb: after.verb }, this.outer) : after;
        return { speaker: this.resolveIn(phrase, first.start), attributed: true, verb: after.verb, phrase: body.slice(phrase.start, phrase.end) };
      }
    }
    const clause = this.statementAround(quotation);
    if (clause) return { speaker: clause.speaker, attributed: true, verb: null, phrase: null, kindPhrase: clause.phrase };

    const sameSentenceQuote = this.previous((found) => found.kind === "quote" && sameSentence(this.analysis, first.start, found.start));
    if (sameSentenceQuote?.speaker) return { speaker: sameSentenceQuote.speaker, attributed: true, verb: null, phrase: null };

    if (sentence) {
      // "Asked …, Ferrer was firm: “No.”": the reaction before the colon, not the reporter's "Asked".
      const reaction = REACTED_COLON.test(body.slice(sentence.start, first.openMark)) ? this.reactionBefore(quotation) : null;
      if (reaction) return reaction;
      const verb = this.verbBefore(quotation);
      if (verb) {
        const phrase = subjectBefore(body, sentence.start, verb, this.outer);
        const inherited = isParticiple(verb.verb) ? this.previous((found) => found.speaker !== null && sameSentence(this.analysis, first.start, found.start)) : undefined;
        return { speaker: inherited?.speaker ?? this.resolveIn(phrase, first.start), attributed: true, verb: verb.verb, phrase: body.slice(phrase.start, phrase.end) };
      }
    }
    return this.namedAsSpeech(quotation) ?? this.namedInSentenceAfter(quotation) ?? this.reactionBefore(quotation) ?? UNATTRIBUTED;
  }

  /**
   * "Asked whether …, Brings Plenty laughed. “Not until we build an arena.”": who reacted in the sentence before says it;
   * "Asked …, Ferrer was firm: “No.”": or before a colon in the quote's own.
   */
  private reactionBefore(quotation: Quotation): Attribution | null {
    const { body } = this.analysis;
    const first = quotation.parts[0]!;
    const here = this.analysis.sentences.findIndex((sentence) => sentence.start <= first.start && first.start < sentence.end);
    const [previous, sentence] = [this.analysis.sentences[here - 1], this.analysis.sentences[here]];
    if (!sentence) return null;
    const colon = REACTED_COLON.exec(body.slice(sentence.start, first.openMark));
    const before = colon ? sentence : previous;
    const reacted = colon ?? (previous && previous.paragraph === sentence.paragraph && !body.slice(sentence.start, first.openMark).trim() ? REACTED.exec(body.slice(previous.start, previous.end)) : null);
    if (!reacted || !before) return null;
    const verb = { start: before.start + reacted.index + reacted[0].indexOf(reacted[1]!), end: 0, verb: reacted[1]! };
    verb.end = verb.start + verb.verb.length;
    const phrase = subjectBefore(body, before.start, verb, this.outer);
    const speaker = this.resolveIn(phrase, first.start);
    return speaker ? { speaker, attributed: true, verb: verb.verb, phrase: body.slice(phrase.start, phrase.end) } : null;
  }

  /** "“We want answers, not apologies.” That was the message from Helen Marsh, whose son died.": the speaker named next. */
  private namedInSentenceAfter(quotation: Quotation): Attribution | null {
    const { body } = this.analysis;
    const last = quotation.parts.at(-1)!;
    const next = this.analysis.sentences.find((sentence) => sentence.start >= last.outerEnd);
    if (!next || next.paragraph !== sentenceAt(this.analysis, last.start)?.paragraph || body.slice(last.outerEnd, next.start).trim()) return null;
    const named = MESSAGE_FROM.exec(body.slice(next.start, next.end));
    if (!named) return null;
    const start = next.start + named[0].length;
    const phrase = { start, end: start + /^[^,;.!?]*/u.exec(body.slice(start, next.end))![0].trimEnd().length };
    const speaker = this.resolveIn(phrase, start);
    return speaker ? { speaker, attributed: true, verb: null, phrase: body.slice(phrase.start, phrase.end) } : null;
  }

  /** A quotation with no attribution of its own continues the last speaker of its paragraph or the one before. */
  private continuation(quotation: Quotation): Speaker | null {
    const paragraphOf = (position: number) => this.analysis.paragraphs.findIndex((paragraph) => paragraph.start <= position && position <= paragraph.end);
    const here = paragraphOf(quotation.parts[0]!.start);
    const previous = this.previous((found) => found.speaker !== null);
    if (!previous) return null;
    return here - paragraphOf(previous.end) <= 1 ? previous.speaker : null;
  }

  /** The word right after the closing mark is a lowercase noun: the “peaceful” protests. */
  private modifiesNoun(outerEnd: number): boolean {
    const next = this.analysis.terms.find((term) => term.start >= outerEnd);
    if (!next || !/^[^\S\n]+$/u.test(this.analysis.body.slice(outerEnd, next.start)) || !/^\p{Ll}/u.test(next.text)) return false;
    // "about “brazen” shoplifting": a gerund after the label is the noun it qualifies.
    if (next.tags.has("Gerund") || /^\p{Ll}+ing$/u.test(next.text)) return true;
    return next.tags.has("Noun") && !["Pronoun", "Verb", "Preposition", "Determiner", "Conjunction", "Adverb"].some((tag) => next.tags.has(tag));
  }

  addQuotation(quotation: Quotation) {
    const { body } = this.analysis;
    const first = quotation.parts[0]!;
    const last = quotation.parts.at(-1)!;
    const attribution = this.attribute(quotation);
    const sentence = sentenceAt(this.analysis, first.start);
    const text = quotation.parts.map((part) => body.slice(part.start, part.end)).join(" ");
    const reason = skipReason({
      text,
      before: body.slice(sentence?.start ?? first.openMark, first.openMark),
      after: body.slice(last.outerEnd, sentenceAt(this.analysis, last.start)?.end ?? last.outerEnd),
      attributed: attribution.attributed,
      introduced: this.statementAround(quotation) !== undefined || this.verbBefore(quotation) !== undefined || this.namedAsSpeech(quotation) !== null,
      verb: attribution.verb,
      speakerPhrase: attribution.phrase,
      startsSentence: !sentence || body.slice(sentence.start, first.openMark).trim() === "",
      modifiesNoun: this.modifiesNoun(last.outerEnd),
    });
    if (reason) return;
    const speaker = attribution.speaker ?? (attribution.attributed ? null : this.continuation(quotation));
    const phrase = attribution.phrase ?? attribution.kindPhrase ?? null;
    for (const part of quotation.parts) this.remember({ kind: "quote", start: part.start, end: part.end, speaker, phrase });
  }
}
