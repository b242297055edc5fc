/**
 * Attribution verbs ("said", "told", "stressed that", a document's "reads" …) and the phrases naming who spoke.
 * These are the only hand-written patterns besides quotation marks; names come from entities.ts.
 */
import { ORGANISATION_HEADS } from "./entities.ts";
import { isAbbreviatedTitle, isDottedHonorific, isHonorific, isPostNominal, isTitleHead, isTitleWord, PARTY_TAG } from "./titles.ts";
import { PATRONYMIC_WORDS, TWO_LETTER_INITIALS } from "./names.ts";
import type { Span } from "./schema.ts";
import { DATELINE, trimSpan } from "./text.ts";

const SAY = "say|says|said|saying";
const TELL = "tell|tells|told|telling|informed|informs|assured|assures|reminded|reminds|warned|warns|warning";
const QUESTION = "asked|asks|asking|wondered|wonders|inquired|enquired|questioned";
const OTHER = [
  "added|adds|adding|noted|notes|noting|stated|states|stating|stressed|stresses|stressing",
  "emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|underlined|underlines|underlining|underscored|underscores|underscoring",
  "reaffirmed|reaffirms|reaffirming|affirmed|affirms|announced|announces|announcing|declared|declares|declaring",
  "insisted|insists|insisting|argued|argues|arguing|asserted|asserts|claimed|claims|claiming|explained|explains|explaining",
  "confirmed|confirms|confirming|acknowledged|acknowledges|admitted|admits|conceded|concedes|maintained|maintains",
  "reiterated|reiterates|reiterating|wrote|writes|writing|posted|posts|tweeted|tweets|promised|promises|promising",
  "pledged|pledges|pledging|vowed|vows|vowing|predicted|predicts|revealed|reveals|suggested|suggests|indicated|indicates",
  "agreed|agrees|concluded|concludes|recalled|recalls|remarked|remarks|observed|replied|replies|responded|responds",
  "answered|answers|continued|continues|commented|comments|believes|believed|hopes|hoped|expects|expected",
  "testified|testifies|testifying|reads|ruled|rules|ruling|demanded|demands|urged|urges|found|finds|estimated|estimates",
  "alleged|alleges|alleging|contended|contends|disclosed|discloses|complained|complains|lamented|laments|countered|counters",
  "cautioned|cautions|cautioning|boasted|boasts|reported|reports|forecast|forecasts|reacted|reacts",
  "laughed|laughs|joked|jokes|quipped|quips",
].join("|");
const ALL_VERBS = `${SAY}|${TELL}|${QUESTION}|${OTHER}`;

/** Any attribution verb as a whole word, with "pointed out" as the one two-word verb. */
export const ATTRIBUTION_VERB = new RegExp(`\\b(?:${ALL_VERBS}|pointed out|points out|pointing out)\\b`, "giu");
const SAY_VERB = new RegExp(`^(?:${SAY})$`, "iu");
const TELL_VERB = new RegExp(`^(?:${TELL})$`, "iu");
const QUESTION_VERB = new RegExp(`^(?:${QUESTION})$`, "iu");
/** Verbs that can carry a statement placed before them: "The deal is close, the minister said." */
const TRAILING_VERB = new RegExp(`^(?:${SAY}|${TELL}|added|adds|noted|notes|stressed|wrote|writes|posted|tweeted|explained|insisted|argued|claimed|announced|stated|testified|reads|confirmed|confirms|acknowledged|admitted|conceded|reported|reports)$`, "iu");

/** Verbs that name what someone said: "called it “revanchist”", "described as a “subsidy race”", "accused … of", "hailed … as", "dismissed … as". */
export const NAMING_VERBS = String.raw`call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|term(?:ed|s|ing)|dubb?(?:ed|s|ing)|accus(?:ed|es|ing)|hail(?:ed|s|ing)|denounc(?:ed|es|ing)|dismiss(?:ed|es|ing)`;

export const isSayVerb = (verb: string) => SAY_VERB.test(verb);
export const isTellVerb = (verb: string) => TELL_VERB.test(verb);
export const isQuestionVerb = (verb: string) => QUESTION_VERB.test(verb);
export const isTrailingVerb = (verb: string) => TRAILING_VERB.test(verb);
export const isParticiple = (verb: string) => /ing(?: out)?$/iu.test(verb);

/** "says Trump", "said the foreign minister", "his office said" — not "told a press briefing". */
export function namesSomeone(phrase: string): boolean {
  const text = phrase.trim();
  if (/^\p{Lu}/u.test(text)) return true;
  const words = text.split(/[\s,]+/u);
  const speaks = (word: string) => isTitleWord(word) || ORGANISATION_HEADS.has(word.toLowerCase());
  // "said state Infrastructure and Transport Committee chairman Azlan Hafiz Mohd Yusoff": a role in lowercase, then a name.
  if (/(?:\s\p{Lu}[\p{L}'’.-]*){2,}$/u.test(text) && words.some((word) => /^\p{Ll}/u.test(word) && isTitleHead(word))) return true;
  return /^(?:the|a|an|his|her|its|their)$/iu.test(words[0] ?? "") && words.slice(1, 4).some(speaks);
}

/** Words between a subject and its verb that say nothing about who spoke. */
const FILLER = /(?:\s+(?:has|have|had|also|then|later|again|further|would|will|earlier|previously|reportedly|repeatedly|recently|already|publicly|separately|once|only|now|had|both|himself|herself))+\s*$/iu;
/** "its vice-chancellor has" → "its vice-chancellor": the subject without the words before its verb. */
export function withoutFiller(body: string, span: Span): Span {
  return { start: span.start, end: span.start + body.slice(span.start, span.end).replace(FILLER, "").length };
}

/** "was told", "had been wrongly told", "the expected": not an attribution. */
const PASSIVE_OR_ADJECTIVE = /\b(?:(?:was|were|been|being|is|are|be)(?:\s+(?:\p{L}+ly|often|never|not|also|still|always|sometimes|seldom|already|even|first|later|then|just)){0,2}|the|so-)\s*$/iu;

export type VerbMatch = Span & { verb: string };

/** "bin", "bint", … (names.ts) or "abu" ("father of") just before a word: the word is a name. */
const SON_OR_FATHER_OF = new RegExp(String.raw`(?:^|\s)(?:${[...PATRONYMIC_WORDS.son.inside, ...PATRONYMIC_WORDS.daughter.inside, "abu"].join("|")})\s+$`, "iu");

/** Attribution verbs inside `span`, skipping passives ("was told") and any inside `exclude`. */
export function findVerbs(body: string, span: Span, exclude: Span[] = []): VerbMatch[] {
  const text = body.slice(span.start, span.end);
  const verbs: VerbMatch[] = [];
  for (const match of text.matchAll(ATTRIBUTION_VERB)) {
    const start = span.start + match.index;
    const end = start + match[0].length;
    if (exclude.some((range) => start >= range.start && start < range.end)) continue;
    if (PASSIVE_OR_ADJECTIVE.test(body.slice(Math.max(span.start, start - 24), start))) continue;
    // "Ali bin Said al Siyabi": a capitalised "Said" after "bin" is a father's name.
    if (/^\p{Lu}/u.test(match[0]) && SON_OR_FATHER_OF.test(body.slice(Math.max(span.start, start - 8), start))) continue;
    // "El Hadj Said Hamitouche, 78, said": a capitalised "Said" between capitalised words is a given name.
    if (match[0] === "Said" && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(body.slice(Math.max(span.start, start - 24), start)) && /^\s+\p{Lu}/u.test(body.slice(end, end + 3))) continue;
    verbs.push({ start, end, verb: match[0] });
  }
  return verbs;
}

/** The full stop after a single capital ("U.S.", "J.D.") belongs to initials, not to the end of a sentence; so does Mongolian "Ts." before a name. */
const INITIAL_STOP = new RegExp(String.raw`(?<=(?:^|[^\p{L}])\p{Lu})\.|(?<=(?:^|[^\p{L}])(?:${TWO_LETTER_INITIALS}))\.(?=\s+\p{Lu})`, "gu");

/** "but she did not", "while he declined to": words opening a clause of their own, or saying nothing was said. */
const CLAUSE_OF_ITS_OWN = /^\s*(?:but|and|while|although|though|whereas|yet)\b|\b(?:not|never|declined to|refused to)\s*$/iu;

/** "Col. Ahmed Musa", "Dr. Lee": the full stop of a title written short. */
const TITLE_STOP = /(?<=(?:^|[^\p{L}])(\p{Lu}\p{Ll}{0,4}))\.(?=\s+\p{Lu})/gu;

/** "Evan Kasayulie Sr. said": the full stop of letters after a name, before the verb. */
const POST_NOMINAL_STOP = /(?<=(?:^|[^\p{L}])(\p{Lu}\p{Ll}{0,2}))\.(?=,?\s+\p{Ll})/gu;

/** `text` with the full stops of initials, short titles and "Jr." replaced by a one-dot leader (same length, so offsets hold). */
function maskInitials(text: string): string {
  return text
    .replace(INITIAL_STOP, "\u2024")
    .replace(TITLE_STOP, (stop, word: string) => (isAbbreviatedTitle(word) || isDottedHonorific(word) ? "\u2024" : stop))
    .replace(POST_NOMINAL_STOP, (stop, word: string) => (isPostNominal(word) ? "\u2024" : stop));
}

/** The phrase right after a closing quote mark that names the speaker: ", Blinken said" / ", said the minister" / ", Assistant U.S. Attorney Jane Roe told jurors". */
export function attributionAfter(body: string, from: number, limit: number): (Span & { verb: string }) | null {
  // ''…'': the second apostrophe of a closing pair (quotes.ts) is a space here, offsets unchanged.
  // '“Kapila na mi gisaaran,” (We have been promised so many times) Bacalso said': the reporter's translation in brackets
  // before the attribution is blanked out (same length, so offsets hold).
  const text = maskInitials(body.slice(from, limit))
    .replace(/^'/u, " ")
    .replace(/^(\s*,?\s*)(\([^()]{1,100}\))/u, (_, lead: string, gloss: string) => lead + " ".repeat(gloss.length));
  // 'said Sen. Paolo "Pao" G. Lacsamana', 'said Shernell "Mama Shern" Francis': a nickname in quotation marks inside the name does not end it.
  const inverted = new RegExp(`^\\s*,?\\s*(${ALL_VERBS})\\s+((?:[^.!?;:,"“”«»]|["“]\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}["”](?=\\s+\\p{Lu})){1,100})`, "iu").exec(text);
  if (inverted) {
    const start = from + text.indexOf(inverted[2]!, inverted[0].length - inverted[2]!.length);
    const end = start + inverted[2]!.trimEnd().length;
    // "said the party's spokesman, Yusuf Jere": the name after a description is who it describes.
    const named = /^\s*(?:the|a|an|its|his|her|their)\s[^,]*\p{Ll}[\p{L}'’-]*\s*$/u.test(inverted[2]!)
      ? /^,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?=\s*[,.;!?]|\s*$)/u.exec(text.slice(end - from))
      : null;
    if (named && /\s\p{Lu}[\p{L}'’-]*\s*$/u.test(inverted[2]!)) {
      // "said the vice-governor of Benguela for the Economic Sector, Rosa Maria Kalussi Tchiwale": the role closes on a name of
      // its own, so the speaker is who the appositive names.
      const nameStart = end + named[0].length - named[0].replace(/^,\s*/u, "").length;
      return { start: nameStart, end: end + named[0].length, verb: inverted[1]! };
    }
    return { start, end: end + (named?.[0].length ?? 0), verb: inverted[1]! };
  }
  // "“…,” the press release quoted Alik as saying."
  const quotedAs = /^\s*,?\s*(?:(?:the|a|an|his|her|its|their)\s+[^,.;:"“”]{1,40}?\s+)?(quoted)\s+([^,.;:"“”]{1,60}?)\s+as\s+(?:saying|telling)\b/iu.exec(text);
  if (quotedAs) {
    const start = from + quotedAs[0].indexOf(quotedAs[2]!, quotedAs[0].indexOf(quotedAs[1]!) + quotedAs[1]!.length);
    return { start, end: start + quotedAs[2]!.length, verb: quotedAs[1]! };
  }
  // "“…,” according to a statement from the ministry."
  const according = /^\s*,?\s*(according to)\s+([^.!?;:,"“”«»]{1,100})/iu.exec(text);
  if (according) {
    const start = from + according[0].length - according[2]!.length;
    return { start, end: start + according[2]!.trimEnd().length, verb: according[1]! };
  }
  // "“…,” Justice Ajibade held.": a judge's "held" attributes right after a quote (elsewhere it holds talks and meetings).
  const direct = new RegExp(`^\\s*,?\\s*([^.!?;:"“”«»]{1,120}?)\\s+(${ALL_VERBS}|pointed out|held)\\b`, "iu").exec(text);
  // "…,” but she did not say whether …": a clause of its own after the quote, not its attribution.
  if (!direct || direct[1]!.trim().split(/\s+/).length > 14 || CLAUSE_OF_ITS_OWN.test(direct[1]!)) return null;
  const phrase = direct[1]!.replace(FILLER, "");
  const start = from + direct[0].indexOf(direct[1]!);
  // "“…”, Nodira Qosimova, a deputy of the Legislative Chamber, wrote": the name before the appositive is the subject.
  const named = /^([^,]+),\s*(?:(?:a|an|the|its|his|her|their)\s|\p{Ll})/u.exec(phrase);
  const name = named && PERSON_NAME.test(named[1]!.trim()) ? named[1]!.trimEnd() : phrase;
  return { start, end: start + name.length, verb: direct[2]! };
}

/**
 * "…, stressing that", "… and said": the verb's subject is the sentence's. A finite verb right after a
 * comma is not a second verb: "Boniface Chirwa, a political scientist at the University of Malawi,
 * said" has its own subject before the appositive.
 */
export function sharesSubject(before: string, verb: string): boolean {
  return isParticiple(verb) || /\b(?:and|but)\s*$/iu.test(before);
}

/**
 * The phrase naming the subject of the verb at `verb`, within the sentence from `sentenceStart`.
 * "Trump, a billionaire business tycoon, also said" → "Trump"; "…in a “summit” US President Donald Trump said" →
 * "US President Donald Trump". A participle ("…, stressing that") or a second verb ("… and said") takes the
 * subject of the whole sentence, after any opening phrase such as "During the meeting,", or the subject
 * of an attribution verb before it: "…, she told the BBC, adding that…" → "she", not "the BBC".
 */
export function subjectBefore(body: string, sentenceStart: number, verb: VerbMatch, exclude: Span[] = []): Span {
  const before = body.slice(sentenceStart, verb.start);
  // "…, with Chief Cabinet Secretary Hiroshi Tanabe saying …": the participle's subject follows "with".
  const withSubject = isParticiple(verb.verb) ? /\bwith\s+((?:the\s+|its\s+|his\s+|her\s+)?\p{Lu}[^,;:]{1,80}?)\s*$/u.exec(before) : null;
  if (withSubject) return trimSpan(body, { start: sentenceStart + withSubject.index + withSubject[0].indexOf(withSubject[1]!), end: verb.start });
  if (sharesSubject(before, verb.verb)) {
    const earlier = findVerbs(body, { start: sentenceStart, end: verb.start }, exclude).findLast((candidate) => !isParticiple(candidate.verb));
    if (earlier) return subjectOf(body, sentenceStart, earlier, exclude);
    // "LAGOS, Sept 18 (Reuters) - The Central Bank of Nigeria kept …, saying": the dateline's agency is no subject.
    let offset = DATELINE.exec(before)?.[0].length ?? 0;
    const segments = before.slice(offset).split(/(?<=,)/u);
    for (const segment of segments) {
      if (!/^\s*(?:in|on|at|during|after|before|despite|following|last|earlier|later|meanwhile|however|since|while|although|as|when|speaking|according)\b/iu.test(segment)) break;
      offset += segment.length;
    }
    // "Beijing, which faces the same tariffs, said", "Hanbit, which is majority-owned by the Daesan Group, apologised
    // and said": the subject is what comes before its relative clause or appositive.
    const described = /^[^,]+(?=,\s*(?:who|which|a|an|the)\b[^,]*,)/iu.exec(before.slice(offset));
    const relative = /,\s*(?:who|which|whose)\b[^,]*,\s*$/iu.exec(before.slice(offset));
    // "He directed all members to stay away and warned that …": a pronoun opening the sentence is the subject of both verbs.
    const pronoun = /^\s*(?:he|she|it|they|we)(?=\s+\p{Ll})/iu.exec(before.slice(offset));
    return { start: sentenceStart + offset, end: sentenceStart + offset + (described?.[0].length ?? relative?.index ?? pronoun?.[0].length ?? verb.start - sentenceStart - offset) };
  }
  // "Sen. Richard Hale (R-Ky.) called": words in brackets after the subject say something about it (an acronym
  // in brackets stays: it names the subject, speakers.ts).
  // "Rep. Tom Alvarado (R-Texas), chairman of …,": a party and state in brackets is blanked out (same length, so offsets hold).
  // "Nouadhibou, 15/09/2026 (AMI) - The Minister …, Mr. …, announced": a dateline's commas and brackets cut no phrase.
  const dateline = DATELINE.exec(before)?.[0].length ?? 0;
  const trimmed = (" ".repeat(dateline) + before.slice(dateline))
    .replace(FILLER, "")
    // 'the Hospital for Active Treatment "Sveta Petka" in Vidin', 'the opposition "We Continue the Change" (PP)': a name in
    // quotation marks cuts no phrase (its marks become spaces).
    .replace(/(?<=\s)["“]\p{Lu}[^"“”,.;:]{0,40}["”](?=[\s,])/gu, (name) => ` ${name.slice(1, -1)} `)
    .replace(/\s*\((?!\p{Lu}[\p{L}&]{1,9}\))[^()]{1,40}\)\s*$/u, "")
    // "Madalena Chipango, a 46-year-old zungueira (street vendor) who …, said": a gloss in brackets cuts nothing.
    .replace(/\(\p{Ll}[^()]{0,30}\)(?=\s+\p{Ll}|,)/gu, (gloss) => ` ${gloss.slice(1, -1)} `)
    .replace(/\([^()]{1,20}\)/gu, (bracket) => (PARTY_TAG.test(bracket) ? " ".repeat(bracket.length) : bracket))
    // "José Luis Aguirre Salas, director of the Mexico City Water System (Sacmex), said", "Piotr Sędziak of the Polish Smog
    // Alert (PAS) campaign group told": a body's short name inside an appositive or an "of the …" names the body the
    // speaker works for, not the speaker; blanked out too.
    // "Rosli Awang of Perikatan Nasional (PN) said": so is a party's after "of".
    .replace(/(?<=(?:,|\b(?:of|from|at|with)\s+(?:the\s)?)[^,]*)\(\p{Lu}[^()]{1,24}\)(?=\s*,|\s+\p{L}|\s*$)/gu, (bracket) => " ".repeat(bracket.length));
  // "about 3,400 customers": a comma between digits cuts nothing.
  const cuts = [dateline, ...[...trimmed.matchAll(/(?<!\d),|,(?!\d)|[;:—–"“”«»(]/gu)].map((match) => match.index + 1)];
  const pieceAt = (index: number) => trimSpan(body, { start: sentenceStart + cuts[index]!, end: sentenceStart + (cuts[index + 1] ?? trimmed.length + 1) - 1 });
  let trailingComma = false;
  for (let index = cuts.length - 1; index >= 0; index--) {
    const piece = pieceAt(index);
    const text = body.slice(piece.start, piece.end);
    if (!text) {
      trailingComma = true;
      continue;
    }
    // "a report by Danish broadcaster DR, which said": the relative pronoun is the verb's subject, and stands
    // for the noun phrase closing the words before it.
    // "Eirlys Parry, 78, churchwarden at St Tysilio’s, said": an age after a name is no subject.
    // "Sen. Dana Whitfield, D-Ore., who …, told", "Roger Kessler, R-Ky., on Wednesday accused": a party and state, or
    // when and how it was said, between commas is no subject either.
    // The comma after such words closes them, not an appositive ("farmer Abdulrahman al-Jassem, 54, said").
    // "Vernon Kills Enemy, 71, of Kyle, who …, said": so is where they are from.
    if (index > 0 && (/^\d{1,3}$/u.test(text) || PARTY_TAG.test(text) || CIRCUMSTANCE.test(text) || /^(?:of|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(text))) {
      trailingComma = false;
      continue;
    }
    // "Fr. Petelo Sapolu, SM, a Samoan Marist priest …, told": letters after a name between commas (an order's, an honour's).
    if (index > 0 && /^\p{Lu}{2,4}$/u.test(text) && PERSON_NAME.test(body.slice(pieceAt(index - 1).start, pieceAt(index - 1).end))) continue;
    // "Tomasz Ślęzak, an MP from the Polish People's Party (PSL), which is part of the ruling coalition, told": an
    // appositive that describes someone ("a …", "an …") is not the subject, whatever clause follows it.
    // "Branislav Kovačević, from the Green-Left Front, ZLF, said": so is where they come from, and its short name.
    // "Sophie Marchand-Lefort, secretary general of the CFDT, France's largest union, told": and so is their office, written lowercase.
    const describes = /^(?:(?:a|an)\s+\p{Ll}|(?:from|of)\s+the\s)/u.test(text) || (/^\p{Ll}/u.test(text) && isTitleHead(text.split(/\s+/u)[0]!));
    // "Electrical engineer Nelson Hidalgo Rincón, a former manager at Enelven, …": the words before may describe the person too.
    if (index > 0 && describes && ENDS_IN_NAME.test(body.slice(pieceAt(index - 1).start, pieceAt(index - 1).end))) continue;
    if (index > 1 && /^\p{Lu}{2,8}$/u.test(text) && /^(?:from|of)\s+the\s/u.test(body.slice(pieceAt(index - 1).start, pieceAt(index - 1).end)) && PERSON_NAME.test(body.slice(pieceAt(index - 2).start, pieceAt(index - 2).end))) continue;
    // "The vessel's owners, through their attorney Ephraim N. Sigrah, said": the one they speak through.
    const through = /^(?:through|via)\s+(?:their|its|his|her|the)\s+(?:\p{Ll}+\s+){1,3}(?=\p{Lu})/u.exec(text);
    if (index > 0 && through && PERSON_NAME.test(text.slice(through[0].length))) return { start: piece.start + through[0].length, end: piece.end };
    // "Mary Ann Bighorse-Pratt, 71, of Hominy, who said": the name before an age and where the person is from.
    let owner = index - 1;
    while (owner > 0 && /^(?:\d{1,3}|(?:of|from)\s+\p{Lu}[^,]*)$/u.test(body.slice(pieceAt(owner).start, pieceAt(owner).end))) owner--;
    const named = index > 0 && /^(?:who|which)$/iu.test(text) ? nameBefore(body, sentenceStart + cuts[owner]!, sentenceStart + cuts[owner + 1]! - 1) : null;
    if (named) return named;
    // "Trump, a billionaire business tycoon, also said", "The FNSEA, France's largest farm union, said": the
    // appositive is not the subject; nor is a relative clause ("Thames Water, which serves 16 million people,
    // said"). After a description the appositive names the subject: "the party's spokesman, Yusuf Jere,".
    if (index > 0 && (trailingComma || /^(?:who|which|whose)\b/iu.test(text))) {
      const head = pieceAt(index - 1);
      const headText = body.slice(head.start, head.end);
      // Not after a relative clause: "X, which will take over its smaller neighbour, Y Trust, said" is X's.
      // "the Commissioner for Education, Science and Technology, Dr. X,": a role whose name runs over commas.
      const roleBefore = (at: number): boolean => at >= 0 && at >= index - 4 && (isRoleOf(body.slice(pieceAt(at).start, pieceAt(at).end), at === 0) || (/^\p{Lu}/u.test(body.slice(pieceAt(at).start, pieceAt(at).end)) && roleBefore(at - 1)));
      const described = /(?:^|\s)\p{Ll}[^\s]*$/u.test(headText) || roleBefore(index - 1);
      // "…, consellera general Laia Moliné Travesset,": a lowercase title before the name too.
      if (trailingComma && !/^(?:who|which)\b/iu.test(text) && (/^\p{Lu}/u.test(text) || TITLED_NAME.test(text)) && described && !/^(?:who|which)\b/iu.test(headText)) {
        return piece;
      }
      trailingComma = false;
      continue;
    }
    return piece;
  }
  return { start: sentenceStart, end: verb.start };
}

/** "Dr Mohamed Ezz", "Tomasz Ślęzak", "Pieter du Plessis": capitalised words, and particles between them, only. */
const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|da|di|du|dos|das|van|von|der|bin|binti|binte|al|el|la|le)?\s*\p{Lu}[\p{L}.'’-]*)+$/u;

/** "Electrical engineer Nelson Hidalgo Rincón": a name of two words or more closing the words, what comes before it lowercase. */
const ENDS_IN_NAME = new RegExp(String.raw`(?:^|(?<=^|\s)\p{Ll}[\p{L}-]*\s+)${PERSON_NAME.source.slice(1)}`, "u");

/**
 * "consellera general Laia Moliné Travesset", "former Collingwood assistant Jess McAuliffe": up to three words of a title,
 * the first in lowercase, then a name.
 */
const TITLED_NAME = new RegExp(String.raw`^(?=\p{Ll})(?:(?!(?:to|of|on|in|at|for|from|with|by|the|a|an|is|was|who|whose|which)\s)[\p{L}-]+\s+){1,3}${PERSON_NAME.source.slice(1)}`, "u");

/** "on Wednesday", "in a statement", "last week": when or how something was said, never who said it. */
const CIRCUMSTANCE = /^(?:on\s+\p{Lu}\p{Ll}+day|(?:last|this|earlier|later)\s+(?:week|month|year|night|morning|afternoon|evening)|yesterday|today|in\s+(?:a|an)\s+(?:statement|interview|letter|post|speech|video|email))$/u;

/** "the state chairman of the Nigeria Labour Congress", "The Commissioner for Information": a role, whoever the appositive after it names. */
function isRoleOf(text: string, opensSubject = false): boolean {
  // "the People’s National Party (PNP) Member of Parliament for …": a bracketed acronym is no word of the role.
  const words = text.replace(/^(?:but|and|yet|so)\s+/iu, "").replace(/\s+\(\p{Lu}{2,8}\)/gu, "").split(/\s+/u);
  // "Sumar’s spokesperson in Congress, Lucía Herrera Campos,": a body's role, the body named by its possessive.
  // "Member for North Tarawa, Hon. Ioteba Redfern,": a title hanging on what it is for.
  if (words.length >= 3 && isTitleHead(words[0]!) && !isHonorific(words[0]!) && /^(?:for|of)$/u.test(words[1]!)) return true;
  // "Chief Medical Officer, Dr. Lorna Meade-Riley,": a capitalised title of its own words only.
  if (words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word) && (isTitleWord(word) || /^\p{Lu}\p{Ll}+$/u.test(word))) && isTitleHead(words.at(-1)!) && !isHonorific(words.at(-1)!)) return true;
  // "Her Excellency the Governor, Catherine Wells,".
  // "A marine scientist at the State University of Zanzibar (SUZA), Dr Fatma Said Ali,": so does someone's role opening the
  // sentence ("Besnik Rama, a researcher at the Kosovo Democratic Institute, KDI," describes the name before it).
  const opening = /^(?:The|Its|Their|His|Her|Our|A|An)$/u.test(words[0]!) ? words[0]!.toLowerCase() : words[0]!;
  if (/^(?:a|an)$/u.test(opening) && !opensSubject) return false;
  return /^(?:the|its|their|his|her|our|a|an|\p{Lu}[\p{L}-]*['’]s)$/u.test(opening) && words.slice(1, 5).some((word) => isTitleHead(word.replace(/['’]s$/u, "")) && !isHonorific(word));
}

/** "after a report by Danish broadcaster DR" → "DR": the capitalised name closing the words, if they close with one. */
function nameBefore(body: string, start: number, end: number): Span | null {
  const name = /(?:^|\s)(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|for|the|\p{Lu}[\p{L}.'’-]*)){0,5})\s*$/u.exec(body.slice(start, end));
  return name ? trimSpan(body, { start: start + name.index + name[0].indexOf(name[1]!), end }) : null;
}

/** The subject of an earlier attribution verb: "she told the BBC" → "she"; "…, said Ana Ruiz, adding" → "Ana Ruiz". */
function subjectOf(body: string, sentenceStart: number, verb: VerbMatch, exclude: Span[]): Span {
  const after = body.slice(verb.end);
  const phrase = trimSpan(body, { start: verb.end, end: verb.end + (/[,;:.!?]/u.exec(after)?.index ?? after.length) });
  const inverted = /,\s*$/u.test(body.slice(sentenceStart, verb.start)) && namesSomeone(body.slice(phrase.start, phrase.end));
  return inverted ? phrase : subjectBefore(body, sentenceStart, verb, exclude);
}
