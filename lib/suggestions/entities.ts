/**
 * Names in the article: runs of capitalised words found with compromise's tagger, each split into
 * a title ("US Secretary of State") and a name ("Antony Blinken"), and sorted into people,
 * organisations and places. The roster links later short mentions ("Blinken") to the full name
 * as first written, and remembers the first title given to each person.
 * - "of"/"for" and a following "and" stay inside an organisation's name ("Department of Health and
 *   Social Care", "Royal College of Emergency Medicine", "University Hospitals of North Midlands NHS
 *   Trust") but end a person's ("President Ilham Aliyev of Azerbaijan").
 * - A title that is only an honorific ("Dr Adrian Boyle") gives way to a role set off by commas beside
 *   the name ("Its president, Dr Adrian Boyle," → "president"), and is kept when there is none.
 * - A lone capitalised common noun in the plural ("Prosecutors", "Officials", "Police" opening a sentence) is
 *   not a name, unless it is the surname of someone named in the article.
 * - A describing word that opens a sentence is not part of a person's name ("Rival Eli Lilly said"); a
 *   lowercase noun before a title word is part of the title ("Kyrgyz security chief Kamchybek Tashiev").
 * - Names the tagger does not know are people when the article uses their last word alone later
 *   ("Feargal Sharkey, a former singer, …" then "Sharkey told …"), as it does for people.
 * - Titles are written out ("Turkish FM" → "Turkish Foreign Minister", titles.ts), and each person's
 *   gender is kept where the text shows it (gender.ts), for he/she.
 * - An acronym in brackets after a name ("the European Handball Confederation (EHC)") is that name
 *   wherever it stands; a business named by what it is ("Carmaker Solenta") is an organisation
 *   wherever its name stands alone; a title hanging on an organisation ("president of the European
 *   Handball Confederation") names the organisation; an ordinal opens a name ("6th U.S. Circuit Court").
 * - Which words are titles is titles.ts's lexicon: any run of them before a name is the title; a
 *   title word after a first name or an honorific ending the name is a surname ("Stephen King", "Mr
 *   Judge"); letters after a name ("SC", "Jr", "OBE") are dropped.
 * - A run ending in an organisation's head, opening with one of another language ("Verband freier
 *   Piloten", "Banco de la Nación", lowercase words inside), or tagged as one throughout is an
 *   organisation whole ("Justice Department", "General Motors", "An Garda Síochána"); a list closed by
 *   "and" after an organisation's "of"/"for" is part of its name ("Department for Environment, Food
 *   and Rural Affairs"); so are the words before a bracketed acronym whose initials spell it ("(VfP)").
 * - A first name alone is the one person the article gave it to ("Maria said" after "Maria Lopez").
 */
import nlp from "compromise";
import { countryKey } from "./countries.ts";
import { genderOf, type Gender } from "./gender.ts";
import { headlineOf, isTitleCaseHeadline } from "./headline.ts";
import type { Span } from "./schema.ts";
import type { Analysis, Term } from "./text.ts";
import { foldName, INITIAL_LETTERS, lastWord, PATRONYMIC_WORDS, surnameKey, TWO_LETTER_INITIALS, withoutNickname } from "./names.ts";
import { expandTitle, isAbbreviatedTitle, isDescriptor, isDottedHonorific, isHonorific, isPortfolioWord, isPostNominal, isTitleHead, isTitleModifier, isTitleWord } from "./titles.ts";

/** "other": capitalised words that are neither a known person nor an organisation nor a place (headlines, events). */
export type EntityKind = "person" | "organisation" | "place" | "other";

export type Mention = Span & {
  name: string;
  title: string | null;
  kind: EntityKind;
  /** A lone common noun in the plural ("Prosecutors"): a name only if someone in the article bears it. */
  common?: boolean;
  /** Named as a business ("Carmaker Solenta"): an organisation wherever else the name stands alone. */
  business?: boolean;
  /** A title hanging on a place ("Bishop of St Asaph"): an office, held by the person named beside it. */
  office?: boolean;
};

export type Person = { name: string; title: string | null };

export type Roster = {
  mentions: Mention[];
  /** The person named `name` (full or last name), as first named in the article. */
  person(name: string): Person | null;
  /** The gender the article shows for whoever is named `name` (full or last name), person or a name the tagger does not know. */
  gender(name: string): Gender | null;
};

/** A name a person also goes by: "Abu Fadi", "Dheere". */
const ALIAS = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}`;

/**
 * A business's legal form, ending its own name: "Rheinwerk AG", "Fenwick Robotics Inc.", "Gateway Residential Partners",
 * "Eastbridge Energy Limited", "Kenaf Holdings Sdn Bhd", "Coastline Pty Ltd".
 */
export const LEGAL_FORMS = new Set("partners holdings inc llc ltd limited plc ag gmbh nv bv spa corp sdn bhd pty".split(" "));
/** " Limited", " Sdn. Bhd.", " Pty Ltd": words that are all legal forms. */
export const isLegalForm = (text: string) => text.trim() !== "" && text.trim().split(/\s+/u).every((word) => LEGAL_FORMS.has(word.toLowerCase().replace(/\.$/u, "")));
/** Legal forms written short with a full stop that belongs to the name: "Fenwick Robotics Inc.". */
const DOTTED_LEGAL_FORMS = "Inc|Corp|Co|Ltd|Bros";
const DOTTED_LEGAL_FORM = new RegExp(`^(?:${DOTTED_LEGAL_FORMS})$`, "u");
/** "U.S.", "Fenwick Robotics Inc.": a name ending in initials or a dotted legal form keeps its last full stop. */
const KEEPS_FULL_STOP = new RegExp(String.raw`(?:\b\p{Lu}\.){2,}$|\b(?:${DOTTED_LEGAL_FORMS})\.$`, "u");
export const ORGANISATION_HEADS = new Set([
  ...`ministry office council department union commission agency party group committee government parliament
  assembly bank fund organization organisation corporation company administration embassy service court utility directorate
  institute foundation association alliance secretariat presidency cabinet senate congress kremlin pentagon
  force forces army navy police authority authorities bureau board network press news times post college
  university hospital trust society federation institution academy school centre center tribunal chamber
  league coalition charity firm treasury military media city municipality confederation unit panel prefecture
  regulator watchdog inspectorate diocese archdiocese forum movement initiative observatory partnership
  khural majilis saeima seimas sejm knesset storting riksdag folketing eduskunta althing bundestag bundesrat duma rada
  oireachtas dail seanad cortes kenesh hall nation tribe`.split(/\s+/),
  ...LEGAL_FORMS,
]);
/**
 * Heads that open an organisation's name in other languages, the words after them (lowercase ones
 * too) naming it: "Verband freier Piloten", "Banco de la Nación", "Garda Síochána", "Bord Pleanála".
 */
const LEADING_HEADS = new Set(
  `verband bund bundesamt bundesanstalt ministerium gewerkschaft kammer verein stiftung banco banque banca ministerio
  ministère ministero partido parti partei sindicato syndicat confederación confédération federación fédération
  asociación instituto institut comité comisión consejo conseil corte cour agencia agence servicio fondo fonds
  garda bord comhairle oficina secretaría universidad universidade université università universität hochschule club`.split(/\s+/),
);
/** What a business is called by, after or before its name: "the company", "Carmaker Solenta". */
export const COMPANY_NOUNS = new Set("company firm group corporation carrier airline drugmaker automaker carmaker chipmaker lender retailer insurer miner".split(" "));
const CONNECTORS = new Set(["of", "for", "the", "de", "dela", "del", "las", "los", "della", "dello", "delle", "degli", "dei", "da", "das", "dos", "du", "di", "von", "van", "der", "al", "el", "bin", "ibn", "bint", "binti", "binte", "s/o", "d/o", "a/l", "a/p", "la", "le", "na", "i", "á", "við", "í", "úr", "ak", "anak"]);
/**
 * "María José García de la Fuente", "Lucía de las Heras", "Ursula von der Leyen", "Khalifa bin Jassim Al Thani", "Raed al-Jabri", "Nur Hidayah binte
 * Abdul Rahman", "Rajendran s/o Muthusamy" (son of), "Anyi ak Ngumbang" (Iban, child of), "Conradh na Gaeilge": particles inside a name.
 */
export const NAME_PARTICLES = new Set(["de", "dela", "del", "las", "los", "della", "dello", "delle", "degli", "dei", "da", "das", "do", "dos", "van", "von", "der", "den", "ten", "ter", "te", "la", "le", "di", "du", "al", "el", "bin", "ibn", "bint", "binti", "binte", "s/o", "d/o", "a/l", "a/p", "ben", "ould", "na", "i", "á", "við", "í", "úr", "ak", "anak"]);
export const NOT_NAME_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "Verb", "Date", "Month", "WeekDay", "QuestionWord"];

function bare(term: Term): string {
  return term.text.replace(/['’]s$/u, "").replace(/[^\p{L}\p{N}.\-'’]/gu, "");
}

/**
 * "deBrum", "diCaprio", "vanDyke": a surname joined to its lowercase particle is capitalised after it; so is a Nguni name
 * after its noun-class prefix ("uMngeni", "eThekwini", "KwaZulu").
 */
function isCapitalised(term: Term): boolean {
  return /^(?:(?:de|di|da|du|van|von|le|la|u|i|e|o|ku|kwa|ka|ezi|em|en)(?=\p{Lu}\p{Ll}))?\p{Lu}/u.test(bare(term));
}

const PATRONYMICS = new Set<string>([...PATRONYMIC_WORDS.son.inside, ...PATRONYMIC_WORDS.daughter.inside]);
const PATRONYMIC_SUFFIXES = new Set<string>([...PATRONYMIC_WORDS.son.closing, ...PATRONYMIC_WORDS.daughter.closing]);
const closesPatronymic = (term: Term, previous: Term | undefined) => PATRONYMIC_SUFFIXES.has(term.normal) && previous !== undefined && isCapitalised(previous);

/** "MPA", "MQM-P", "KZN": letters in capitals, a party's or a title's. */
const LETTERS = /^\p{Lu}[\p{Lu}\d]{1,5}(?:-\p{Lu}{1,3})?$/u;

/** "DR" (the Danish broadcaster), "MS": an honorific written in capitals is an acronym. */
const isCapitalsHonorific = (word: string) => /^(?:DR|MR|MRS|MS)$/u.test(word);

function isTitleTerm(term: Term): boolean {
  if (isCapitalsHonorific(bare(term))) return false;
  return isTitleWord(bare(term)) || isAbbreviatedTitle(bare(term)) || term.tags.has("Honorific");
}

/** "6th U.S. Circuit Court of Appeals", "1st Armored Division": an ordinal opening a name. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

/**
 * "An Garda Síochána", "An Post": the Irish article opens a name. English writes "a" before a consonant, so
 * "An" before a capitalised word starting with one (not an acronym: "An SNP spokesman") is no English article.
 */
function isIrishArticle(term: Term, next: Term | undefined): boolean {
  return term.text === "An" && next !== undefined && /^(?![AEIOUÁÉÍÓÚ])\p{Lu}\p{Ll}/u.test(bare(next));
}

/** "Per-Olof", "Jean-Luc": a capitalised word joined by a hyphen to another opens a name, whatever the tagger reads the first as. */
const opensHyphenatedName = (term: Term, next: Term | undefined) =>
  next !== undefined && term.tags.has("Hyphenated") && next.tags.has("Hyphenated") && next.start === term.end + 1 && /^\p{Lu}\p{Ll}/u.test(term.text) && /^\p{Lu}\p{Ll}/u.test(next.text);

function canStartRun(body: string, term: Term, next: Term | undefined): boolean {
  if (isTitleTerm(term) || isIrishArticle(term, next) || opensHyphenatedName(term, next)) return true;
  if (ORDINAL.test(term.text) && next !== undefined && isCapitalised(next)) return true;
  if (!isCapitalised(term)) return false;
  // "The Beira-based environmental association Mangal Vivo": a place made a describing word names no one.
  if (next !== undefined && next.tags.has("Hyphenated") && /^(?:based|born|led|owned|registered|listed|run|backed|funded|made)$/u.test(next.text)) return false;
  // "De Lijn said", "Van Rompuy said", "Le Monde reported": a capitalised particle opening a name, which the tagger reads as a determiner.
  if (NAME_PARTICLES.has(term.normal) && next !== undefined && isCapitalised(next) && !NOT_NAME_TAGS.some((tag) => next.tags.has(tag))) return true;
  // "Club Atlético Guadalhorce said": a head opening a name, which the tagger may read as a verb.
  if (LEADING_HEADS.has(bare(term).toLowerCase()) && next !== undefined && isCapitalised(next)) return true;
  // "Tsering Dolma, a Class 9 student, said": a given name in "-ing" the tagger reads as a verb, before a surname and a comma.
  if (term.tags.has("Gerund") && !PARTICIPLE_LEADS.has(term.normal) && next !== undefined && isCapitalised(next) && next.tags.has("ProperNoun") && body[next.end] === ",") return true;
  // "Dangote Petroleum Refinery said": the tagger reads a name it does not know opening a sentence as a command.
  if (term.tags.has("Imperative") && next !== undefined && isCapitalised(next) && !NOT_NAME_TAGS.some((tag) => next.tags.has(tag))) return true;
  return !NOT_NAME_TAGS.some((tag) => term.tags.has(tag)) || term.tags.has("ProperNoun") && !term.tags.has("Date");
}

/**
 * "Hanneke ten Berge", "Anne den Hartog": Dutch particles, as written in lowercase ("Region Ten" ends a name); Māori "o"
 * ("Te Rūnanga o Ōtākou").
 */
const LOWERCASE_CONNECTORS = new Set(["den", "ten", "ter", "te", "o"]);

/** "of", "for the" before a capitalised word: "Office for National Statistics", "Spokesperson for the US State Department". */
function connects(terms: Term[], index: number): boolean {
  const [term, next, after] = [terms[index]!, terms[index + 1], terms[index + 2]];
  // "Heðin á Lakjuni": the tagger folds "á" to "a"; the word as written is the particle.
  if (!(CONNECTORS.has(term.normal) || CONNECTORS.has(term.text.toLowerCase()) || LOWERCASE_CONNECTORS.has(term.text)) || !next) return false;
  return isCapitalised(next) || (CONNECTORS.has(next.normal) && after !== undefined && isCapitalised(after));
}

/** "Opposition Spokesman on Sport Dale Hutchinson-Wright": a spokesperson's "on" before their capitalised portfolio. */
function spokespersonOn(terms: Term[], index: number): boolean {
  const [previous, term, next] = [terms[index - 1], terms[index]!, terms[index + 1]];
  return term.normal === "on" && previous !== undefined && /^spokes(?:man|woman|person)$/iu.test(bare(previous)) && next !== undefined && isCapitalised(next) && !NOT_NAME_TAGS.some((tag) => next.tags.has(tag));
}

/** "Kyrgyz security chief", "German economy minister": a lowercase noun naming the field of the title after it. */
function modifiesTitle(terms: Term[], index: number): boolean {
  const [term, next] = [terms[index]!, terms[index + 1]];
  const noun = term.tags.has("Noun") && !["Plural", "Possessive", ...NOT_NAME_TAGS].some((tag) => term.tags.has(tag));
  return noun && !isCapitalised(term) && next !== undefined && isTitleTerm(next);
}

const INITIAL = new RegExp(`^${INITIAL_LETTERS}$`, "u");

/** "John F. Kennedy", "Dr. R. Lakshmi", "A. K. Sharma", "Ts. Batbayar": a capital letter standing for a name, before another name. */
function isInitial(term: Term, next: Term | undefined): boolean {
  return INITIAL.test(term.text) && next !== undefined && /^\p{Lu}/u.test(next.text) && !NOT_NAME_TAGS.some((tag) => next.tags.has(tag));
}

/** The Philippines' "Ma. Teresa L. Pungayan": María written short, a given name, not Myanmar's honorific "Ma" (never dotted). */
const isMariaWrittenShort = (body: string, term: Term) => term.text === "Ma" && body[term.end] === ".";

/**
 * Whether nothing but spaces on one line (or the full stop of an honorific or an initial: "Sen. Bob Casey",
 * "Michael J. Fox") separates a word from the next one.
 */
function joined(body: string, term: Term, next: Term | undefined): boolean {
  const abbreviated = term.tags.has("Honorific") || isAbbreviatedTitle(bare(term)) || isDottedHonorific(bare(term)) || isInitial(term, next);
  const gap = abbreviated ? /^\.?[^\S\n]*$/u : /^[^\S\n]*$/u;
  // "Vice-President", "President-elect": the tagger splits a hyphenated word in two.
  const hyphen = next !== undefined && term.tags.has("Hyphenated") && next.tags.has("Hyphenated") && body.slice(term.end, next.start) === "-";
  return next !== undefined && (gap.test(body.slice(term.end, next.start)) || hyphen || pluralOwner(body, term, next)) && (!/['’]s$/u.test(term.text) || collectiveOwner(term, next) || officeOwner(term, next));
}

/** "The Seattle City Attorney’s Office", "the Sheriff's Office", "Medical Examiner’s Office": an office named for whom it serves. */
function officeOwner(term: Term, next: Term): boolean {
  return next.text === "Office" && isCapitalised(term) && !term.tags.has("Person") && !term.tags.has("FirstName");
}

/** "Swedish Hunters' Association", "Workers’ Party": capitalised plural owners inside a name. */
function pluralOwner(body: string, term: Term, next: Term): boolean {
  const person = next.tags.has("Person") || next.tags.has("FirstName");
  return /s$/u.test(term.text) && isCapitalised(term) && isCapitalised(next) && !person && /^['’][^\S\n]+$/u.test(body.slice(term.end, next.start));
}

/** "People's Party", "Workers' Party", "Children's Commissioner": a group of people owning an organisation's head names it, not someone's. */
const COLLECTIVES = /^(?:People|Women|Men|Workers|Children|Citizens|Farmers|Veterans|Teachers|Nurses|Doctors|Miners|Patients|Students|Consumers|Taxpayers|Parents|Pensioners)['’]s?$/u;
function collectiveOwner(term: Term, next: Term): boolean {
  return COLLECTIVES.test(term.text) && (isOrganisationHead(next) || isTitleHead(bare(next)));
}

/**
 * "High Representative for Foreign Affairs and Security Policy Kaja Kallas" is one run, but
 * "Armenia and Azerbaijan" or "Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov" are two:
 * an "and" joins only inside a title that the words after it do not restart.
 */
function andInsideTitle(run: Term[], terms: Term[], index: number): boolean {
  if (terms[index]!.normal !== "and" || !run.some(isTitleTerm)) return false;
  const rest: Term[] = [];
  for (const term of terms.slice(index + 1)) {
    if (!isCapitalised(term) && !CONNECTORS.has(term.normal)) break;
    rest.push(term);
  }
  return rest.length > 0 && !rest.some(isTitleTerm);
}

const isOrganisationHead = (term: Term) => ORGANISATION_HEADS.has(bare(term).toLowerCase());

/**
 * "Department of Health and Social Care" is one name: an "and" joins inside an organisation's name
 * ("Department of", "Office for") when the capitalised words after it name no place, person or
 * title and do not end in an organisation of their own ("Ministry of Defence and Central Bank").
 */
function andInsideOrganisation(run: Term[], terms: Term[], index: number): boolean {
  if (terms[index]!.normal !== "and") return false;
  const rest: Term[] = [];
  for (const term of terms.slice(index + 1)) {
    if (!isCapitalised(term)) break;
    rest.push(term);
  }
  // "Water and Sanitation Agency", "Bali Environment and Forestry Agency (DKLH)": two fields joined before the body's head;
  // "Punjab and Haryana High Court": two places, "High" a title word only beside another.
  const fields = (terms: Term[]) => terms.every((term) => (!isTitleTerm(term) || isTitleModifier(bare(term))) && !isOrganisationHead(term) && !term.tags.has("Person"));
  const apart = rest.findIndex((term, at) => at > 0 && term.start > rest[at - 1]!.end + 1);
  const named = apart < 0 ? rest : rest.slice(0, apart);
  if (run.length <= 3 && fields(run) && named.length >= 2 && named.length <= 3 && fields(named.slice(0, -1)) && isOrganisationHead(named.at(-1)!)) return true;
  if (!run.some((term, at) => isOrganisationHead(term) && ["of", "for"].includes(run[at + 1]?.normal ?? ""))) return false;
  // "Ministry of National Economy and Finance": a word that is a title only beside another ("Finance") is a field here.
  const foreign = (term: Term) => (isTitleTerm(term) && !isTitleModifier(bare(term))) || ["Place", "Country", "Person", "Acronym"].some((tag) => term.tags.has(tag));
  return rest.length > 0 && !rest.some(foreign) && !isOrganisationHead(rest.at(-1)!);
}

/**
 * "Verband freier Piloten", "Ministerio de Economía y Finanzas": after a head that opens a name in another
 * language, up to two lowercase words join it when a capitalised word follows them.
 */
function insideForeignName(run: Term[], terms: Term[], index: number): boolean {
  if (!run.some((term) => LEADING_HEADS.has(bare(term).toLowerCase()))) return false;
  const [term, next, after] = [terms[index]!, terms[index + 1], terms[index + 2]];
  const plain = (word: Term) => !isCapitalised(word) && !["Verb", "Pronoun", "Adverb", "QuestionWord", "Date"].some((tag) => word.tags.has(tag));
  if (!plain(term) || next === undefined) return false;
  return isCapitalised(next) || (plain(next) && after !== undefined && isCapitalised(after));
}

/**
 * "Department for Environment, Food and Rural Affairs": after an organisation's "of"/"for", a list of
 * capitalised words closed by "and" is the rest of its name. Returns the index of the list's last word, or -1.
 */
function listInsideOrganisation(body: string, run: Term[], terms: Term[], index: number): number {
  const headed = run.some((term, at) => isOrganisationHead(term) && ["of", "for"].includes(run[at + 1]?.normal ?? ""));
  if (!headed || !/^,[^\S\n]+$/u.test(body.slice(terms[index - 1]!.end, terms[index]!.start))) return -1;
  const foreign = (term: Term) => isTitleTerm(term) || ["Place", "Country", "Person"].some((tag) => term.tags.has(tag)) || isOrganisationHead(term);
  let sawAnd = false;
  let last = -1;
  for (let at = index; at < terms.length && at < index + 12; at++) {
    const term = terms[at]!;
    const gap = body.slice(terms[at - 1]!.end, term.start);
    if (at > index && !(sawAnd ? /^[^\S\n]+$/u : /^,?[^\S\n]+$/u).test(gap)) break;
    if (term.normal === "and" && !sawAnd && at > index && !gap.startsWith(",")) {
      sawAnd = true;
      continue;
    }
    if (!isCapitalised(term) || foreign(term)) break;
    if (sawAnd) last = at;
  }
  return last;
}

/**
 * "Lee Soo-min", "Park Jae-hyun": a romanised given name's second syllable, lowercase after a hyphen
 * (the tagger splits the word in two). Only after a short capitalised syllable ("Kremlin-backed",
 * "US-led" are words of their own).
 */
function nameSyllable(body: string, previous: Term, term: Term): boolean {
  // "Chen Wen-hsiung": a Wade–Giles syllable runs to six letters; "Anti-social", "Pro-Russian" open with a prefix, no name.
  return body.slice(previous.end, term.start) === "-" && /^\p{Lu}\p{Ll}{1,4}$/u.test(previous.text) && /^\p{Ll}{2,6}$/u.test(term.text) && !WORD_PREFIXES.has(previous.normal);
}
const WORD_PREFIXES = new Set("anti pro non post pre mid co ex semi multi self neo sub inter trans ultra over under cross half".split(" "));

/**
 * `Marcus "Tank" Williams`, `Sen. Paolo "Pao" G. Lacsamana`, `Selwyn “Mighty Bamboo” Pierre`: a nickname of up to three
 * words in quotation marks between a first name and a surname (or a middle initial) is part of the name's span, not of
 * the name (names.ts withoutNickname).
 * The number of terms the nickname spans, 0 if none starts at `terms[index]`.
 */
function nicknameAt(body: string, previous: Term, terms: Term[], index: number, afterTitle = false): number {
  const term = terms[index];
  if (term === undefined || !isCapitalised(previous) || !/^[^\S\n]+["“‘']$/u.test(body.slice(previous.end, term.start))) return 0;
  for (let length = 1; length <= 3; length++) {
    const last = terms[index + length - 1];
    const next = terms[index + length];
    if (last === undefined || next === undefined || !isCapitalised(last)) return 0;
    if (length > 1 && !/^[^\S\n]+$/u.test(body.slice(terms[index + length - 2]!.end, last.start))) return 0;
    if (!/^["”’'][^\S\n]+$/u.test(body.slice(last.end, next.start))) continue;
    // A first name the tagger does not know, or several words in the marks before someone's name: "Selwyn “Mighty Bamboo” Pierre".
    // "MP Duarte ‘Hadomi Rai’ da Silva": a surname may open with its particle after the nickname.
    const after = terms[index + length + 1];
    // "Gergely “Geri” Vámos said": one word in the marks between two that close the name, though the tagger knows neither.
    const between = length === 1 && !isTitleTerm(previous) && !isOrganisationHead(next) && (after === undefined || !isCapitalised(after));
    const named = previous.tags.has("FirstName") || afterTitle || /^\p{Lu}\.?$/u.test(next.text) || (length > 1 && next.tags.has("Person")) || between;
    const particle = NAME_PARTICLES.has(next.normal) && after !== undefined && isCapitalised(after);
    if (!(isCapitalised(next) || particle) || !named) return 0;
    return length;
  }
  return 0;
}

/** "Pratt & Whitney Canada", "Marks & Spencer": an ampersand between capitalised words joins one name. */
function isAmpersand(terms: Term[], index: number): boolean {
  const next = terms[index + 1];
  return terms[index]!.text === "&" && next !== undefined && isCapitalised(next);
}

function runsOf(body: string, terms: Term[]): Term[][] {
  // "A WHO spokesperson" after "the World Health Organization (WHO)": an acronym the article defined is a name, whatever else the word is.
  const acronyms = new Set([...body.matchAll(BRACKETED)].map((found) => found[1]!));
  const runs: Term[][] = [];
  let run: Term[] = [];
  const syllables = new Set<Term>();
  const close = () => {
    while (run.length && (CONNECTORS.has(run.at(-1)!.normal) || !(isCapitalised(run.at(-1)!) || syllables.has(run.at(-1)!) || closesPatronymic(run.at(-1)!, run.at(-2))))) run.pop();
    if (run.some(isCapitalised)) runs.push(run);
    run = [];
  };
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index]!;
    const previous = terms[index - 1];
    const continues = run.length > 0 && previous !== undefined && joined(body, previous, term);
    const nickname = run.length > 0 && previous !== undefined && run.at(-1) === previous ? nicknameAt(body, previous, terms, index, run.length > 1 && isTitleTerm(run.at(-2)!)) : 0;
    if (nickname > 0) {
      run.push(...terms.slice(index, index + nickname + 1));
      index += nickname;
      continue;
    }
    if (run.length > 0 && previous !== undefined && run.at(-1) === previous && nameSyllable(body, previous, term)) {
      syllables.add(term);
      run.push(term);
      continue;
    }
    if (continues && (isCapitalised(term) || closesPatronymic(term, previous) || isTitleTerm(term) || isAmpersand(terms, index) || connects(terms, index) || spokespersonOn(terms, index) || modifiesTitle(terms, index) || andInsideTitle(run, terms, index) || andInsideOrganisation(run, terms, index) || insideForeignName(run, terms, index))) {
      run.push(term);
      continue;
    }
    const listEnd = run.length > 0 ? listInsideOrganisation(body, run, terms, index) : -1;
    if (listEnd >= index) {
      run.push(...terms.slice(index, listEnd + 1));
      index = listEnd;
      if (!joined(body, terms[listEnd]!, terms[listEnd + 1])) close();
      continue;
    }
    close();
    if (canStartRun(body, term, terms[index + 1]) || acronyms.has(term.text)) run.push(term);
    if (run.length && !joined(body, term, terms[index + 1]) && nicknameAt(body, term, terms, index + 1) === 0) close();
  }
  close();
  return runs;
}

/**
 * "Rival Eli Lilly": a describing word opening the run (capitalised only by the sentence) is not part of a person's name;
 * nor is what someone does ("Herder Dorjsuren Altantsetseg, 52, said", titles.ts's descriptors) before a name of two words.
 */
const PROFESSION = /^\p{Lu}\p{Ll}{2,}(?:ist|ician)$/u;
function withoutDescription(body: string, run: Term[]): Term[] {
  const [lead, ...rest] = run;
  // "Minister of Culture, Sports, Tourism and Youth G. Temuulen": the end of a portfolio's list before a name opened by an initial.
  if (lead !== undefined && isPortfolioWord(bare(lead)) && rest.length >= 2 && isInitial(rest[0]!, rest[1])) return rest;
  // "Minister of National Education, Preschool and Sports Hassan Benchekroun": the list's last words after "and" or a comma.
  if (lead !== undefined && /(?:,|\band|&)\s*$/u.test(body.slice(Math.max(0, lead.start - 6), lead.start))) {
    // "… Infrastructure, Land and Air Transport Mamadou Lamine Diagne": the name after the list's last portfolio word;
    // "Committee on Budget, Taxes and Finance Gulnara Khabibullina": the last may be a title's word too ("Finance Minister").
    const after = run.slice(run.findLastIndex((term) => isPortfolioWord(bare(term))) + 1);
    // "…, Health New Zealand confirmed": a portfolio before a country's name is a body's name, no list before a person's.
    const country = countryKey(after.map((term) => bare(term)).join(" ")) !== null;
    if (!country && (!isTitleTerm(lead) || (isPortfolioWord(bare(lead)) && !isTitleHead(bare(lead)) && !rest.some(isTitleTerm))) && after.length < run.length && after.length >= 2 && after.every((term) => isCapitalised(term) && !isTitleTerm(term) && !isOrganisationHead(term) && !isPortfolioWord(bare(term)))) return after;
  }
  // "Nephrologist Aníbal Fuenmayor said", "Economist Ana Ruiz said": a profession in "-ist" or "-ician" opening the sentence, too.
  const profession = lead !== undefined && PROFESSION.test(bare(lead)) && !lead.tags.has("Person") && /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(body.slice(0, lead.start));
  if (lead !== undefined && (isDescriptor(bare(lead)) || profession) && rest.length >= 2 && rest.every((term) => isCapitalised(term) || NAME_PARTICLES.has(term.normal)) && !rest.some(isTitleTerm)) return rest;
  // "… Corporation in Aden Eng. Salem Awadh bin Mubarak": a place before a title or honorific and a name is where they work.
  const placed = lead !== undefined && !isTitleTerm(lead) && /\b(?:in|at)\s+$/u.test(body.slice(Math.max(0, lead.start - 4), lead.start));
  if (placed && rest.length >= 3 && (isTitleTerm(rest[0]!) || isDottedHonorific(bare(rest[0]!)))) return rest;
  // "UNICEF Representative in Kyrgyzstan Maria Lindqvist": a country before a person's name is where their title is.
  if (lead !== undefined && countryKey(bare(lead)) !== null && rest.length >= 2 && rest.every((term) => isCapitalised(term) && !isTitleTerm(term) && !isOrganisationHead(term)) && rest.some((term) => term.tags.has("FirstName"))) return rest;
  const describes = lead !== undefined && lead.tags.has("Adjective") && !lead.tags.has("ProperNoun") && countryKey(lead.text) === null;
  return describes && !run.some(isTitleTerm) && rest.some((term) => term.tags.has("Person")) ? rest : run;
}

/**
 * "the state Department of Mental Health": a lowercase word that is a title only beside another ("state", "federal"
 * is none) opening a name that no title word follows is no part of the name.
 */
function withoutLowercaseLead(run: Term[]): Term[] {
  const [lead, next] = run;
  const describes = lead !== undefined && next !== undefined && /^\p{Ll}/u.test(lead.text) && isTitleModifier(bare(lead)) && isCapitalised(next) && !isTitleTerm(next);
  return describes ? run.slice(1) : run;
}

const COMPASS = new Set(["north", "south", "east", "west", "mid", "central", "northern", "southern", "eastern", "western"]);

/** Participles opening a sentence before a name ("Speaking Friday, …", "Following Smith's resignation"): never a given name. */
const PARTICIPLE_LEADS = new Set("speaking following addressing responding opening closing including according citing quoting replying answering reacting commenting writing".split(" "));

/** Words opening a road's name in Malay and Indonesian. */
const ROAD_LEADS = new Set(["Jalan", "Jln", "Lorong", "Lebuh", "Lebuhraya", "Persiaran"]);

/** "Commissioners Dale Prescott and Wanda Lyle voted no": a title in the plural, shared by the names after it. */
function withoutPluralTitle(run: Term[]): Term[] {
  const [lead] = run;
  const plural = lead !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(lead.text) && isTitleHead(lead.text.slice(0, -1)) && !isTitleHead(lead.text);
  return plural && run.length >= 3 ? run.slice(1) : run;
}

/**
 * "El Hadj Said Hamitouche": the Arabic article of an honorific opening a name is the honorific's. Senegal's "El Hadji"
 * is a given name ("El Hadji Ibrahima Guèye"), as "Hadji" is no honorific.
 */
function withoutArticleBeforeHonorific(run: Term[]): Term[] {
  const [article, honorific] = run;
  const opens = article !== undefined && honorific !== undefined && /^(?:El|Al)$/u.test(article.text) && (isDottedHonorific(bare(honorific)) || isHonorific(bare(honorific)));
  return opens && run.length >= 4 ? run.slice(1) : run;
}

/** "Brian Carroll SC", "Martin Luther King Jr.", "Jane Doe MP OBE": letters after a person's name are no part of it. */
function withoutPostNominals(run: Term[]): Term[] {
  let end = run.length;
  while (end > 1 && isPostNominal(run[end - 1]!.text) && run.slice(0, end - 1).some((term) => !isTitleTerm(term))) end--;
  return run.slice(0, end);
}

/**
 * "Minister of Health of Sarajevo Canton Emir Hodžić": a title that is also a given name, after the body or place a title
 * hangs on and before one last word, or before "bin", is the given name.
 */
const GIVEN_NAME_TITLES = new Set(["emir", "amir", "sultan", "malik"]);
function isGivenNameTitle(run: Term[], index: number): boolean {
  const previous = run[index - 1];
  if (!GIVEN_NAME_TITLES.has(run[index]!.normal)) return false;
  // "Sultan bin Khalifa Al Dhaheri": a son's "bin" after it makes it his given name.
  if (PATRONYMICS.has(run[index + 1]?.normal ?? "")) return true;
  return index === run.length - 2 && previous !== undefined && isCapitalised(previous) && !isTitleTerm(previous);
}

/** A particle of a surname, written in lowercase between capitalised parts of it ("García de la Fuente"), not "of Azerbaijan". */
function isNameParticle(run: Term[], index: number): boolean {
  const term = run[index]!;
  // "Van der Berg said": a surname opening with its particle, capitalised where it stands alone.
  const previous = run.slice(0, index).findLast((word) => !NAME_PARTICLES.has(word.normal)) ?? (index > 0 ? run[0] : undefined);
  if (!NAME_PARTICLES.has(term.normal) || previous === undefined || !isCapitalised(previous)) return false;
  const next = run.slice(index + 1).find((word) => !NAME_PARTICLES.has(word.normal));
  return next !== undefined && isCapitalised(next) && !isOrganisationHead(run.at(-1)!);
}

/** "Minister of Health of Sarajevo Canton Emir Hodžić": an area's word ends the place a title hangs on, never opens a name. */
const ADMINISTRATIVE_AREAS = new Set("canton county province region district oblast governorate prefecture municipality".split(" "));

/** The commonest Vietnamese family names, written first: "Deputy Minister of Industry and Trade Le Thi Minh Nguyet". */
const FAMILY_NAMES_FIRST = new Set("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly".split(" "));

/**
 * Where a name starts after a title with its portfolio ("Secretary of State Antony Blinken", "Union Minister of Jal Shakti
 * Ravindra Nath Pathak", "Minister of Education and Sport Ana Belén Ortiz Sandoval"): the last two words, a third
 * that names no portfolio, and a fourth that is a first name.
 */
function nameAfterPortfolio(run: Term[]): number {
  // Particles count as no word: "Khalifa bin Jassim Al Thani" is three words and two particles.
  const wordBefore = (at: number) => {
    let index = at - 1;
    while (index > 0 && (isNameParticle(run, index) || closesPatronymic(run[index]!, run[index - 1]))) index--;
    return index;
  };
  // "Minister of Development Dato Seri Setia Awang Haji Suhaimi bin Haji Mohd Yassin": the given name after the last
  // title word before "bin", the father's name after it whatever its length.
  const bin = run.findIndex((term, index) => index > 0 && PATRONYMICS.has(term.normal));
  if (bin > 0) {
    let given = bin - 1;
    while (given > 0 && isCapitalised(run[given - 1]!) && !isTitleTerm(run[given - 1]!) && !isPortfolioWord(bare(run[given - 1]!)) && !isOrganisationHead(run[given - 1]!)) given--;
    if (given > 0) return given;
  }
  let start = wordBefore(wordBefore(run.length));
  const thirdAt = wordBefore(start);
  const third = run[thirdAt];
  // "Minister of Tourism and Antiquities Ayman Al Ma'aytah": a word after "and" ends the portfolio's list.
  if (run[thirdAt - 1]?.normal === "and") return start;
  // "Head of the Presidential Office Andrii Kovalenko": an organisation's head ends the portfolio, never starts a name.
  if (
    third === undefined ||
    !isCapitalised(third) ||
    (isTitleTerm(third) && !isHonorificInName(run, thirdAt)) ||
    isPortfolioWord(bare(third)) ||
    isOrganisationHead(third) ||
    ADMINISTRATIVE_AREAS.has(third.normal) ||
    third.tags.has("Place") ||
    countryKey(bare(third)) !== null ||
    CONNECTORS.has(third.normal)
  ) {
    return start;
  }
  start = thirdAt;
  // "Minister of Information Mohamud Sheikh Aden Farah": the given name before an honorific inside the name.
  if (isHonorificInName(run, thirdAt)) return wordBefore(start);
  // "Le Thi Minh Nguyet": a family name written first, though "Le" could be a particle elsewhere ("Marine Le Pen").
  if (start > 0 && FAMILY_NAMES_FIRST.has(run[start - 1]!.normal) && isCapitalised(run[start - 1]!)) return start - 1;
  const fourth = run[wordBefore(start)];
  // "Senior Minister of State Nur Hidayah binte Abdul Rahman": a given name of two words before "bin"/"binte" and the father's name.
  const patronymic = run.slice(start).some((term) => PATRONYMICS.has(term.normal));
  const givenName = (term: Term) => isCapitalised(term) && !isTitleTerm(term) && !isPortfolioWord(bare(term)) && !isOrganisationHead(term) && !CONNECTORS.has(term.normal);
  return fourth !== undefined && (fourth.tags.has("FirstName") || isInitial(fourth, third) || (patronymic && givenName(fourth))) ? wordBefore(start) : start;
}

/** Words of a style or a district before an honorific: "His Highness Sheikh …", "The Most Honourable Dr …", "DC West Dr …". */
const STYLE_WORDS = new Set("highness honourable honorable excellency majesty eminence grace lordship ladyship worshipful most right very north south east west central".split(" "));

/**
 * "Mohamud Sheikh Aden Farah", "Abdirisak Suldaan Mohamud": an honorific after a given name, before more of the name,
 * is part of the name (a father's or grandfather's name carries it), not a title.
 */
function isHonorificInName(run: Term[], index: number): boolean {
  const [previous, next] = [run[index - 1], run[index + 1]];
  return (
    isHonorific(bare(run[index]!)) &&
    previous !== undefined &&
    !STYLE_WORDS.has(previous.normal) &&
    next !== undefined &&
    isCapitalised(next) &&
    isCapitalised(previous) &&
    !isTitleTerm(previous) &&
    !isDottedHonorific(bare(previous)) &&
    !isPortfolioWord(bare(previous)) &&
    !isOrganisationHead(previous) &&
    !LETTERS.test(bare(previous)) &&
    !previous.tags.has("Place") &&
    countryKey(bare(previous)) === null
  );
}

/**
 * "Head of the Health Department of Bishkek City Hall Gulnara Sydykova", "Director of the Republican Center for
 * Immunoprophylaxis Aidana Nurbek kyzy": where the name of the organisation a title hangs on ends and its holder's begins —
 * after the organisation's last head (and a "for"/"of" with one word after it), when two capitalised words or more
 * follow that are neither heads nor titles; -1 when none do.
 */
function personAfterOrganisation(run: Term[], orgStart: number): number {
  const head = run.findLastIndex((term, index) => index >= orgStart && isOrganisationHead(term));
  if (head < 0) return -1;
  let start = head + 1;
  if (["for", "of"].includes(run[start]?.normal ?? "") && run[start + 1] && isCapitalised(run[start + 1]!)) start += 2;
  const name = run.slice(start).filter((term, index, rest) => !closesPatronymic(term, rest[index - 1] ?? run[start - 1]) && !NAME_PARTICLES.has(term.normal));
  const nameLike = (term: Term) => isCapitalised(term) && !isTitleTerm(term) && !isOrganisationHead(term) && !LETTERS.test(bare(term)) && countryKey(bare(term)) === null;
  if (name.length >= 2 && name.every(nameLike)) return start;
  // "Chairman of the State Committee for Physical Culture and Sports Dovletgeldi Muhammedov": the holder after the body's portfolio list.
  const listEnd = run.findLastIndex((term, index) => index >= start && isPortfolioWord(bare(term)));
  const holder = run.slice(listEnd + 1);
  return listEnd >= start && holder.length >= 2 && holder.length <= 4 && holder.every((term) => nameLike(term) && !isPortfolioWord(bare(term))) ? listEnd + 1 : -1;
}

/**
 * Whether the title word at `index` is a surname instead: after a first name or a surname ("Stephen King",
 * "Sarah Bishop", "John Major") or after an honorific ("Mr Judge"), ending the name.
 */
function isSurname(run: Term[], index: number): boolean {
  const previous = run[index - 1];
  if (!previous || index !== run.length - 1) return false;
  const named = ["FirstName", "LastName"].some((tag) => previous.tags.has(tag)) && !isTitleTerm(previous);
  return named || isHonorific(bare(previous));
}

/**
 * A run that names an organisation as a whole, title words and all: one ending in an organisation's head
 * ("Justice Department", "General Court", "An Garda Síochána"), opening with a head of another language
 * ("Verband freier Piloten", "Banco de la Nación"), or that the tagger reads as one throughout ("General Motors").
 */
function isWholeOrganisation(run: Term[]): boolean {
  // "Pratt & Whitney Canada": people are not joined by an ampersand into one name; businesses are.
  if (run.some((term) => term.text === "&")) return true;
  if (run.length < 2 || run.some((term) => term.tags.has("FirstName"))) return false;
  // "Office of the Auditor General", "Office of the Prime Minister": a body named after the office it serves.
  const opening = /^(?:The|the)$/u.test(run[0]!.text) ? 1 : 0;
  if (bare(run[opening]!).toLowerCase() === "office" && run[opening + 1]?.normal === "of" && isTitleTerm(run.at(-1)!)) return true;
  const words = run.filter((term) => !CONNECTORS.has(term.normal));
  // "General Confederation of Labour", "General Assembly of …": a title word before an organisation's head describes it.
  const titled = words.findIndex((term, index) => isTitleTerm(term) && !isTitleModifier(bare(term)) && !(words[index + 1] && isOrganisationHead(words[index + 1]!)));
  // "Governor of the Central Bank", "Police Commissioner Jane Doe": a title with more after it is not part of a name.
  if (titled >= 0 && run.slice(run.indexOf(words[titled]!) + 1).some((term) => CONNECTORS.has(term.normal))) return false;
  return isOrganisationHead(run.at(-1)!) || LEADING_HEADS.has(bare(run[0]!).toLowerCase()) || LEADING_HEADS.has(bare(run[1]!).toLowerCase()) && isIrishArticle(run[0]!, run[1]) || run.every((term) => term.tags.has("Organization"));
}

/** "Carmaker Solenta", "Drugmaker Novacor": what a business is, opening the run, before its name. */
function isCompanyDescription(run: Term[]): boolean {
  return run.length > 1 && COMPANY_NOUNS.has(run[0]!.normal) && !run.some(isTitleTerm);
}

/** "Local school boards said": a describing word capitalised only because it opens the sentence is no name (unless someone bears it). */
function isLoneDescription(run: Term[]): boolean {
  const [only] = run;
  return run.length === 1 && only!.tags.has("Adjective") && !["ProperNoun", "Person", "Place", "Organization", "Country"].some((tag) => only!.tags.has(tag)) && countryKey(only!.text) === null;
}

/** Where a name's last word ends: "Fenwick Robotics Inc." with the full stop of its legal form. */
function endOf(body: string, term: Term): number {
  return DOTTED_LEGAL_FORM.test(term.text) && body[term.end] === "." ? term.end + 1 : term.end;
}

function toMention(body: string, found: Term[]): Mention | null {
  // "Villareal said": a surname the tagger reads as a describing word is kept, as a name only if someone bears it.
  if (isLoneDescription(found)) {
    const [only] = found;
    return { start: only!.start, end: only!.end, name: bare(only!), title: null, kind: "other", common: true };
  }
  if (isCompanyDescription(found)) {
    const name = toMention(body, found.slice(1));
    return name && { ...name, title: null, kind: "organisation", business: true };
  }
  const run = withoutPostNominals(withoutArticleBeforeHonorific(withoutDescription(body, withoutLowercaseLead(withoutPluralTitle(found)))));
  // "Jalan Sultan Azlan Shah": a road named after someone is a place.
  if (run.length >= 2 && ROAD_LEADS.has(bare(run[0]!))) {
    const name = body.slice(run[0]!.start, endOf(body, run.at(-1)!)).replace(/[.,;:]+$/u, "");
    return { start: run[0]!.start, end: run[0]!.start + name.length, name, title: null, kind: "place" };
  }
  // "Master of Sports of Turkmenistan Arslan Saparov", "Honoured Coach of Turkmenistan Begench Annamyradov": an honour "of" a
  // country, then the name of whoever holds it.
  const country = run.findLastIndex((term, index) => index >= 2 && run[index - 1]!.normal === "of" && countryKey(bare(term)) !== null);
  const honoured = run.slice(country + 1);
  if (country > 0 && honoured.length >= 2 && honoured.length <= 3 && honoured.every((term) => isCapitalised(term) && !isTitleTerm(term) && !isOrganisationHead(term) && !isPortfolioWord(bare(term)))) {
    const name = body.slice(honoured[0]!.start, endOf(body, honoured.at(-1)!)).replace(/['’]s$/u, "").replace(/[.,;:]+$/u, "");
    return { start: run[0]!.start, end: honoured[0]!.start + name.length, name, title: body.slice(run[0]!.start, run[country]!.end), kind: "person" };
  }
  if (isWholeOrganisation(run)) {
    // "The European Commission": the tagger may read the article as part of the name; the name goes without it.
    const first = run.find((term, index) => index > 0 || !/^(?:The|A)$/u.test(term.text))!;
    const name = body.slice(first.start, endOf(body, run.at(-1)!)).replace(/['’]s$/u, "");
    return { start: run[0]!.start, end: first.start + name.length, name, title: null, kind: "organisation" };
  }
  let lastTitle = -1;
  const patronymic = run.findIndex((term, index) => index > 0 && PATRONYMICS.has(term.normal));
  run.forEach((term, index) => {
    // "Amartya Sen": a word the tagger reads as an honorific ("Sen.") is a name when nothing follows it.
    if (!isTitleTerm(term) || (index === run.length - 1 && !isTitleWord(bare(term))) || isSurname(run, index) || isGivenNameTitle(run, index)) return;
    // "Dr Agathe Pastor-Giordan": a title's word joined by a hyphen to a name opens a double-barrelled surname.
    const joinedTo = run[index + 1];
    if (joinedTo && body[term.end] === "-" && joinedTo.start === term.end + 1 && isCapitalised(joinedTo) && !isTitleTerm(joinedTo)) return;
    // "Suhaimi bin Haji Mohd Yassin": after "bin" the father's name, his honorifics with it.
    if (patronymic > 0 && index > patronymic) return;
    if (isHonorificInName(run, index)) return;
    // "General Confederation of Labour": a title word before an organisation's head describes the organisation.
    if (run[index + 1] && isOrganisationHead(run[index + 1]!) && !isTitleModifier(bare(term))) return;
    // "Deputy", "Rear", "State": a title word only beside another ("Deputy Mayor", "Secretary of State").
    // "Tuai Rumah Jenang ak Limbang of Rumah Jenang": a title-only-beside-another word beside none is no title.
    if (isTitleModifier(bare(term)) && index > 0 && !isTitleTerm(run[index - 1]!) && !(run[index + 1] && isTitleTerm(run[index + 1]!)) && run.slice(0, index).some(isTitleTerm)) return;
    if (isTitleModifier(bare(term)) && !run.slice(0, index).some(isTitleTerm)) {
      // "Majilis deputy Yerlan Bakytzhanuly": a legislator's "deputy" after the assembly's name, before a name of two words.
      const legislator = term.normal === "deputy" && /^\p{Ll}/u.test(term.text) && index > 0 && run.length - index - 1 >= 2;
      if ((index < run.length - 1 && isTitleTerm(run[index + 1]!)) || legislator) lastTitle = index;
      return;
    }
    lastTitle = index;
  });
  // "KZN MEC Nomvula Mahlangu-Dlamini", "MQM-P MPA Kanwal Nizami": letters in capitals before a name of two words or more
  // are a title or a party's, never part of a person's name ("JD Vance" keeps his initials: one word follows them).
  // "KZN MEC for Health Nomvula Mahlangu-Dlamini": with the portfolio they are a title of.
  const personAfter = (index: number) => {
    let at = index + 1;
    if (["for", "of"].includes(run[at]?.normal ?? "") && run[at + 1] && isPortfolioWord(bare(run[at + 1]!))) at += 2;
    // "HSE Mid West": a region's compass words after letters are a body's name, not a person's.
    const nameWord = (term: Term) => ((isCapitalised(term) && !LETTERS.test(bare(term))) || NAME_PARTICLES.has(term.normal)) && !COMPASS.has(term.normal);
    // "Eng. Salem Awadh bin Mubarak": a given name the tagger also knows as a place ("Salem") does not end the name.
    return run.length - at >= 2 && run.slice(at).every((term, index, name) => nameWord(term) && !isOrganisationHead(term) && (index < name.length - 1 || !term.tags.has("Place")) && !term.tags.has("Organization"));
  };
  // "SWPC CEO Eng. Khalid Al-Qahtani": an honorific written short only with its full stop ("Ng Eng Hen" has a given name "Eng").
  // "Eng Karim El-Sherbiny" opening a run is the honorific too; "Tan Sri Abdul Halim", "Puan Sri …": "Sri" after "Tan" or "Puan".
  const prefix = (term: Term, index: number) =>
    (LETTERS.test(bare(term)) && !isCapitalsHonorific(bare(term))) ||
    (isDottedHonorific(bare(term)) && !isMariaWrittenShort(body, term) && (body[term.end] === "." || index === lastTitle + 1)) ||
    (/^(?:Tan|Puan)$/u.test(bare(term)) && /^Sri$/u.test(bare(run[index + 1] ?? term))) ||
    (/^Sri$/u.test(bare(term)) && index > 0 && /^(?:Tan|Puan|Datuk|Dato['’]?)$/u.test(bare(run[index - 1]!)));
  const letters = run.findLastIndex((term, index) => index > lastTitle && prefix(term, index) && personAfter(index));
  if (letters >= 0) lastTitle = letters;
  // "Dr. C. María Elena Cabrera Soto": Cuba's "Doctor en Ciencias" is a title, not an initial.
  if (lastTitle >= 0 && /^Dra?$/u.test(bare(run[lastTitle]!)) && bare(run[lastTitle + 1] ?? run[0]!) === "C" && body[run[lastTitle + 1]!.end] === "." && run.length - lastTitle - 2 >= 2) lastTitle++;
  let nameStart = lastTitle + 1;
  // "Secretary of State Antony Blinken": a phrase hanging on a title keeps all but a two-word name.
  // Not after an honorific: "Ms de Kerhervé" is a name with its particle.
  const titlePhrase = run.findIndex(
    (term, index) =>
      // "Governor Al-Masri": a capitalised particle opens the name, not a phrase hanging on the title.
      // "Ulu o Tokelau", "Pule o Kaupule": Polynesian "o" (of) hangs a title on its place as "of" does.
      index > 0 && index <= lastTitle + 1 && ((CONNECTORS.has(term.normal) && (!isCapitalised(term) || ["of", "for", "the"].includes(term.normal))) || term.text === "o" || spokespersonOn(run, index)) && ((isTitleTerm(run[index - 1]!) && !isHonorific(bare(run[index - 1]!))) || index - 1 === letters),
  );
  // "president of the European Handball Confederation": a title hanging on an organisation names the organisation.
  // So does one hanging on an organisation's "of"/"for": "spokesperson for the Department for Environment, Food and Rural Affairs",
  // "a spokesperson for the Federal Ministry for Economic Affairs and Energy".
  const orgStart = run.findIndex((term, index) => index > titlePhrase && !CONNECTORS.has(term.normal));
  const organisationNamed = (part: Term[]) =>
    isOrganisationHead(part.at(-1)!) || part.some((term, index) => index < part.length - 2 && isOrganisationHead(term) && ["of", "for"].includes(part[index + 1]!.normal));
  const holder = titlePhrase > 0 && orgStart > 0 ? personAfterOrganisation(run, orgStart) : -1;
  if (holder > 0) {
    const name = body.slice(run[holder]!.start, endOf(body, run.at(-1)!)).replace(/['’]s$/u, "");
    return { start: run[0]!.start, end: run[holder]!.start + name.length, name, title: body.slice(run[0]!.start, run[holder - 1]!.end), kind: "person" };
  }
  if (titlePhrase > 0 && orgStart > 0 && organisationNamed(run.slice(orgStart)) && !run.some((term) => term.tags.has("Person"))) {
    return { start: run[orgStart]!.start, end: run.at(-1)!.end, name: body.slice(run[orgStart]!.start, run.at(-1)!.end), title: null, kind: "organisation" };
  }
  // "The Bishop of St Asaph, the Rt Rev Gareth Lloyd-Evans,", "the Mayor of London said": a title hanging on a place
  // names an office, not a person; whoever holds it is named beside it (officeHolders).
  const place = (term: Term) => term.tags.has("Place") || term.tags.has("Country") || countryKey(bare(term)) !== null;
  const holderNamedAfter = /^(?:,|\s*\(\p{Lu}[\p{L}&-]{1,9}\))\s*\p{Lu}/u.test(body.slice(endOf(body, run.at(-1)!)));
  // "the Wali of Tizi Ouzou, Djamel Eddine Benrabah,": a place the tagger does not know, when the holder is named after the comma.
  const unknownPlace = (term: Term) => isCapitalised(term) && !term.tags.has("Person") && !isTitleTerm(term) && !isOrganisationHead(term);
  const namedAfter = /^,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}[\p{L}'’-]+){1,4}\s*,/u.test(body.slice(endOf(body, run.at(-1)!)));
  const office = (term: Term) => CONNECTORS.has(term.normal) || place(term) || (namedAfter && unknownPlace(term) && !isPortfolioWord(bare(term)));
  if (titlePhrase > 0 && lastTitle === titlePhrase - 1 && run.slice(titlePhrase + 1).every(office)) {
    const name = body.slice(run[0]!.start, run.at(-1)!.end).replace(/['’]s$/u, "");
    return { start: run[0]!.start, end: run[0]!.start + name.length, name, title: null, kind: "other", office: true };
  }
  // "the President of the INGD, Francisco Jaime dos Santos,": after "of the" comes a body, whose holder the comma names
  // ("Deputy Director of the Yerevan Metro CJSC Anahit Grigoryan" names them in the run).
  if (titlePhrase > 0 && orgStart > 0 && holderNamedAfter && run.slice(titlePhrase, orgStart).some((term) => term.normal === "the") && !run.slice(orgStart).some((term) => term.tags.has("Person"))) {
    return { start: run[orgStart]!.start, end: run.at(-1)!.end, name: body.slice(run[orgStart]!.start, endOf(body, run.at(-1)!)).replace(/['’]s$/u, ""), title: null, kind: "organisation" };
  }
  if (titlePhrase > 0) nameStart = Math.max(nameStart, nameAfterPortfolio(run), titlePhrase + 2);
  while (nameStart < run.length && CONNECTORS.has(run[nameStart]!.normal) && (run[nameStart]!.normal === "the" || !isCapitalised(run[nameStart]!))) nameStart++;
  // "Collector of Customs Mr. Rufus Lightbourne": an honorific after the title's portfolio opens no name.
  while (nameStart > 0 && nameStart < run.length - 2 && isHonorific(bare(run[nameStart]!))) nameStart++;
  const trailing = run.findIndex((term, index) => index > nameStart && CONNECTORS.has(term.normal) && !isNameParticle(run, index));
  // "President Ilham Aliyev of Azerbaijan": a name stops before a trailing "of …"; "Office for National Statistics"
  // and "University Hospitals of North Midlands NHS Trust" (no title, ending in an organisation word) do not.
  const organisation =
    trailing > 0 &&
    (isOrganisationHead(run[trailing - 1]!) ||
      (nameStart === 0 && isOrganisationHead(run.at(-1)!) && !run.slice(0, trailing).some((term) => term.tags.has("Person"))));
  // "Gateway Residential Partners of Clayton": after a legal form, "of …" says where the business is, not its name.
  const legalForm = trailing > 0 && isLegalForm(bare(run[trailing - 1]!));
  const nameTerms = run.slice(nameStart, trailing > 0 && (!organisation || legalForm) ? trailing : undefined);
  const first = nameTerms[0];
  const last = nameTerms.at(-1);
  if (!first || !last) return null;
  // "Assistant Undersecretary for Industry Affairs at the Ministry …", "Minister of Education and Sport": a portfolio closing a title is no one's name.
  if (titlePhrase > 0 && nameTerms.every((term) => isPortfolioWord(bare(term)) || term.normal === "and")) return null;
  const written = body.slice(first.start, endOf(body, last)).replace(/['’]s$/u, "");
  // "U.S." keeps its last full stop: it belongs to the initials; so does a legal form's ("Inc.").
  const name = KEEPS_FULL_STOP.test(written) ? written : written.replace(/[.,;:]+$/, "");
  const title = nameStart > 0 ? body.slice(run[0]!.start, run[nameStart - 1]!.end).replace(/\s+(of|for|the)$/i, "") : null;
  const head = bare(last).toLowerCase();
  let kind: EntityKind;
  // "President Luis Arce's" is a person even where the tagger reads an organisation.
  if (organisation || ORGANISATION_HEADS.has(head)) kind = "organisation";
  // "Ephraim N. Sigrah": a middle initial between a given name and a surname makes a person, whatever the tagger reads.
  // "Kenny 'Cove' Maciver": so does a nickname in quotation marks inside the name.
  else if (nameTerms.some((term) => term.tags.has("Person")) || (title && /\p{Lu}/u.test(title)) || /^\p{Lu}\p{Ll}+\s+\p{Lu}\.\s+\p{Lu}\p{Ll}+$/u.test(name) || /\s["“‘'][^"“”‘’']+["”’']\s/u.test(name)) kind = "person";
  else if (last.tags.has("Organization")) kind = "organisation";
  else if (nameTerms.every((term) => term.tags.has("Place"))) kind = "place";
  else kind = "other";
  // "Police said", "Authorities said": a body's plural head alone names no body.
  const common = run.length === 1 && (kind === "other" || kind === "organisation") && first.tags.has("Plural") && !first.tags.has("ProperNoun");
  return { start: run[0]!.start, end: first.start + name.length, name, title: kind === "person" || kind === "other" ? title : null, kind, ...(common ? { common } : {}) };
}

/** "Nia Prydderch MS, …": where a name ends once the letters after it (dropped from the name) are passed. */
function afterPostNominals(body: string, end: number): number {
  let at = end;
  for (let letters = /^\s+([\p{L}.]+)/u.exec(body.slice(at)); letters && isPostNominal(letters[1]!); letters = /^\s+([\p{L}.]+)/u.exec(body.slice(at))) at += letters[0].length;
  return at;
}

/** "Jane Doe, the U.S. Permanent Representative to the OSCE, told…" / "…, said Jane Doe, the interior minister.": a title. */
function appositiveTitle(body: string, mention: Mention): string | null {
  // "a lawyer representing about 3,400 customers": a comma between digits does not end the title.
  const end = afterPostNominals(body, mention.end);
  const match = /^,\s+(?:the\s+)?((?:[^,;:"“”]|(?<=\d),(?=\d)){3,140}?)(?:(?<!\d),|,(?!\d)|\.(?=\s|$)|;|$)/u.exec(body.slice(end, end + 160));
  const words = match?.[1]?.split(/\s+/) ?? [];
  if (!match || !words.some(isTitleHead)) return null;
  return match[1]!.trim();
}

const NOT_IN_TITLE = new Set("the its his her their our a an and but or of for to in on at with by from as while when after before".split(" "));

/**
 * "its governor, Marie Dubois, said…", "The union's leader, Thomas Brandt, …", "the central bank's
 * governor, Marie Dubois, …": a title set off by commas right before the name, with its owner
 * ("union's leader") but not its determiner.
 */
function precedingTitle(body: string, mention: Mention): string | null {
  const end = afterPostNominals(body, mention.end);
  if (!/^\s*,/u.test(body.slice(end, end + 2))) return null;
  const clause = body.slice(Math.max(0, mention.start - 80), mention.start).split(/[.;:!?()"“”«»—–\n]/u).at(-1)!;
  const words = (/([\p{L}'’ -]+),\s+$/u.exec(clause)?.[1] ?? "").trim().split(/\s+/u);
  const title = words.slice(words.findLastIndex((word) => NOT_IN_TITLE.has(word.toLowerCase())) + 1);
  const role = title.slice(title.findLastIndex((word) => /['’]s$/u.test(word)) + 1);
  const head = role.at(-1)?.toLowerCase() ?? "";
  if (role.length > 0 && role.length <= 3 && isTitleHead(head)) return title.join(" ");
  // "The Minister of Fisheries and Maritime Economy, Mr. Sidi Ould Ahmedou Bamba,": a title and its portfolio.
  const office = words.findLastIndex((word) => isTitleHead(word));
  const portfolio = words.slice(office + 1);
  if (office < 0 || portfolio.length > 6 || !/^(?:of|for)$/u.test(portfolio[0] ?? "") || !portfolio.every((word) => PORTFOLIO_JOINS.has(word) || /^\p{Lu}/u.test(word))) return null;
  return words.slice(words.slice(0, office).findLastIndex((word) => NOT_IN_TITLE.has(word.toLowerCase())) + 1).join(" ");
}
const PORTFOLIO_JOINS = new Set(["of", "for", "and", "the", "&"]);


/**
 * "The island’s mayor, Stelios Karamolegos, welcomed …": a name the tagger does not know, of two or three words
 * and no organisation's head, set off by commas after a role is that person's.
 */
function unknownNameWithRole(body: string, mention: Mention): Mention {
  const words = mention.name.split(/\s+/u);
  if (mention.kind !== "other" || words.length < 2 || words.length > 3 || ORGANISATION_HEADS.has(words.at(-1)!.toLowerCase())) return mention;
  const title = precedingTitle(body, mention);
  if (title) return { ...mention, title, kind: "person" };
  // "village headman Prasert Khamwong", "Stornoway haulier Kenny 'Cove' Maciver": a lowercase role or what someone does, right
  // before a name the tagger does not know.
  const role = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+$/u.exec(body.slice(Math.max(0, mention.start - 30), mention.start))?.[1];
  return role && (isTitleHead(role) || isDescriptor(role)) && !isHonorific(role) ? { ...mention, title: role, kind: "person" } : mention;
}

/**
 * "Feargal Sharkey" … "Sharkey told": a name the tagger does not know, whose last word the article uses alone later;
 * "Shilan Hama Amin" … "Hama Amin told": or its last words; "Juma Modi Lemi" … "Modi warned": or a middle one.
 */
function promoteSurnames(mentions: Mention[]): Mention[] {
  return mentions.map((mention, index) => {
    const words = mention.name.split(" ");
    // "Helen Marsh", read by the tagger as a place beside "Marsh": a first name opening it says otherwise.
    const unknown = mention.kind === "other" || (mention.kind === "place" && isFirstName(words[0]!));
    if (!unknown || words.length < 2 || words.length > 4) return mention;
    const partsAfterFirst = new Set(words.slice(1).flatMap((_, from) => words.slice(from + 1).map((__, to) => foldName(words.slice(from + 1, from + 2 + to).join(" ")))));
    const partOf = (later: Mention) => (later.kind === "other" || later.kind === "person") && partsAfterFirst.has(foldName(later.name));
    return mentions.slice(index + 1).some(partOf) ? { ...mention, kind: "person" } : mention;
  });
}

/** A first name in the tagger's lexicon, read alone (beside another name the tagger may have read it as a place). */
function isFirstName(word: string): boolean {
  return nlp(word).has("#FirstName");
}

/**
 * "the Caribbean Community (CARICOM)", "the European Handball Confederation (EHC)": the acronym in
 * brackets right after a name is that name; each mention of it is the full name, an organisation.
 */
/** Words an acronym may leave out: "Department for Environment, Food and Rural Affairs (DEFRA)". */
const ACRONYM_SKIPS = new Set("of for and the on in de la del der des du von für y e et und".split(" "));
/** "(VfP)", "(EHC)", "(BNA)": two capitals or more, lowercase letters allowed between them. */
const BRACKETED = /\((\p{Lu}[\p{L}&]{1,9})\)/gu;

/**
 * The words right before "(VfP)" whose initials spell it, lowercase words included ("Verband freier
 * Piloten") and small words skipped where the acronym leaves them out; the first word capitalised.
 */
function spelledBy(body: string, open: number, acronym: string, { anyCase = false }: { anyCase?: boolean } = {}): Mention | null {
  const letters = [...acronym.replace(/&/gu, "").toLowerCase()];
  const words = [...body.slice(Math.max(0, open - 160), open).matchAll(/[\p{L}\p{N}'’.-]+/gu)].map((match) => ({
    text: match[0],
    start: Math.max(0, open - 160) + match.index,
  }));
  const gapOk = (from: number, to: number) => /^[,\s-]*$/u.test(body.slice(from, to));
  const match = (letter: number, word: number, end: number): number | null => {
    if (letter < 0) return word + 1;
    const candidate = words[word];
    if (!candidate || !gapOk(candidate.start + candidate.text.length, end)) return null;
    // "Office of the Auditor General (OAG)": a small word is skipped first, and spells a letter only if the name needs it
    // ("Department of Transportation (DOT)").
    const skipped = ACRONYM_SKIPS.has(candidate.text.toLowerCase()) ? match(letter, word - 1, candidate.start) : null;
    return skipped ?? (candidate.text[0]!.toLowerCase() === letters[letter] ? match(letter - 1, word - 1, candidate.start) : null);
  };
  const first = match(letters.length - 1, words.length - 1, open);
  const start = first === null ? undefined : words[first];
  if (!start || (!anyCase && !/^\p{Lu}/u.test(start.text))) return null;
  const name = body.slice(start.start, open).replace(/[\s,]+$/u, "");
  return { start: start.start, end: start.start + name.length, name, title: null, kind: "organisation" };
}

/**
 * "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": the acronym spells only the end of
 * the name; the start of the run of capitalised words it ends is the name's start.
 */
function withNameBefore(body: string, mentions: Mention[], named: Mention): Mention {
  const run = mentions.find((mention) => mention.kind !== "person" && mention.start < named.start && named.start < mention.end);
  // "spokesperson for the World Food Programme (WFP)": who speaks for the body is no word of its name.
  if (!run || run.title !== null) return named;
  const start = run.start + (/^(?:The|the)\s+/u.exec(body.slice(run.start, named.start))?.[0].length ?? 0);
  return { ...named, start, name: body.slice(start, named.end) };
}

/**
 * Names spelled out before a bracketed acronym, in place of the mentions they cover. An acronym spelled by
 * lowercase words ("earnings before interest and taxes (EBIT)") is a term, never a name.
 */
function withSpelledAcronyms(body: string, mentions: Mention[]): { mentions: Mention[]; full: Map<string, Mention> } {
  const full = new Map<string, Mention>();
  const terms = new Set<string>();
  for (const found of body.matchAll(BRACKETED)) {
    const acronym = found[1]!;
    // "Cruise Lines International Association (Clia)": a short form written as a word is spelled by three words or more.
    const capitals = (acronym.match(/\p{Lu}/gu) ?? []).length;
    if ((capitals < 2 && acronym.length < 3) || full.has(acronym)) continue;
    const named = spelledBy(body, found.index, acronym);
    if (named && named.name.split(/\s+/u).length >= (capitals < 2 ? 3 : 2)) full.set(acronym, withNameBefore(body, mentions, named));
    else if (/^\p{Ll}/u.test(spelledBy(body, found.index, acronym, { anyCase: true })?.name ?? "")) terms.add(acronym);
  }
  const spelled = [...full.values()];
  const kept = mentions.filter((mention) => !terms.has(mention.name) && !spelled.some((name) => mention.start < name.end && name.start < mention.end));
  return { mentions: [...kept, ...spelled].sort((a, b) => a.start - b.start), full };
}

function withAcronyms(body: string, found: Mention[]): Mention[] {
  const { mentions, full } = withSpelledAcronyms(body, found);
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    // "the Norwegian Civil Aviation Authority (CAA Norway)": an acronym with a place after it is a short form too.
    // "the Indonesian Forum for the Environment (Walhi)": so is a word in brackets after an organisation's full name.
    // So is its name in the country's language: "Confederation of Turkish Trade Unions (Türk-İş)", "Swedish Hunters' Association (Svenska Jägareförbundet)".
    const shortForm =
      /^\p{Lu}{2,8}(?:\s+\p{Lu}\p{Ll}+)?$/u.test(next?.name ?? "") ||
      (mention.kind === "organisation" && /^\p{Lu}\p{L}{1,24}(?:[\s-]\p{Lu}\p{L}{0,24}){0,2}$/u.test(next?.name ?? "") && (next?.name.length ?? 0) >= 3);
    if (!next || mention.kind === "person" || mention.kind === "place" || !mention.name.includes(" ") || !shortForm) return;
    if (/^\s*\($/u.test(body.slice(mention.end, next.start)) && body[next.end] === ")" && !full.has(next.name)) full.set(next.name, mention);
  });
  return mentions.map((mention, index) => {
    const named = full.get(mention.name) ?? [...full.values()].find((candidate) => candidate.start === mention.start) ?? initialsOf(mentions.slice(0, index), mention);
    return named ? { ...mention, name: named.name, title: null, kind: "organisation" } : mention;
  });
}

/** "The HSE said" after "the Health and Safety Executive": an acronym no bracket gave, spelling an organisation named before it. */
function initialsOf(earlier: Mention[], mention: Mention): Mention | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(mention.name)) return undefined;
  const initials = (name: string) => name.split(/\s+/u).filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase())).map((word) => word[0]).join("");
  const spelling = earlier.filter((candidate) => candidate.kind === "organisation" && initials(candidate.name) === mention.name);
  return spelling.length > 0 && spelling.every((candidate) => candidate.name === spelling[0]!.name) ? spelling[0] : undefined;
}

/** A name once called a business ("Carmaker Solenta") is an organisation wherever the tagger reads a person ("Solenta said"). */
function businessesThroughout(mentions: Mention[]): Mention[] {
  const organisations = new Set(mentions.filter((mention) => mention.business).map((mention) => foldName(mention.name)));
  return mentions.map((mention) => (mention.kind !== "organisation" && organisations.has(foldName(mention.name)) ? { ...mention, title: null, kind: "organisation" } : mention));
}

/** Only a style, no office: "Rt Rev", "Dr", "the Venerable". */
const isStyle = (title: string) => title.split(/\s+/u).every((word) => isHonorific(word) || isAbbreviatedTitle(word) || isTitleModifier(word));

/** "The Bishop of St Asaph, the Rt Rev Gareth Lloyd-Evans,": the person in the appositive holds the office, their title. */
function officeHolders(body: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention, index) => {
    const office = mentions[index - 1];
    // "Rangbah Shnong of Nongkwar, Wanbok Syiemlieh,": a name the tagger does not know, set off after an office, is its holder's.
    const named = mention.kind === "person" || (mention.kind === "other" && mention.name.includes(" "));
    if (!office?.office || !named || !/^,\s+(?:the\s+)?$/iu.test(body.slice(office.end, mention.start))) return mention;
    return !mention.title || isStyle(mention.title) ? { ...mention, title: office.name, kind: "person" } : mention;
  });
}

/** "the Wali of Dakhlet Nouadhibou said" after "the Wali of Dakhlet Nouadhibou, Mr. Mohamed …,": an office once named is one wherever it stands. */
function officesThroughout(body: string, mentions: Mention[]): Mention[] {
  const offices = new Map(mentions.filter((mention) => mention.office).map((mention) => [foldName(mention.name), mention]));
  return mentions.map((mention) => {
    const office = mention.office ? undefined : offices.get(foldName(body.slice(mention.start, mention.end)));
    return office && office.start < mention.start ? { ...mention, name: office.name, title: null, kind: "other", office: true } : mention;
  });
}

/** "Sociedad Concesionaria Metro de Lima Línea 2", "Terminal 3": a line's, a terminal's or a phase's number closes its name. */
const NUMBERED = /^(?:line|línea|linha|ligne|linie|terminal|phase|unit)$/iu;
function withNumbers(body: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    const number = /^[^\S\n]+\d{1,3}\b/u.exec(body.slice(mention.end));
    if (!number || mention.kind === "person" || mention.kind === "place" || !mention.name.includes(" ") || !NUMBERED.test(lastWord(mention.name))) return mention;
    return { ...mention, end: mention.end + number[0].length, name: `${mention.name}${number[0].replace(/^[^\S\n]+/u, " ")}` };
  });
}

/** "Commissioner of Police (CoP) Kerwin Baptiste": a title given with its acronym, then a name of two words or more, is that person's. */
function holdersAfterTitleAcronym(body: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention, index) => {
    const [title, acronym] = [mentions[index - 2], mentions[index - 1]];
    if (!title || !acronym || title.name !== acronym.name || mention.kind === "place" || mention.kind === "organisation" || !mention.name.includes(" ")) return mention;
    const bracketed = /^\s*\($/u.test(body.slice(title.end, acronym.start)) && /^\)[^\S\n]+$/u.test(body.slice(acronym.end, mention.start));
    return bracketed && isTitleWord(title.name.split(/\s+/u)[0]!) ? { ...mention, kind: "person", title: title.name } : mention;
  });
}

/** A preposition of place right before a name: "in Al Kamil", "from Al Kamil towards Sur". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|towards|toward|linking|across|around)\s+$/u;

export function buildRoster(analysis: Analysis): Roster {
  const headline = headlineOf(analysis.body);
  const titleCase = headline !== null && isTitleCaseHeadline(analysis.body, headline) ? headline : null;
  const found = runsOf(analysis.body, analysis.terms)
    .map((run) => toMention(analysis.body, run))
    .filter((mention): mention is Mention => mention !== null && !(titleCase && mention.end <= titleCase.end));
  const mentions = holdersAfterTitleAcronym(analysis.body, officesThroughout(analysis.body, officeHolders(analysis.body, businessesThroughout(withAcronyms(analysis.body, promoteSurnames(withNumbers(analysis.body, found)))))))
    .map((mention) =>
      mention.kind === "person" && (!mention.title || isHonorific(mention.title))
        ? { ...mention, title: precedingTitle(analysis.body, mention) ?? appositiveTitle(analysis.body, mention) ?? mention.title }
        : unknownNameWithRole(analysis.body, mention),
    )
    .map((mention) => (mention.title ? { ...mention, title: expandTitle(mention.title) } : mention));

  const people = new Map<string, Person>();
  for (const mention of mentions.filter((candidate) => candidate.kind === "person")) {
    // "Uncle Mebai said" after "Uncle Mebai Akiba": an honorific before a given name alone names no one new.
    const [honorific, given, ...more] = mention.name.split(/\s+/u);
    const opensKnownName = (person: Person) => foldName(person.name.split(/\s+/u)[0]!) === foldName(given ?? "");
    if (given !== undefined && more.length === 0 && isDottedHonorific(honorific!) && [...people.values()].filter(opensKnownName).length === 1) continue;
    const key = surnameKey(mention.name);
    // "Sri Wahyuni" after "Sri Wahyuni Lestari", "Dr Yong" after "Datu Dr Yong Siew Mee" (a family name first): the first
    // words of a known full name are that person.
    const opened = [...people.values()].filter((person) => person.name.includes(" ") && foldName(person.name).startsWith(`${foldName(mention.name)} `));
    if (opened.length === 1 && !people.has(key)) {
      people.set(key, opened[0]!);
      continue;
    }
    const known = people.get(key);
    const isFullName = mention.name.includes(" ");
    if (!known || (isFullName && !known.name.includes(" "))) {
      people.set(key, { name: isFullName || !known ? mention.name : known.name, title: known?.title ?? mention.title });
    }
    people.get(key)!.title ??= mention.title;
  }
  // Everyone given a full name, though two share a surname ("Nasreen Mustafa Karim", "Rebwar Ali Karim").
  const fullNames = new Map<string, Person>();
  for (const known of [...people.values(), ...mentions.filter((mention) => mention.kind === "person" && mention.name.includes(" "))]) {
    if (!fullNames.has(foldName(known.name))) fullNames.set(foldName(known.name), { name: known.name, title: known.title });
  }
  // "Maria said" after "Maria Lopez": a first name alone is the one person the article gave it, if only one.
  const byFirstName = new Map<string, Person[]>();
  for (const known of fullNames.values()) {
    const words = known.name.split(/\s+/u);
    if (words.length < 2 || /^\p{Lu}\.?$/u.test(words[0]!)) continue;
    const key = foldName(words[0]!);
    byFirstName.set(key, [...(byFirstName.get(key) ?? []), known]);
  }
  // "Louzán said" after "Rafael Louzán Abal": a name's middle word alone (the first of two surnames) is the one person bearing it.
  const byMiddleName = new Map<string, Person[]>();
  for (const known of fullNames.values()) {
    for (const word of known.name.split(/\s+/u).slice(1, -1).filter((part) => /^\p{Lu}\p{Ll}/u.test(part))) {
      byMiddleName.set(foldName(word), [...(byMiddleName.get(foldName(word)) ?? []), known]);
    }
  }
  const usedAlone = new Set(mentions.filter((mention) => (mention.kind === "person" || mention.kind === "other") && !mention.name.includes(" ")).map((mention) => foldName(mention.name)));
  const lookup = (name: string): Person | null => {
    // "Ro Alipate said" after "Ro Alipate Bulivou": an honorific before a given name alone.
    const [honorific, given, ...more] = name.trim().split(/\s+/u);
    if (given !== undefined && more.length === 0 && isDottedHonorific(honorific!)) {
      const named = lookup(given);
      if (named) return named;
    }
    const bySurname = people.get(surnameKey(name)) ?? null;
    // "Sri Wahyuni said" after "Sri Wahyuni Lestari": the first words of the one full name that opens with them.
    if (!bySurname && name.trim().includes(" ")) {
      const opening = [...people.values()].filter((known) => foldName(known.name).startsWith(`${foldName(name)} `));
      if (opening.length === 1) return opening[0]!;
    }
    // "Mangue Nsue" after "Trinidad Mangue Nsue Obono": the words inside one full name, as Fang names are shortened.
    if (name.trim().includes(" ") && (!bySurname || foldName(bySurname.name) === foldName(name))) {
      const inside = [...fullNames.values()].filter((known) => ` ${foldName(known.name)} `.includes(` ${foldName(name)} `) && foldName(known.name) !== foldName(name));
      if (inside.length === 1) return inside[0]!;
    }
    // "Quispe said" after "César Arrunátegui Quispe" and "Juana Quispe Ramos": when the one ending in the word goes by their
    // first surname ("Arrunátegui stated"), the word alone is the first surname of the one it opens the surnames of.
    const middle = byMiddleName.get(foldName(name)) ?? [];
    const byFirstSurname = (person: Person) => person.name.split(/\s+/u).slice(1, -1).some((word) => usedAlone.has(foldName(word)));
    if (!name.trim().includes(" ") && bySurname && middle.length === 1 && middle[0] !== bySurname && byFirstSurname(bySurname)) return middle[0]!;
    if (name.trim().includes(" ") || bySurname?.name.includes(" ")) return bySurname;
    const sharing = byFirstName.get(foldName(name)) ?? [];
    if (sharing.length === 1) return sharing[0]!;
    // "Lula" after "Luiz Inacio Lula da Silva", though "Lula" alone was read as a name of its own.
    return middle.length === 1 && !bySurname?.name.includes(" ") ? middle[0]! : bySurname;
  };
  // Each person's gender, from the first mention of them that shows one ("Dr Yong" is Yong Siew Mee). A first word the
  // article also writes after a title alone ("Dr Yong", "Cr Lim") is a family name written first, whatever the tagger knows
  // of it as a first name.
  const genders = new Map<string, Gender>();
  const named = mentions.filter((mention) => mention.kind === "person" || mention.kind === "other");
  const personKey = (name: string) => surnameKey(lookup(name)?.name ?? name);
  const addressedBy = new Set(named.filter((mention) => mention.title !== null && !mention.name.includes(" ")).map((mention) => foldName(mention.name)));
  for (const mention of named) {
    const key = personKey(mention.name);
    const familyFirst = mention.name.includes(" ") && addressedBy.has(foldName(mention.name.split(/\s+/u)[0]!));
    const gender = genders.has(key) ? null : genderOf(analysis, mention, named, { firstName: !familyFirst });
    if (gender) genders.set(key, gender);
  }
  const isPerson = (mention: Mention) => mention.kind === "person" || (mention.kind === "other" && !mention.name.includes(" ") && lookup(mention.name) !== null);
  // "The Jaguars said" after "the Jacksonville Jaguars": a body's last word alone, in the plural, is that body.
  const plural = (mention: Mention) => mention.common || (mention.kind === "other" && /\p{Ll}s$/u.test(mention.name) && countryKey(mention.name) === null);
  const bodyEndingIn = (mention: Mention) =>
    !plural(mention) || mention.name.includes(" ")
      ? undefined
      : mentions.find((earlier) => earlier.kind === "organisation" && earlier.end <= mention.start && earlier.name.includes(" ") && foldName(lastWord(earlier.name)) === foldName(mention.name));
  // "a visit to the project site in Al Kamil", "from Al Kamil towards Sur": a name the tagger reads as a person's, which the
  // article only ever puts after a preposition of place, is a place.
  const locative = (mention: Mention) => mention.title === null && LOCATIVE_BEFORE.test(analysis.body.slice(Math.max(0, mention.start - 10), mention.start));
  const placesOnly = new Set(
    mentions
      .filter((mention) => mention.kind === "person" && locative(mention))
      .map((mention) => foldName(mention.name))
      .filter((name) => mentions.every((other) => foldName(other.name) !== name || locative(other))),
  );
  // "Mohammad Daraghmeh (Abu Fadi), 61, …" then "Abu Fadi told WAFA": a name in brackets after a person's is theirs too;
  // so is one in quotation marks ('Abdirizak Omar Nur "Dheere" said' then "Dheere said").
  const aliases = new Map<string, Mention>();
  for (const mention of mentions.filter((candidate) => candidate.kind === "person" && candidate.name.includes(" "))) {
    // Not an acronym: "(EDL)", "(TS-LKD)" name a body.
    // "Edílson Pereira da Costa, better known as Nenzinho,": so is the name someone is known by.
    const alias = new RegExp(String.raw`^[^\S\n]*(?:\((${ALIAS})\)|["“](${ALIAS})["”]|,\s+(?:better\s+|also\s+|popularly\s+)?known\s+as\s+(${ALIAS}))`, "u").exec(analysis.body.slice(mention.end));
    // 'club president Gary "Snow" Quintal' then "Snow said": the nickname is theirs too.
    const nickname = /\s["“‘']([\p{Lu}][^"“”‘’']{0,30})["”’']\s/u.exec(mention.name);
    for (const name of [alias?.[1] ?? alias?.[2] ?? alias?.[3], nickname?.[1]]) if (name && !aliases.has(foldName(name))) aliases.set(foldName(name), { ...mention, name: withoutNickname(mention.name) });
  }
  // 'Uncle Colin "Sonny" Laurie' then "Uncle Sonny said": an honorific before the nickname.
  const withoutHonorific = (name: string) => (isDottedHonorific(name.split(/\s+/u)[0]!) ? name.replace(/^\S+\s+/u, "") : name);
  const aliasOf = (mention: Mention) => (mention.kind === "organisation" ? undefined : aliases.get(foldName(mention.name)) ?? aliases.get(foldName(withoutHonorific(mention.name))));
  return {
    mentions: mentions
      .map((mention) => {
        const person = aliasOf(mention);
        return person ? { ...mention, name: person.name, title: person.title, kind: "person" as const } : mention;
      })
      .map((mention) => (placesOnly.has(foldName(mention.name)) ? { ...mention, kind: "place" as const } : mention))
      .map((mention) => {
        const body = isPerson(mention) ? undefined : bodyEndingIn(mention);
        return body ? { ...mention, name: body.name, title: null, kind: "organisation" as const, common: false } : mention;
      })
      .filter((mention) => !mention.common || isPerson(mention))
      .map(({ common: _common, business: _business, ...mention }) => (isPerson(mention) ? { ...mention, kind: "person" } : mention)),
    person: lookup,
    gender: (name) => genders.get(personKey(name)) ?? null,
  };
}
