/**
 * Turns the phrase that names a speaker into a name and a title:
 * - a name ("Blinken", "US Secretary of State Antony Blinken") → the person as first named in the
 *   article, with the first title the article gives them;
 * - "X's spokesman" → X resolved the same way (the statement is made on X's behalf);
 * - "a spokesperson for/of X", "an official from X", "scientists at X" (no one named) → X resolved the same way, or else,
 *   when X is a named body the roster does not know ("the French delegation"), X itself as an
 *   organisation without its determiner ("French delegation"); lowercase bodies give none unless their last
 *   word is an organisation's ("the national water ministry", not "the family");
 * - he/she → the nearest compatible person before it (pronouns.ts): the last person who spoke, or else the
 *   last person named; with none compatible, no speaker; "it" → the last body that spoke;
 * - "the statement", "the letter" → whoever the article said issued it (documents.ts), else the last
 *   speaker; "a statement by X", "the statement issued by X" → X;
 * - a title ("the president", "the Azerbaijan president") → the last person named with a title
 *   sharing those words; "the ministry", "the city" → the last organisation named with that word; "the
 *   company" (or firm, carrier…) → else the last organisation named by a name of its own ("Intel");
 * - a role with no title to match ("the envoy") → the last speaker; before any name at all
 *   (a headline: "…, envoy says") → the first person named after it;
 * - a name after a description ("the tenants' union ACORN", "the industry body UK Steel") → that name;
 * - a body's short name ("Hanbit" after "online retailer Hanbit Mall") → the name the article first gave it,
 *   for "the company" too;
 * - a country or its capital alone ("the U.K.", "Britain", "Moscow") → that name, without "the"; a place
 *   only when it is the whole subject ("Armenia said"), never from a possessive or an object ("Armenia's
 *   revengeful tendencies", "talks with Armenia");
 * - a person's affiliation is the organisation their title names (affiliation.ts): "State Department
 *   spokesperson Matthew Miller" → Matthew Miller, for the State Department;
 * - a name's lowercase body ("the Western Cape's environment department") → "Western Cape environment
 *   department", unless the name is a person's;
 * - a country, written any way, before an institution ("The U.S. Treasury", "the UK government", "the
 *   U.S. Attorney's Office", "the German Finance Ministry") → the whole name without "the": the
 *   institution is the last word of an organisation ("government", "office", "ministry"…) or a
 *   capitalised name with no title or person in it; "the UK trade secretary" and "US officials" are not;
 * - anything else ("the two countries", "officials") → no speaker.
 */
import { affiliationOf } from "./affiliation.ts";
import { countryKey } from "./countries.ts";
import { DOCUMENT_NOUNS, issuerOf } from "./documents.ts";
import { fullNameIn } from "./full-name.ts";
import { foldName, lastWord } from "./names.ts";
import { fitsPronoun, isPronoun, type Pronoun } from "./pronouns.ts";
import type { Span } from "./schema.ts";
import { COMPANY_NOUNS, isLegalForm, LEGAL_FORMS, ORGANISATION_HEADS, type Mention, type Roster } from "./entities.ts";
import type { Sentence, Term } from "./text.ts";
import { expandTitle, isDescriptor, isDottedHonorific, isTitleHead, isTitleWord } from "./titles.ts";

/** `affiliation`: the organisation a person speaks for; `kind`: a person, or a body (organisation, country, place). */
export type Speaker = { name: string; title: string | null; affiliation: string | null; kind: "person" | "body" };

export type SpeakerContext = {
  body: string;
  roster: Roster;
  sentences: Sentence[];
  terms: Term[];
  /** Spans inside quotation marks: names there are quoted words, not the writer's references. */
  quoted: Span[];
  /** Speakers resolved so far, in text order. */
  history: Speaker[];
};

/** "the ministry's spokesman", "Biden's press secretary", "the ministry's statement": the statement is made for the owner. */
const OWNER = new RegExp(String.raw`^(.+?)['’]s\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|secretary|office|aide|representative|envoy|adviser|advisor|${DOCUMENT_NOUNS})$`, "iu");
/** "An audit by the Office of the Auditor General (OAG) found that …": whoever made the finding. */
const FINDING_NOUNS = "audit|report|study|review|survey|analysis|investigation|inquiry|assessment";
/** "a spokesperson for the French delegation", "an official from the ministry", "a statement issued by the ministry". */
const ON_BEHALF_OF = new RegExp(
  String.raw`^(?:a|an|the)\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|representative|official|aide|${DOCUMENT_NOUNS}|${FINDING_NOUNS})(?:\s+(?:issued|released|published|signed|posted))?\s+(?:for|of|from|at|with|by)\s+(.{2,80})$`,
  "iu",
);
/** "Scientists at the Universidad de Chile", "analysts from the central bank": people speaking from a body. */
const STAFF_OF = /^(?:\p{L}+\s+)?(?:scientists|researchers|economists|analysts|experts|officials|doctors|engineers|academics|lawyers|staff)\s+(?:at|from|with|of)\s+(.{2,80})$/iu;
/** "the organisation said", "the body said", "the agency said": whichever organisation the article named last (unless one has the word in its name). */
const GENERIC_BODIES = new Set(["organisation", "organization", "body", "agency"]);
const DOCUMENT = new RegExp(`^(?:${DOCUMENT_NOUNS})$`, "iu");
const DETERMINER = /^(?:the|a|an|its|his|her|their|our)\s+/iu;
/** "the tenants' union ACORN", "the industry body UK Steel", "Danish drugmaker Novacor" — not "the talks in Geneva". */
const DESCRIBED_NAME = /^(?:(?:[Tt]he|[Aa]n?)\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll}))(?:(?!(?:of|for|in|at|on|from|with|to|by|and)\s)[\p{Ll}'’-]+\s+){1,4}$/u;
/**
 * "the Brussels public transport company STIB", "The Flemish bus company De Lijn", "The Beira-based environmental association
 * Mangal Vivo": a place or an adjective before the description, only for a name that closes the phrase — "the Waal en Linge
 * water board" is one name.
 */
const PLACE_DESCRIBED_NAME = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+){1,2}(?:(?!(?:of|for|in|at|on|from|with|to|by|and)\s)\p{Ll}[\p{Ll}'’-]*\s+){1,4}$/u;
/** A name introduced by what it is, closing the phrase (`end`) or anywhere in it. */
const describedAs = (before: string, closes: boolean) => DESCRIBED_NAME.test(before) || (closes && PLACE_DESCRIBED_NAME.test(before));

/** "The U.S. Treasury", "the UK government", "the U.S. Attorney's Office" → "U.S. Treasury", "UK government", "U.S. Attorney's Office". */
function countryInstitution(context: SpeakerContext, phrase: Span, text: string): string | null {
  const name = text.replace(DETERMINER, "");
  const words = name.split(/\s+/u);
  const size = [3, 2, 1].find((count) => words.length > count && countryKey(words.slice(0, count).join(" ")) !== null);
  // "The Haute-Garonne prefecture": a place named before a body's head, as a country is.
  const place = context.roster.mentions.find((mention) => mention.kind === "place" && name.startsWith(`${context.body.slice(mention.start, mention.end)} `) && mention.start >= phrase.start && mention.end <= phrase.end);
  if (size === undefined) {
    const rest = place ? words.slice(place.name.split(/\s+/u).length) : [];
    return rest.length > 0 && rest.length <= 3 && ORGANISATION_HEADS.has(foldName(rest.at(-1)!)) ? name : null;
  }
  if (words.length > size + 4) return null;
  const rest = words.slice(size).map((word) => word.replace(/['’]s$/u, ""));
  if (ORGANISATION_HEADS.has(foldName(rest.at(-1)!))) {
    // "Malawi's electoral commission" is the "Malawi Electoral Commission" the article names.
    const plain = foldName(name.replace(/['’]s(?=\s)/u, ""));
    return context.roster.mentions.find((mention) => mention.kind === "organisation" && foldName(mention.name) === plain)?.name ?? name;
  }
  const person = context.roster.mentions.some((mention) => mention.kind === "person" && mention.start >= phrase.start && mention.end <= phrase.end);
  return rest.every((word) => /^\p{Lu}/u.test(word) && !isTitleWord(word)) && !person ? name : null;
}

/** "the Western Cape's environment department" → "Western Cape environment department": a body its owner names, not a person's. */
const OWNED_BODY = /^((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}+))$/u;

function ownedBody(context: SpeakerContext, phrase: Span, text: string): string | null {
  const owned = OWNED_BODY.exec(text.replace(DETERMINER, ""));
  if (!owned || !ORGANISATION_HEADS.has(owned[3]!)) return null;
  const person = context.roster.mentions.some((mention) => mention.kind === "person" && mention.start >= phrase.start && mention.end <= phrase.end);
  return person ? null : `${owned[1]} ${owned[2]}`;
}

function stem(word: string): string {
  return foldName(word).replace(/['’]s$/u, "").slice(0, 6);
}

function outsideQuotes(context: SpeakerContext, mention: Span): boolean {
  return !context.quoted.some((span) => mention.start >= span.start && mention.end <= span.end);
}

/** "Whitcomb's", and a plural's "The Jaguars' Marcus Williams". */
function isPossessive(body: string, mention: Mention): boolean {
  const after = body.slice(mention.end, mention.end + 3);
  return /^['’]s\b/u.test(after) || (/s$/u.test(mention.name) && /^['’]\s/u.test(after));
}

const bodyNamed = (name: string): Speaker => ({ name, title: null, affiliation: null, kind: "body" });

function person(name: string, title: string | null): Speaker {
  return { name, title, affiliation: title ? affiliationOf(title) : null, kind: "person" };
}

/** "Hanbit" after "online retailer Hanbit Mall": a body's short name stands for the name the article first gave it. */
function fullName(context: SpeakerContext, mention: Mention): string {
  const full = context.roster.mentions.find(
    (candidate) => (candidate.kind === "organisation" || candidate.kind === "other") && candidate.end <= mention.start && foldName(candidate.name).startsWith(`${foldName(mention.name)} `),
  );
  return full?.name ?? mention.name;
}

function fromMention(context: SpeakerContext, mention: Mention): Speaker {
  // "Garda Fahy" after "Garda Niamh Fahy": a rank that also opens a body's name ("Garda Síochána"), before a known surname.
  const [rank, ...surname] = mention.name.split(/\s+/u);
  const ranked = mention.kind === "organisation" && surname.length === 1 && isTitleWord(rank!) ? context.roster.person(surname[0]!) : null;
  if (ranked?.name.includes(" ")) return person(ranked.name, ranked.title);
  // "the CoP said" after "Commissioner of Police (CoP) Kerwin Baptiste": a title's acronym is the person holding it.
  if (mention.kind === "organisation") {
    const holder = context.roster.mentions.find((candidate) => candidate.kind === "person" && candidate.title === mention.name && candidate.start < mention.start);
    if (holder) return fromMention(context, holder);
  }
  // "The Commission said" after "the European Commission": the body as the article first named it.
  if (mention.kind === "organisation" && !mention.name.includes(" ") && ORGANISATION_HEADS.has(foldName(mention.name))) {
    const fuller = context.roster.mentions.findLast(
      (candidate) => candidate.kind === "organisation" && candidate.end <= mention.start && candidate.name.includes(" ") && foldName(lastWord(candidate.name)) === foldName(mention.name),
    );
    if (fuller) return bodyNamed(fuller.name);
  }
  if (mention.kind === "organisation" || mention.kind === "other") {
    const full = fullName(context, mention);
    if (full !== mention.name) return bodyNamed(full);
    // "Health NZ" after "Health New Zealand": a name whose last words the article shortened to their initials.
    const words = mention.name.split(/\s+/u);
    const [stem, letters] = [words.slice(0, -1).join(" "), words.at(-1)!];
    const initials = (name: string) => name.split(/\s+/u).map((word) => word[0]).join("");
    const spelled =
      words.length >= 2 && /^\p{Lu}{2,5}$/u.test(letters)
        ? context.roster.mentions.find((candidate) => candidate.end <= mention.start && candidate.name.startsWith(`${stem} `) && initials(candidate.name.slice(stem.length + 1)) === letters)
        : undefined;
    if (spelled) return bodyNamed(spelled.name);
  }
  // "Hidalgo said" after "Nelson Hidalgo Rincón": a place's name that is the surname of someone the article named is theirs.
  const bearer = mention.kind === "place" && countryKey(mention.name) === null ? context.roster.person(mention.name) : null;
  if (bearer?.name.includes(" ")) return person(bearer.name, bearer.title);
  if (mention.kind === "organisation" || mention.kind === "place") return bodyNamed(mention.name);
  const known = context.roster.person(mention.name);
  // "Liam’s mother, Joanne Costello," after "Liam Costello": a first name that is no part of the known name is another
  // person of that surname ("García de la Fuente" is María José García de la Fuente; "K. Palaniswami" is an initial's).
  // "Ro Alipate" is Ro Alipate Bulivou: an honorific opens no name.
  // "Garda Fahy" after "Garda Niamh Fahy": nor does a rank.
  const opening = mention.name.split(/\s+/u).find((word, index) => index > 0 || !(isDottedHonorific(word) || isTitleWord(word))) ?? "";
  const someoneElse =
    known !== null && mention.name.includes(" ") && !/^\p{Lu}\.?$/u.test(opening) && !known.name.split(/\s+/u).some((word) => foldName(word) === foldName(opening));
  if (!known || someoneElse || (mention.name.includes(" ") && foldName(known.name) !== foldName(mention.name) && !known.name.includes(" "))) {
    return person(inFull(context, mention.name), mention.title);
  }
  return person(known.name.includes(" ") ? known.name : inFull(context, known.name), known.title ?? mention.title);
}

const inFull = (context: SpeakerContext, name: string) => fullNameIn(context.body, context.terms, context.quoted, name) ?? name;

/** A role with no title to match ("the envoy"): the last person who spoke, or else the last person named. */
function lastSpeakerOrPerson(context: SpeakerContext, position: number): Speaker | null {
  const speaker = context.history.findLast((candidate) => candidate.kind === "person");
  if (speaker) return speaker;
  const mention = context.roster.mentions.findLast(
    (candidate) => candidate.kind === "person" && candidate.end <= position && outsideQuotes(context, candidate),
  );
  return mention ? fromMention(context, mention) : null;
}

/** "The Supreme Court has narrowed …, when it ruled that …": "it" is the organisation its own sentence named before it. */
function organisationEarlierInSentence(context: SpeakerContext, position: number): Speaker | null {
  const sentence = context.sentences.find((candidate) => candidate.start <= position && position < candidate.end);
  const mention = sentence && context.roster.mentions.findLast(
    (candidate) => candidate.kind === "organisation" && candidate.start >= sentence.start && candidate.end <= position && outsideQuotes(context, candidate),
  );
  return mention ? bodyNamed(mention.name) : null;
}

/**
 * "Pruitt pleaded guilty … He told jurors …": a pronoun opening its sentence is the person who opened the sentence
 * before; "The Consejo …, which represents 18 communities, filed the complaint. It said …": "it", the organisation.
 */
function subjectOfSentenceBefore(context: SpeakerContext, position: number, fits: (name: string) => boolean, kind: Mention["kind"] = "person"): Speaker | null {
  const opening = openingOfSentenceBefore(context, position);
  if (!opening) return null;
  const at = (start: number) =>
    context.roster.mentions.find((candidate) => candidate.start === start && (candidate.kind === kind || candidate.office) && !isPossessive(context.body, candidate));
  // "For Ni Ketut Sukarmi, 52, …, the closure is personal.", "According to marine biologist Dr Agathe Pastor-Giordan of the
  // Scientific Centre of Monaco (CSM), the meadows can recover": the person the sentence is about, or has speak.
  const about = /^(?:For|According to)\s+[^,]{1,100}/u.exec(opening.text);
  const topic =
    about && kind === "person"
      ? context.roster.mentions.find(
          (candidate) =>
            candidate.start >= opening.start &&
            candidate.end <= opening.start + about[0].length &&
            (candidate.kind === "person" || (candidate.kind === "other" && candidate.name.includes(" "))),
        )
      : undefined;
  // "Kendra Doucette’s 78-year-old father waited …" then "“…,” she said": the person whose relative the sentence is about.
  const relative = context.roster.mentions.find(
    (candidate) => candidate.start === opening.start && candidate.kind === "person" && RELATIVE_AFTER.test(context.body.slice(candidate.end, candidate.end + 60)),
  );
  const mention = at(opening.start) ?? topic ?? relative;
  // "Rangbah Shnong of Nongkwar, Wanbok Syiemlieh, said …": an office opening the sentence is whoever holds it.
  if (mention?.office) return kind === "person" ? officeHolder(context, mention) : null;
  if (mention && fits(mention.name)) return fromMention(context, mention);
  const described = kind === "person" && !mention ? personClosingSubject(context, opening.start) : undefined;
  return described && fits(described.name) ? fromMention(context, described) : null;
}

/**
 * "An elderly yam seller, Opanin Kwasi Mensah, 74, was more blunt.", "The Kyidomhene of Adum, Nana Agyeman Badu Kwarteng II,
 * who …", "Bulawayo Progressive Residents Association (BPRA) coordinator Mr Bekezela Sithole accused …": the person a
 * description or a body's role opening the sentence names, before its verb.
 */
const RELATIVE_AFTER = /^['’]s\s+(?:[\p{L}\d-]+\s+){0,2}(?:father|mother|son|daughter|husband|wife|brother|sister|child|children|grandson|granddaughter|grandmother|grandfather|partner|parents|family)\b/u;

function personClosingSubject(context: SpeakerContext, start: number): Mention | undefined {
  const sentence = context.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  const verb = context.terms.find((term) => term.start >= start && term.start < (sentence?.end ?? start) && (term.tags.has("Verb") || term.tags.has("Modal")) && !term.tags.has("Adjective"));
  const end = verb?.start ?? sentence?.end ?? start;
  return context.roster.mentions.find(
    (candidate) =>
      candidate.start > start &&
      candidate.end <= end &&
      candidate.kind === "person" &&
      candidate.name.includes(" ") &&
      !/\b(?:in|at|from|and|or|to|near)\s+$/iu.test(context.body.slice(start, candidate.start)) &&
      outsideQuotes(context, candidate) &&
      !isPossessive(context.body, candidate),
  );
}

/**
 * Where the subject of the sentence before a pronoun's starts, when the pronoun (or the quote it closes) opens its sentence:
 * "Pruitt pleaded guilty … He told jurors …".
 */
function openingOfSentenceBefore(context: SpeakerContext, position: number): { start: number; text: string } | null {
  // "Williams spoke to reporters. “I love this city. …,” he said.": after a quote opening its sentence too (from the
  // sentence the quote opens), when the sentence before is the writer's own in the same paragraph.
  const quote = context.quoted.find((span) => span.end <= position && /^[,.!?]?["”’]?,?\s*$/u.test(context.body.slice(span.end, position)));
  const from = quote?.start ?? position;
  const here = context.sentences.findIndex((candidate) => candidate.start <= from && from < candidate.end);
  const sentence = context.sentences[here];
  const previous = context.sentences[here - 1];
  if (!sentence || !previous) return null;
  const text = context.body.slice(previous.start, previous.end);
  const before = context.body.slice(sentence.start, from);
  const afterQuote = quote !== undefined && /^\s*["“‘]?$/u.test(before) && sentence.paragraph - previous.paragraph <= 1 && !/["“”]/u.test(text);
  if (context.body.slice(sentence.start, position).trim() !== "" && !afterQuote) return null;
  const opening = openingOf(context, here - 1);
  // "For Pat Considine from Caherdavin, the figures are not abstract. His mother, aged 87, spent 41 hours on a trolley.": a
  // sentence about someone's relative continues the sentence before it in its paragraph.
  const before2 = context.sentences[here - 2];
  return /^(?:His|Her)\s/u.test(opening.text) && before2?.paragraph === previous.paragraph ? openingOf(context, here - 2) : opening;
}

/**
 * Where a sentence's subject starts: "In her speech, Dr Yong said …", "Meanwhile, when met by reporters at the event, Tuai
 * Rumah Jenang ak Limbang … said …": after when and where it spoke, and after "the".
 */
function openingOf(context: SpeakerContext, index: number): { start: number; text: string } {
  const sentence = context.sentences[index]!;
  const text = context.body.slice(sentence.start, sentence.end);
  const lead = ADVERBIAL_LEAD.exec(text)?.[0].length ?? text.length - text.trimStart().length;
  const start = sentence.start + lead + (/^the\s+/iu.exec(text.slice(lead))?.[0].length ?? 0);
  return { start, text: context.body.slice(start, sentence.end) };
}

/**
 * "In Kabkabiya locality, a farmer told Radio Dabanga that …", "A contractor from Doimukh, who did not wish to be named,
 * said …": someone unnamed opens the sentence before the pronoun, and the sentence names no one.
 */
function unnamedSubjectBefore(context: SpeakerContext, position: number): boolean {
  const opening = openingOfSentenceBefore(context, position);
  if (opening === null || !/^(?:a|an|one)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}\p{Ll}[\p{L}-]*(?=,|\s+(?:who|from|in|told|said|says|added|explained)\b)/iu.test(opening.text)) return false;
  const end = opening.start + opening.text.length;
  return !context.roster.mentions.some((mention) => mention.kind === "person" && mention.start >= opening.start && mention.end <= end);
}

const ADVERBIAL_LEAD = /^\s*(?:(?:In|At|On|During|After|Before|Speaking|Meanwhile|However|Later|Earlier|Separately|Closing|Opening|Addressing|Responding|Following|Asked|when|while|after|before|speaking|addressing)\b[^,.;:"“”]{0,120},\s*)+/u;

/** "he said", "she added". */
function byPronoun(context: SpeakerContext, pronoun: Pronoun, position: number): Speaker | null {
  const fits = (name: string) => fitsPronoun(context.roster, pronoun, name);
  const opener = subjectOfSentenceBefore(context, position, fits);
  if (opener) return opener;
  if (unnamedSubjectBefore(context, position)) return null;
  // "For Ana Paula Gomes, a cleaner, the tranche cannot come soon enough. “…,” she said.": the one person her paragraph names
  // before the pronoun, rather than an earlier speaker.
  const paragraph = context.sentences.find((candidate) => candidate.start <= position && position < candidate.end)?.paragraph;
  const inParagraph = context.roster.mentions.filter(
    (candidate) =>
      candidate.kind === "person" &&
      candidate.end <= position &&
      context.sentences.find((sentence) => sentence.start <= candidate.start && candidate.start < sentence.end)?.paragraph === paragraph &&
      outsideQuotes(context, candidate) &&
      !isPossessive(context.body, candidate),
  );
  const named = new Set(inParagraph.map((candidate) => context.roster.person(candidate.name)?.name ?? candidate.name));
  if (paragraph !== undefined && named.size === 1 && fits(inParagraph[0]!.name)) return fromMention(context, inParagraph.at(-1)!);
  const speaker = context.history.findLast((candidate) => candidate.kind === "person" && fits(candidate.name));
  if (speaker) return speaker;
  const mention = context.roster.mentions.findLast(
    (candidate) => candidate.kind === "person" && candidate.end <= position && outsideQuotes(context, candidate) && fits(candidate.name),
  );
  return mention ? fromMention(context, mention) : null;
}

function firstPersonAfter(context: SpeakerContext, position: number): Speaker | null {
  const mention = context.roster.mentions.find((candidate) => candidate.kind === "person" && candidate.start >= position);
  return mention ? fromMention(context, mention) : null;
}

function byTitle(context: SpeakerContext, words: string[], position: number): Speaker | null {
  const head = stem(words.at(-1)!);
  let best: { mention: Mention; score: number } | null = null;
  for (const mention of context.roster.mentions) {
    if (mention.start >= position || mention.kind !== "person" || !outsideQuotes(context, mention)) continue;
    const titles = [mention.title, context.roster.person(mention.name)?.title].filter((title): title is string => !!title).map((title) => expandTitle(title));
    for (const title of titles) {
      const titleStems = title.split(/\s+/).map(stem);
      if (!titleStems.includes(head)) continue;
      const score = words.filter((word) => titleStems.includes(stem(word))).length;
      if (!best || score >= best.score) best = { mention, score };
    }
  }
  return best ? fromMention(context, best.mention) : null;
}

/** "A spokesperson for the Federal Ministry for … said"; "The spokesperson added:": the body the last unnamed spokesperson spoke for. */
function unnamedSpokespersonBefore(context: SpeakerContext, position: number): Speaker | null {
  // "A council spokesperson said": a body's head before the spokesperson.
  const unnamed = [
    ...context.body
      .slice(0, position)
      .matchAll(/\b(?:a|an)\s+(?:(?:\p{L}+\s+)?spokes(?:man|woman|person)\s+(?:for|of|from|at)\s+[^,;:.\n]{2,80}?|\p{Ll}+\s+spokes(?:man|woman|person))(?=,|\s+(?:has\s+|had\s+)?(?:said|told|added|says))/giu),
  ].at(-1);
  if (!unnamed) return null;
  const end = unnamed.index + unnamed[0].length;
  // "A spokesman for Somalia's Ministry of Interior, Federal Affairs and Reconciliation said": a body's name runs over the comma.
  const body = context.roster.mentions.find((mention) => mention.kind === "organisation" && mention.start > unnamed.index && mention.start < end && mention.end > end);
  return body ? fromMention(context, body) : resolveSpeaker(context, { start: unnamed.index, end });
}

/**
 * "the ministry" → the last organisation with that word in its name; "the company" → else the last
 * business named by a name of its own: an organisation not named after what it is ("Intel", not "the
 * European Commission"), or else a name the tagger does not know that the article repeats ("Thames Water").
 */
function byOrganisationHead(context: SpeakerContext, head: string, position: number): Speaker | null {
  const { mentions } = context.roster;
  const before = mentions.filter((candidate) => candidate.end <= position && outsideQuotes(context, candidate));
  const ownName = (candidate: Mention) => {
    const last = foldName(candidate.name).split(" ").at(-1)!.replace(/\.$/u, "");
    return !ORGANISATION_HEADS.has(last) || LEGAL_FORMS.has(last);
  };
  const named = (candidate: Mention) => fullName(context, candidate);
  const repeated = (candidate: Mention) => mentions.filter((other) => named(other) === named(candidate)).length > 1 && countryKey(candidate.name) === null;
  // "the company": the business the article has named most so far (Solenta, not the analysts at Jefferies
  // who spoke last, nor "the EU's court"); of equals, an organisation the tagger knows, then the latest.
  // "told 5 On Your Side": whom someone told is no business the article reports on.
  const listener = (candidate: Mention) => /\b(?:told|tells|telling|informed)\s+(?:the\s+)?(?:\d+\s+)?$/iu.test(context.body.slice(Math.max(0, candidate.start - 24), candidate.start));
  const businesses = before.filter(
    (candidate) =>
      countryKey(candidate.name) === null && ownName(candidate) && !listener(candidate) && (candidate.kind === "organisation" || (candidate.kind === "other" && repeated(candidate))),
  );
  const rank = (mention: Mention) => 2 * businesses.filter((candidate) => named(candidate) === named(mention)).length + (mention.kind === "organisation" ? 1 : 0);
  // "In a statement, the concessionaire Sociedad Concesionaria … said …" then "“…,” the company added.": the body that spoke last,
  // unless the most named is one the tagger knows as an organisation.
  const lastSpeaker = context.history.at(-1);
  const spokeLast = lastSpeaker ? before.findLast((candidate) => (candidate.kind === "organisation" || candidate.kind === "other") && countryKey(candidate.name) === null && named(candidate) === lastSpeaker.name) : undefined;
  const mostNamed = businesses.reduce<Mention | undefined>((best, candidate) => (!best || rank(candidate) >= rank(best) ? candidate : best), undefined);
  const business = COMPANY_NOUNS.has(head) ? (mostNamed?.kind === "organisation" ? mostNamed : (spokeLast ?? mostNamed)) : undefined;
  const generic = GENERIC_BODIES.has(head) ? before.findLast((candidate) => candidate.kind === "organisation") : undefined;
  const mention = before.findLast((candidate) => candidate.kind === "organisation" && foldName(candidate.name).split(" ").includes(head)) ?? business ?? generic;
  if (mention) return bodyNamed(fullName(context, mention));
  return before.some((candidate) => candidate.kind === "organisation") ? null : openerOfNextSentence(context, position);
}

/**
 * "Police in Leicester will install cameras …, the force has said. Leicestershire Police said …": a lead's body, before
 * any organisation is named, is the one that opens the next sentence.
 */
function openerOfNextSentence(context: SpeakerContext, position: number): Speaker | null {
  const here = context.sentences.findIndex((candidate) => candidate.start <= position && position < candidate.end);
  const next = context.sentences[here + 1];
  if (here < 0 || !next) return null;
  const text = context.body.slice(next.start, next.end);
  const opening = next.start + (text.length - text.trimStart().length) + (/^\s*the\s+/iu.exec(text)?.[0].trimStart().length ?? 0);
  const mention = context.roster.mentions.find((candidate) => candidate.start === opening && candidate.kind === "organisation" && !isPossessive(context.body, candidate));
  return mention ? bodyNamed(fullName(context, mention)) : null;
}

/**
 * "The Bishop of St Asaph, the Rt Rev Gareth Lloyd-Evans, told": an office speaks through the person holding it, as
 * the article named them (the roster gives them the office as their title); "St Asaph" alone is no one.
 */
function officeHolder(context: SpeakerContext, office: Mention): Speaker | null {
  const holder = context.roster.mentions.find((mention) => mention.kind === "person" && mention.title === office.name && outsideQuotes(context, mention));
  return holder ? fromMention(context, holder) : null;
}

/** The one name in the phrase that can speak: a person (not "Biden's"), an organisation, or a place that is the whole subject. */
const SPOKESPERSON_AFTER = /^\s+spokes(?:man|woman|person)(?:\s+(?:in|at)\s+[^,]*)?\s*$/u;
const spokespersonOf = (body: Mention | undefined): Mention | undefined => body && { ...body, kind: "organisation" };

/** "operator", "economist", "consultant", "resident": a word for someone who does something. */
const DOER = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)$/u;

/** "Sources at the Moncloa", "Officials in Kabul": an unnamed group, wherever it is. */
const UNNAMED_GROUP_AT = /^(?:sources|officials|residents|diplomats|insiders|aides|observers|witnesses)\s+(?:at|in|from|inside|within|near|close\s+to|familiar\s+with)\s/iu;

function namedIn(context: SpeakerContext, phrase: Span, text: string): Mention | undefined {
  if (UNNAMED_GROUP_AT.test(text)) return undefined;
  // "Executive Engineer (WRD) P. Venkatesan": a title read alone as a name; "Dhinawan five-eighth Tahnee Carr", "Former Vasco
  // striker Edílson Pereira da Costa": a club before what someone does; "Principal Secretary (Health) Rajesh Kumar Sinha": a
  // portfolio in brackets. None is the speaker when the person's name follows.
  const qualifies = (mention: Mention, later: Mention) => {
    const between = context.body.slice(mention.end, later.start);
    // "Port Douglas dive operator Sharon Pitt": what someone does may be any word for a doer ("operator", "economist").
    const describes = later.kind === "person" && /^\s+(?:\p{Ll}[\p{L}-]*\s+)+$/u.test(between) && between.trim().split(/\s+/u).some((word, index, words) => isDescriptor(word) || isTitleWord(word) || (index === words.length - 1 && DOER.test(word)));
    if (mention.name.includes(" ")) return describes;
    return isTitleHead(mention.name) || describes || (later.kind === "person" && /^(?:\s+\p{Ll}|\)\s*$)/u.test(between));
  };
  const mentions = context.roster.mentions.filter(
    (mention) => mention.start >= phrase.start && mention.end <= phrase.end && outsideQuotes(context, mention),
  );
  // "Child safety groups", "Industry analysts", "Hospital managers": one capitalised word (or a body's head word alone)
  // qualifying the lowercase noun after it names no one.
  // "the 17-year-old Presentation Brothers’ College student": so does a name of any length before what someone does.
  const qualifiesHead = (mention: Mention) => {
    const rest = context.body.slice(mention.end, phrase.end);
    if (!/^\s+\p{Ll}/u.test(rest) || SPOKESPERSON.test(rest)) return false;
    const oneWord = (mention.kind === "other" || (mention.kind === "organisation" && ORGANISATION_HEADS.has(foldName(mention.name)))) && !mention.name.includes(" ");
    const does = /(\p{Ll}[\p{L}-]*)\s*$/u.exec(rest)?.[1];
    return oneWord || (mention.kind !== "person" && does !== undefined && isDescriptor(does));
  };
  const whole = (mention: Mention) => foldName(text.replace(DETERMINER, "")) === foldName(context.body.slice(mention.start, mention.end));
  return (
    mentions.find(
      (mention) =>
        mention.kind === "person" &&
        !isPossessive(context.body, mention) &&
        !mentions.some((later) => later.start > mention.end && later.name.includes(" ") && qualifies(mention, later)),
    ) ??
    // "Turkish Confederation of Employer Associations (TİSK) head Levent Erdemir said": a name with a title, closing the phrase;
    // "…, the Minister of Sports, Aimable Nsengiyumva, said", "Executive Engineer (WRD) P. Venkatesan said": or after a comma or a bracketed acronym.
    mentions.find(
      (mention) =>
        mention.kind === "other" &&
        (mention.title !== null || /(?:,|\(?\p{Lu}{2,8}\))\s*$/u.test(context.body.slice(phrase.start, mention.start))) &&
        mention.name.includes(" ") &&
        /^[\s,]*$/u.test(context.body.slice(mention.end, phrase.end)),
    ) ??
    // "Whitcomb's lawyers": a person's possessive names who they speak for, not who spoke.
    mentions.find((mention) => mention.kind !== "place" && mention.kind !== "other" && !qualifiesHead(mention) && !(mention.kind === "person" && isPossessive(context.body, mention) && phrase.end > mention.end)) ??
    // "A Transport Scotland spokesperson said", "A WHO spokesperson in Addis Abeba said": the body a spokesperson speaks for.
    spokespersonOf(mentions.find((mention) => mention.kind !== "person" && mention.kind !== "place" && SPOKESPERSON_AFTER.test(context.body.slice(mention.end, phrase.end)))) ??
    // "Farmers' groups in Barmer": a name after a preposition is where they are, not who they are.
    (mentions.length === 1 && !DETERMINER.test(text) && !isPossessive(context.body, mentions[0]!) && (mentions[0]!.kind !== "place" || whole(mentions[0]!)) &&
    !/\b(?:in|at|from|of|for|near|across|around)\s+$/iu.test(context.body.slice(phrase.start, mentions[0]!.start)) &&
    !qualifiesHead(mentions[0]!)
      ? mentions[0]
      : undefined) ??
    mentions.find(
      (mention) =>
        mention.kind !== "place" &&
        describedAs(context.body.slice(phrase.start, mention.start).trimStart(), /^[\s,]*$/u.test(context.body.slice(mention.end, phrase.end))),
    ) ??
    // "hunter Kunuk Ignatiussen, 52, said", "said Long Bay resident Ermine Stoutt-Malone, 71": what someone does, in lowercase
    // (after where, if said), before a name the tagger does not know.
    mentions.find(
      (mention) =>
        mention.kind === "other" &&
        mention.name.includes(" ") &&
        /^[\s,]*$/u.test(context.body.slice(mention.end, phrase.end)) &&
        /^\s*(?:(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’-]*\s+){0,3}(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u.test(context.body.slice(phrase.start, mention.start)) &&
        !/\b(?:of|for|to|with|at|in|from|by)\s+$/u.test(context.body.slice(phrase.start, mention.start)),
    )
  );
}

/** "…, quoting spokesperson Ned Price", "… in a statement from its spokeswoman, Maria Zakharova". */
const THROUGH_SPOKESPERSON = /\b(?:quoting|citing|attributed to|from|by|through)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|representative|press secretary)\b/iu;

/**
 * A body that speaks through someone the same sentence names: "“…,” the State Department said, quoting
 * spokesperson Ned Price." → Ned Price, for the State Department. Anyone else keeps their word.
 */
export function throughSpokesperson(context: SpeakerContext, speaker: Speaker | null, sentence: Span): Speaker | null {
  if (speaker?.kind !== "body") return speaker;
  const spokesperson = context.roster.mentions.find((mention) => {
    if (mention.kind !== "person" || mention.start < sentence.start || mention.end > sentence.end || !outsideQuotes(context, mention)) return false;
    const before = context.body.slice(sentence.start, mention.start).replace(/[,\s]+$/u, " ");
    return THROUGH_SPOKESPERSON.test(before) && SPOKESPERSON.test(`${before.slice(-40)} ${mention.title ?? ""}`);
  });
  if (!spokesperson) return speaker;
  const found = fromMention(context, spokesperson);
  return { ...found, affiliation: found.affiliation ?? speaker.name };
}

/** "The Caribbean Community (CARICOM)": the name before an acronym in brackets (entities.ts reads the acronym as that name). */
const DATELINE_END = /^[^()"“”]{0,40}\)\s+[—–-]+\s+(?=\S)/u;
const BRACKETED_ACRONYM = /\s*\(\p{Lu}{2,8}\)$/u;
/** "the municipality of Thira": a lowercase body's head, "of", and a name. */
const BODY_OF_PLACE = /^(?:[Tt]he\s+)?(\p{Ll}+)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;

export function resolveSpeaker(context: SpeakerContext, found: Span): Speaker | null {
  // "The Department for Environment, Food and Rural Affairs said": a phrase cut at a comma inside a name is the name;
  // 'Sen. Paolo "Pao" G. Lacsamana said', cut at a nickname's quotation marks, is the name and its title.
  const cut = context.roster.mentions.find((mention) => mention.end - mention.name.length < found.start && found.start < mention.end && mention.end <= found.end);
  const phrase = cut ? { start: cut.start, end: found.end } : found;
  const text = context.body.slice(phrase.start, phrase.end).trim();
  if (!text) return null;
  // "Reuters) - Danish drugmaker Novacor": what a dateline leaves before the subject of the lead.
  const dateline = DATELINE_END.exec(text);
  if (dateline) {
    const start = phrase.start + context.body.slice(phrase.start, phrase.end).indexOf(text) + dateline[0].length;
    return resolveSpeaker(context, { start, end: phrase.end });
  }
  // "Carsten Wendland (SPD) said", "Lea Fischbach (Greens), who …, said": a party in brackets after a person's name is theirs, not the speaker.
  const bracketed = /\(\s*$/u.test(context.body.slice(phrase.start - 2, phrase.start)) && /^[^()]+\)$/u.test(text);
  const member = bracketed && context.roster.mentions.findLast((mention) => mention.kind === "person" && /^\s*\($/u.test(context.body.slice(mention.end, phrase.start)));
  if (member) return fromMention(context, member);
  const acronym = BRACKETED_ACRONYM.exec(text);
  if (acronym) return resolveSpeaker(context, { start: phrase.start, end: phrase.start + context.body.slice(phrase.start, phrase.end).indexOf(text) + acronym.index });
  // "According to him, …": the object form names the same antecedent.
  const word = ({ him: "he", her: "she" } as Record<string, string>)[text.toLowerCase()] ?? text.toLowerCase();
  if (isPronoun(word)) return byPronoun(context, word, phrase.start);
  // "…, when it ruled that …", "…, but Raman said …": the conjunction opening the clause is not the subject.
  const conjunction = /^(?:when|as|after|because|since|while|although|though|but|and)\s+(?=\S)/iu.exec(text);
  if (conjunction) {
    const start = phrase.start + context.body.slice(phrase.start, phrase.end).indexOf(text) + conjunction[0].length;
    return resolveSpeaker(context, { start, end: phrase.end });
  }
  if (/^it$/iu.test(text)) {
    return (
      organisationEarlierInSentence(context, phrase.start) ??
      subjectOfSentenceBefore(context, phrase.start, () => true, "organisation") ??
      context.history.findLast((speaker) => speaker.kind === "body") ??
      null
    );
  }
  if (/^(?:they|we|i|you)$/iu.test(text)) return null;
  // "A council spokesperson said": the council the article named.
  const bodyWord = /^(?:a|an|the)\s+(\p{Ll}+)\s+spokes(?:man|woman|person)$/iu.exec(text)?.[1];
  const spokenFor = bodyWord && ORGANISATION_HEADS.has(bodyWord) ? byOrganisationHead(context, bodyWord, phrase.start) : null;
  if (spokenFor) return spokenFor;
  // "The United States said", "Moscow said": the country, or its government by its capital.
  if (countryKey(text)) return bodyNamed(text.replace(DETERMINER, ""));
  const institution = countryInstitution(context, phrase, text);
  if (institution) return bodyNamed(institution);
  const owned = ownedBody(context, phrase, text);
  if (owned) return bodyNamed(owned);

  // "The King County Prosecutor’s Office said": an office the roster named whole is the body, not its holder's.
  const namedOffice = /['’]s\s+Office$/u.test(text) ? context.roster.mentions.find((mention) => mention.kind === "organisation" && mention.start >= phrase.start && mention.end === phrase.start + context.body.slice(phrase.start, phrase.end).trimEnd().length) : undefined;
  if (namedOffice) return fromMention(context, namedOffice);
  const owner = OWNER.exec(text);
  if (owner) {
    // "The Prime Minister's spokesman": the office holder the article named, never whoever spoke last.
    const ownerWords = owner[1]!.replace(DETERMINER, "").split(/\s+/u);
    if (isTitleWord(ownerWords.at(-1)!)) return byTitle(context, ownerWords, phrase.start);
    return resolveSpeaker(context, { start: phrase.start + text.indexOf(owner[1]!), end: phrase.start + text.indexOf(owner[1]!) + owner[1]!.length });
  }

  const staff = STAFF_OF.exec(text);
  if (staff) {
    const start = phrase.start + text.lastIndexOf(staff[1]!);
    return resolveSpeaker(context, { start, end: start + staff[1]!.length });
  }

  const onBehalf = ON_BEHALF_OF.exec(text);
  if (onBehalf) {
    const start = phrase.start + text.lastIndexOf(onBehalf[1]!);
    // "A spokesperson for the RMT union": a body named by its letters, then what it is.
    const body = onBehalf[1]!.replace(DETERMINER, "").trim().replace(/^(\p{Lu}{2,8})\s+\p{Ll}+$/u, (named, letters: string) => (ORGANISATION_HEADS.has(named.slice(letters.length).trim()) ? letters : named));
    const words = body.split(/\s+/u);
    const organisation = /^\p{Lu}/u.test(body) || (words.length > 1 && ORGANISATION_HEADS.has(foldName(words.at(-1)!)));
    const end = start + onBehalf[1]!.length;
    // "a spokesperson for the Brussels public transport company STIB": the name the description closes on.
    const described = context.roster.mentions.find(
      (mention) => mention.start > start && mention.end === end && mention.kind !== "place" && describedAs(context.body.slice(start, mention.start), true),
    );
    if (described) return fromMention(context, described);
    // "A spokesperson for Eastbridge Energy" after "Eastbridge Energy Limited": the body as the article first named it.
    const fuller = context.roster.mentions.find((mention) => mention.kind === "organisation" && mention.end <= start && isLegalForm(mention.name.slice(body.length)) && foldName(mention.name).startsWith(`${foldName(body)} `));
    return (
      resolveSpeaker(context, { start, end }) ??
      (organisation && words.length <= 5 && !/[,;:"“”]/u.test(body) ? bodyNamed(fuller?.name ?? body) : null)
    );
  }

  // "according to the municipality of Thira": a body of a named place is named so (a country's has its own rules above).
  const bodyOf = BODY_OF_PLACE.exec(text);
  if (bodyOf && ORGANISATION_HEADS.has(bodyOf[1]!) && countryKey(bodyOf[2]!) === null) return bodyNamed(`${bodyOf[1]![0]!.toUpperCase()}${bodyOf[0].replace(DETERMINER, "").slice(1)}`);
  const office = context.roster.mentions.find((mention) => mention.office && mention.start >= phrase.start && mention.end <= phrase.end);
  if (office) {
    // "the Ulu o Tokelau, Aliki Faipule Paulo Tinielu Lemisio,": whoever the phrase names after the office holds it.
    const after = context.roster.mentions.find((mention) => mention.kind === "person" && mention.start > office.end && mention.end <= phrase.end);
    return officeHolder(context, office) ?? (after ? fromMention(context, after) : null);
  }
  const named = namedIn(context, phrase, text);
  if (named) return fromMention(context, named);

  // "The CS said": a title written short is the title written out ("Cabinet Secretary").
  const words = expandTitle(text.replace(DETERMINER, "")).split(/\s+/).filter(Boolean);
  const head = foldName(words.at(-1) ?? "").replace(/['’]s$/u, "");
  if (!head) return null;
  if (DOCUMENT.test(head)) {
    const issuer = issuerOf(context, head, phrase.start);
    return issuer ? fromMention(context, issuer) : (context.history.at(-1) ?? null);
  }
  if (ORGANISATION_HEADS.has(head) || COMPANY_NOUNS.has(head) || GENERIC_BODIES.has(head)) return byOrganisationHead(context, head, phrase.start);
  // "said the 17-year-old Presentation Brothers’ College student": what someone does, after "the", is the person last named.
  if (isDescriptor(head) && /^the\s/iu.test(text)) {
    const described = context.roster.mentions.findLast((mention) => mention.kind === "person" && mention.end <= phrase.start && outsideQuotes(context, mention));
    return described ? fromMention(context, described) : null;
  }
  if (!isTitleWord(head) && !/(?:man|woman|person)$/u.test(head)) return null;

  // "A senior government official, who asked not to be named, said": someone new and unnamed, not whoever was named last.
  if (/^(?:a|an|another)\s/iu.test(text) && !SPOKESPERSON.test(head)) return null;
  return (
    byTitle(context, words, phrase.start) ??
    (SPOKESPERSON.test(head) ? unnamedSpokespersonBefore(context, phrase.start) : null) ??
    (context.history.length > 0 || context.roster.mentions.some((mention) => mention.kind === "person" && mention.end <= phrase.start)
      ? lastSpeakerOrPerson(context, phrase.start)
      : firstPersonAfter(context, phrase.start))
  );
}
